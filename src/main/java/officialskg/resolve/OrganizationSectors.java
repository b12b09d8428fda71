package officialskg.resolve;

import officialskg.extract.lexicon.WordLists;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sector an organization entity belongs to — public life (governments, legislatures, parties, countries,
 * public bodies), business, or civil society (schools, media, associations, clubs) — from its gazetteer id
 * ({@code org/kg-company-…}, {@code org/kostat-11}, {@code org/kg-party-…}) or, for a name outside the reference data,
 * from its ending ({@code 경기도의회} → public, {@code 한빛전자} → business, {@code 한국대학교} → civil). Unknown otherwise.
 *
 * <p>Why sectors: a career in public life moves between parties, legislatures, ministries and the presidency, and
 * extraction often pins a generic body ({@code 정부}) on a politician, so two different public organizations are not
 * evidence of two people; a company executive and a councillor, or executives of two companies, are.
 */
public final class OrganizationSectors {

    public enum Sector { PUBLIC, BUSINESS, CIVIL }

    /** Gazetteer id prefixes (as entity ids: {@code :} and {@code /} written {@code -}). */
    private static final Map<String, Sector> REFERENCE = Map.ofEntries(
            Map.entry("kostat-", Sector.PUBLIC), Map.entry("kg-gov-", Sector.PUBLIC),
            Map.entry("kg-party-", Sector.PUBLIC), Map.entry("kg-country-", Sector.PUBLIC),
            Map.entry("kg-intl-", Sector.PUBLIC), Map.entry("kg-company-", Sector.BUSINESS),
            Map.entry("kg-assoc-", Sector.CIVIL), Map.entry("kg-media-", Sector.CIVIL),
            Map.entry("kg-club-", Sector.CIVIL));

    /** Endings of names outside the reference data, with their sector ({@code sector-endings.tsv}). */
    private static final Map<String, Sector> ENDINGS =
            WordLists.rows(OrganizationSectors.class, "sector-endings.tsv", 2, 2).stream()
                    .collect(Collectors.toUnmodifiableMap(List::getFirst,
                            r -> Sector.valueOf(r.get(1).toUpperCase(Locale.ROOT))));

    /** Every ending, longest first, so {@code 연구원} (civil) wins over {@code 원} (public). */
    private static final List<Map.Entry<String, Sector>> BY_LENGTH = ENDINGS.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, Sector> e) -> e.getKey().length()).reversed()
                    .thenComparing(Map.Entry::getKey))
            .toList();

    private OrganizationSectors() {
    }

    /** @param entityId an organization (or place acting as one) entity id: {@code org/…}, {@code place/…} */
    public static Optional<Sector> of(String entityId) {
        String local = entityId.substring(entityId.indexOf('/') + 1);
        for (var prefix : REFERENCE.entrySet()) {
            if (local.startsWith(prefix.getKey())) {
                return Optional.of(prefix.getValue());
            }
        }
        if (local.startsWith("kg-") || local.startsWith("wd-")) {
            return Optional.empty(); // other reference data (venues, places abroad): no sector
        }
        return Stream.of(local).flatMap(name -> BY_LENGTH.stream().filter(e -> name.endsWith(e.getKey())
                        && name.length() > e.getKey().length()))
                .map(Map.Entry::getValue).findFirst();
    }
}
