package officialskg.extract;

/** The contract's mention and entity types, with their names as written in JSON and RDF. */
public enum MentionType {
    PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place"), EVENT("Event"), TITLE("Title"), DATE("Date");

    private final String label;

    MentionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MentionType fromLabel(String label) {
        for (MentionType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown mention type: " + label);
    }
}
