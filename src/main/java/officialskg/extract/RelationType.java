package officialskg.extract;

import java.util.List;

/** The contract's relation types and their argument roles (first roles required, as listed in docs/architecture.md). */
public enum RelationType {
    HOLDS_POSITION("holdsPosition", List.of("holder", "title"), List.of("organization")),
    MEMBER_OF("memberOf", List.of("member", "organization"), List.of()),
    ATTENDS("attends", List.of("participant", "event"), List.of()),
    ORGANIZES("organizes", List.of("organizer", "event"), List.of()),
    /** Runs in an election (출마, 후보로 나선): a person or a party. */
    CANDIDATE_IN("candidateIn", List.of("candidate", "event"), List.of()),
    /** Speaks at an event (축사, 기조연설, 발표). */
    SPEAKS_AT("speaksAt", List.of("speaker", "event"), List.of()),
    /** Stays away from an event on purpose (불참, 보이콧): still a participation, it is about the event. */
    BOYCOTTS("boycotts", List.of("boycotter", "event"), List.of()),
    MEETS("meets", List.of("person", "other"), List.of()),
    VISITS("visits", List.of("visitor", "place"), List.of()),
    LOCATED_IN("locatedIn", List.of("event", "place"), List.of()),
    OCCURS_ON("occursOn", List.of("event", "date"), List.of());

    /** The role naming the participant when this type ties someone to an event (attends → participant), else null. */
    public String participantRole() {
        return switch (this) {
            case ATTENDS -> "participant";
            case ORGANIZES -> "organizer";
            case CANDIDATE_IN -> "candidate";
            case SPEAKS_AT -> "speaker";
            case BOYCOTTS -> "boycotter";
            default -> null;
        };
    }

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
