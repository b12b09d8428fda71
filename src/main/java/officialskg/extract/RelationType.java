package officialskg.extract;

import java.util.List;

/** The contract's relation types and their argument roles (first roles required, as listed in ARCHITECTURE.md). */
public enum RelationType {
    HOLDS_POSITION("holdsPosition", List.of("holder", "title"), List.of("organization")),
    MEMBER_OF("memberOf", List.of("member", "organization"), List.of()),
    ATTENDS("attends", List.of("participant", "event"), List.of()),
    ORGANIZES("organizes", List.of("organizer", "event"), List.of()),
    MEETS("meets", List.of("person", "other"), List.of()),
    VISITS("visits", List.of("visitor", "place"), List.of()),
    LOCATED_IN("locatedIn", List.of("event", "place"), List.of()),
    OCCURS_ON("occursOn", List.of("event", "date"), List.of());

    private final String label;
    private final List<String> requiredRoles;
    private final List<String> optionalRoles;

    RelationType(String label, List<String> requiredRoles, List<String> optionalRoles) {
        this.label = label;
        this.requiredRoles = requiredRoles;
        this.optionalRoles = optionalRoles;
    }

    public String label() {
        return label;
    }

    public List<String> requiredRoles() {
        return requiredRoles;
    }

    public List<String> optionalRoles() {
        return optionalRoles;
    }
}
