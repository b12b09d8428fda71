package officialskg.extract.tagger;

import officialskg.extract.MentionType;

/**
 * The tagger's entity classes, as KLUE-NER names them: the three that become mentions. KLUE-NER's dates, times and
 * quantities (DT, TI, QT) are trained as outside: labelling them too was meant to keep the tagger from calling
 * {@code 3월} or {@code 175만명} a place, but "outside" teaches that as well. Dropping them changed held-out F1 by
 * nothing measurable (full extraction 0.718 → 0.717) and took the labels from 13 to 7, so a weight row fits in
 * 32 bytes and the forward/backward pass has half the moves (MODEL.md).
 */
enum EntityTag {
    PS(MentionType.PERSON), OG(MentionType.ORGANIZATION), LC(MentionType.PLACE);

    private final MentionType mentionType;

    EntityTag(MentionType mentionType) {
        this.mentionType = mentionType;
    }

    /** The mention type this tag is emitted as. */
    MentionType mentionType() {
        return mentionType;
    }

    /** A KLUE-NER tag (PS, OG, LC), or {@code null} for anything else (DT, TI, QT: trained as outside). */
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
