package officialskg.resolve;

import java.util.Set;
import java.util.TreeSet;

/**
 * What tells two same-name people apart: the organizations of their posts and memberships (entity ids,
 * {@code org/kostat-11}) and the normalized roles of their posts ({@code 시장}).
 */
public record PersonContext(Set<String> organizations, Set<String> roles) {

    public static final PersonContext NONE = new PersonContext(Set.of(), Set.of());

    public PersonContext {
        organizations = Set.copyOf(new TreeSet<>(organizations));
        roles = Set.copyOf(new TreeSet<>(roles));
    }

    public boolean isEmpty() {
        return organizations.isEmpty() && roles.isEmpty();
    }

    /**
     * Two contexts conflict when both name organizations, none of them shared, and no role is shared either: then
     * they are taken to be two different people. Anything less (one side without organizations, or one organization
     * or one role in common) is compatible, so a politician reported in several posts stays one person.
     */
    public boolean conflictsWith(PersonContext other) {
        if (organizations.isEmpty() || other.organizations.isEmpty()) {
            return false;
        }
        return organizations.stream().noneMatch(other.organizations::contains)
                && roles.stream().noneMatch(other.roles::contains);
    }

    /** How much two contexts share (organizations count more than roles); 0 when nothing. */
    int overlap(PersonContext other) {
        int shared = 0;
        for (String org : organizations) {
            shared += other.organizations.contains(org) ? 2 : 0;
        }
        for (String role : roles) {
            shared += other.roles.contains(role) ? 1 : 0;
        }
        return shared;
    }

    PersonContext union(PersonContext other) {
        Set<String> orgs = new TreeSet<>(organizations);
        orgs.addAll(other.organizations);
        Set<String> allRoles = new TreeSet<>(roles);
        allRoles.addAll(other.roles);
        return new PersonContext(orgs, allRoles);
    }
}
