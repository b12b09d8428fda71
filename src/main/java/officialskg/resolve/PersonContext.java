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
     * Two contexts conflict — are taken to be two different people — when both name organizations of a known
     * {@linkplain OrganizationSectors sector}, share no organization and no role, and are not both in public life.
     * Anything less is compatible: one side without organizations, one organization or one role in common, or two
     * public careers ({@code 문재인} as party leader and as president), so a politician reported in several posts stays
     * one person, while {@code 김철수 삼성전자 사장} and {@code 김철수 경기도의회 의원} are two.
     */
    public boolean conflictsWith(PersonContext other) {
        if (organizations.isEmpty() || other.organizations.isEmpty()
                || organizations.stream().anyMatch(other.organizations::contains)
                || roles.stream().anyMatch(other.roles::contains)) {
            return false;
        }
        Set<OrganizationSectors.Sector> mine = sectors();
        Set<OrganizationSectors.Sector> theirs = other.sectors();
        boolean bothPublic = mine.contains(OrganizationSectors.Sector.PUBLIC)
                && theirs.contains(OrganizationSectors.Sector.PUBLIC);
        return !mine.isEmpty() && !theirs.isEmpty() && !bothPublic;
    }

    private Set<OrganizationSectors.Sector> sectors() {
        Set<OrganizationSectors.Sector> sectors = java.util.EnumSet.noneOf(OrganizationSectors.Sector.class);
        organizations.forEach(org -> OrganizationSectors.of(org).ifPresent(sectors::add));
        return sectors;
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
