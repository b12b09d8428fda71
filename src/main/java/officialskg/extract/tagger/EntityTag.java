package officialskg.extract.tagger;

import officialskg.extract.MentionType;

/**
 * The tagger's entity classes, as KLUE-NER names them. Dates, times and quantities are learned too (they keep the
 * tagger from calling {@code 3월} or {@code 175만명} a place) but only PS, OG and LC become mentions.
 */
enum EntityTag {
    PS(MentionType.PERSON), OG(MentionType.ORGANIZATION), LC(MentionType.PLACE),
    DT(null), TI(null), QT(null);

    private final MentionType mentionType;

    EntityTag(MentionType mentionType) {
        this.mentionType = mentionType;
    }

    /** The mention type this tag is emitted as, or {@code null} when it is not emitted. */
    MentionType mentionType() {
        return mentionType;
    }

    /** A KLUE-NER tag (PS, OG, LC, DT, TI, QT), or {@code null} for anything else. */
    static EntityTag fromKlueNer(String tag) {
        for (EntityTag t : values()) {
            if (t.name().equals(tag)) {
                return t;
            }
        }
        return null;
    }

    /**
     * A KLUE-RE entity type, or {@code null} where KLUE-RE and KLUE-NER draw spans differently: RE marks
     * {@code 1967} of {@code 1967년} as a date and job titles as other proper nouns (POH), so only people,
     * organizations and places are trusted as partial labels.
     */
    static EntityTag fromKlueRe(String type) {
        return switch (type) {
            case "PER" -> PS;
            case "ORG" -> OG;
            case "LOC" -> LC;
            default -> null;
        };
    }
}
