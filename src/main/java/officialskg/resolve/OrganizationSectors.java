package officialskg.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final Map<Sector, List<String>> ENDINGS = Map.of(
            Sector.PUBLIC, List.of("정부", "부", "처", "청", "원", "실", "의회", "국회", "당", "위원회", "법원", "검찰",
                    "경찰", "경찰서", "소방서", "대사관", "영사관", "군", "사령부", "공사", "공단", "시", "도", "구"),
            Sector.BUSINESS, List.of("전자", "증권", "보험", "건설", "화학", "제약", "항공", "통신", "홀딩스", "금융",
                    "자동차", "중공업", "엔터테인먼트", "캐피탈", "물산", "그룹", "은행", "산업", "상사", "바이오", "카드",
                    "생명", "화재", "에너지", "모터스", "반도체", "소프트", "푸드", "제과", "유통", "백화점", "주식회사"),
            Sector.CIVIL, List.of("대학교", "대학", "학교", "일보", "신문", "방송", "협회", "재단", "연구소", "연구원",
                    "학회", "노동조합", "노조", "연합회", "협의회", "병원", "의료원", "교회", "구단", "상공회의소"));

    /** Every ending, longest first, so {@code 연구원} (civil) wins over {@code 원} (public). */
    private static final List<Map.Entry<String, Sector>> BY_LENGTH = ENDINGS.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(ending -> Map.entry(ending, e.getKey())))
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
