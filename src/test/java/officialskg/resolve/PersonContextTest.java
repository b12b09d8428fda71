package officialskg.resolve;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static officialskg.resolve.OrganizationSectors.Sector.BUSINESS;
import static officialskg.resolve.OrganizationSectors.Sector.CIVIL;
import static officialskg.resolve.OrganizationSectors.Sector.PUBLIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When two same-name people's reported posts make them two people. */
class PersonContextTest {

    private static PersonContext context(Set<String> organizations, Set<String> roles) {
        return new PersonContext(organizations, roles);
    }

    @Test
    void anExecutiveAndACouncillorConflict() {
        PersonContext executive = context(Set.of("org/kg-company-samsung-electronics"), Set.of("사장"));
        PersonContext councillor = context(Set.of("org/경기도의회"), Set.of("의원"));
        assertTrue(executive.conflictsWith(councillor));
        assertTrue(councillor.conflictsWith(executive));
    }

    @Test
    void executivesOfTwoCompaniesConflictUnlessTheyShareARole() {
        PersonContext samsung = context(Set.of("org/kg-company-samsung-electronics"), Set.of("사장"));
        assertTrue(samsung.conflictsWith(context(Set.of("org/한빛전자"), Set.of("부장"))));
        assertFalse(samsung.conflictsWith(context(Set.of("org/한빛전자"), Set.of("사장"))));
    }

    @Test
    void theSameOrganizationOrNoOrganizationIsCompatible() {
        PersonContext samsung = context(Set.of("org/kg-company-samsung-electronics"), Set.of("사장"));
        assertFalse(samsung.conflictsWith(context(Set.of("org/kg-company-samsung-electronics"), Set.of("부사장"))));
        assertFalse(samsung.conflictsWith(context(Set.of(), Set.of("의원"))));
        assertFalse(samsung.conflictsWith(PersonContext.NONE));
    }

    @Test
    void twoPublicCareersAreOnePersonsCareer() {
        PersonContext partyLeader = context(Set.of("org/kg-party-democratic"), Set.of("대표"));
        PersonContext president = context(Set.of("org/정부"), Set.of("대통령"));
        assertFalse(partyLeader.conflictsWith(president));
    }

    @Test
    void anOrganizationOfUnknownSectorIsNoEvidence() {
        PersonContext president = context(Set.of("org/kg-party-ppp"), Set.of("대통령"));
        assertFalse(president.conflictsWith(context(Set.of("org/호주FTA"), Set.of())));
    }

    @Test
    void sectorsComeFromReferenceIdsOrNameEndings() {
        assertEquals(Optional.of(PUBLIC), OrganizationSectors.of("org/kostat-11"));
        assertEquals(Optional.of(PUBLIC), OrganizationSectors.of("org/경기도의회"));
        assertEquals(Optional.of(BUSINESS), OrganizationSectors.of("org/kg-company-hyundai-motor"));
        assertEquals(Optional.of(BUSINESS), OrganizationSectors.of("org/한빛전자"));
        assertEquals(Optional.of(CIVIL), OrganizationSectors.of("org/한국개발연구원"));
        assertEquals(Optional.of(CIVIL), OrganizationSectors.of("org/kg-media-yonhap"));
        assertEquals(Optional.empty(), OrganizationSectors.of("org/kg-venue-seoul-plaza"));
    }
}
