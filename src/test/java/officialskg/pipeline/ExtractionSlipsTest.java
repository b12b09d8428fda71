package officialskg.pipeline;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.resolve.Analysis;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slips of the full extraction (rules, tagger, merging) found on news text, each fixed by a general rule; offsets
 * are code points.
 */
class ExtractionSlipsTest {

    private static final ArticleAnalyzer ANALYZER = ReingestAndIdentityTest.PIPELINE.analyzer();

    private static Analysis analyze(String text) {
        return ANALYZER.analyze(text, Optional.empty());
    }

    private static Optional<Mention> at(Analysis a, int start, int end, MentionType type) {
        return a.mentions().stream().filter(m -> m.start() == start && m.end() == end && m.type() == type).findFirst();
    }

    private static List<Mention> ofType(Analysis a, MentionType type) {
        return a.mentions().stream().filter(m -> m.type() == type).toList();
    }

    /** The relations of a type as "arg=text" strings, args sorted by role. */
    private static List<String> relations(Analysis a, RelationType type) {
        return a.relations().stream().filter(r -> r.type() == type).map(r -> describe(a, r)).toList();
    }

    private static String describe(Analysis a, Relation r) {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(r.args()).forEach((role, index) ->
                out.append(out.isEmpty() ? "" : " ").append(role).append('=').append(a.mentions().get(index).text()));
        return r.status() == null ? out.toString() : out.append(" status=").append(r.status()).toString();
    }

    @Test
    void aCityMayorWrittenInFullIsATitleNeverAPlace() {
        Analysis a = analyze("오세훈 서울특별시장은 20일 용산구를 찾았다. 오 시장은 주민들과 만났다.");
        assertTrue(at(a, 4, 10, MentionType.TITLE).isPresent(), a.mentions().toString());
        assertEquals("시장", at(a, 4, 10, MentionType.TITLE).get().normalized());
        assertTrue(at(a, 4, 9, MentionType.ORGANIZATION).isPresent(), "서울특별시 is the body the title embeds");
        assertTrue(ofType(a, MentionType.PLACE).stream().noneMatch(m -> m.text().contains("서울특별시")),
                ofType(a, MentionType.PLACE).toString());
        assertEquals(List.of("holder=오세훈 title=서울특별시장 status=current", "holder=오 title=시장 status=current"),
                relations(a, RelationType.HOLDS_POSITION));
    }

    @Test
    void aFormerMinisterIsTheNamedPersonNotAnUnnamedHolder() {
        Analysis a = analyze("국민의힘 원희룡 전 국토교통부 장관이 14일 출마를 선언했다.");
        assertTrue(at(a, 5, 8, MentionType.PERSON).isPresent(), a.mentions().toString());
        assertTrue(at(a, 11, 16, MentionType.ORGANIZATION).isPresent(), "국토교통부");
        assertTrue(at(a, 17, 19, MentionType.TITLE).isPresent(), "장관");
        assertEquals(List.of("원희룡"), ofType(a, MentionType.PERSON).stream().map(Mention::text).toList(),
                "no unnamed 국토교통부 장관");
        assertEquals(List.of("holder=원희룡 organization=국토교통부 title=장관 status=former"),
                relations(a, RelationType.HOLDS_POSITION));
    }

    @Test
    void aLoneSurnameBeforeAStatusWordAndATitleIsTheFormerHolder() {
        Analysis a = analyze("원희룡 전 장관은 15일 인천을 방문했다. 국토교통부 장관을 지낸 원 전 장관은 주민들과 만났다.");
        Optional<Mention> surname = at(a, 37, 38, MentionType.PERSON);
        assertTrue(surname.isPresent(), a.mentions().toString());
        assertEquals("title", surname.get().extractor(), "found by the title rule, not left to a low-margin guess");
        assertTrue(relations(a, RelationType.HOLDS_POSITION).contains("holder=원 title=장관 status=former"),
                relations(a, RelationType.HOLDS_POSITION).toString());
    }

    @Test
    void aRegionBeforeAKnownCompanyIsAPlaceAndTheCompany() {
        Analysis a = analyze("현대차는 울산 현대자동차 공장에서 신차 생산을 시작했다고 밝혔다.");
        assertTrue(at(a, 5, 7, MentionType.PLACE).isPresent(), a.mentions().toString());
        Optional<Mention> company = at(a, 8, 13, MentionType.ORGANIZATION);
        assertTrue(company.isPresent(), a.mentions().toString());
        assertEquals("kg:company/hyundai-motor", company.get().referenceId());
        assertTrue(a.mentions().stream().noneMatch(m -> m.text().startsWith("울산 현대")), a.mentions().toString());
    }

    @Test
    void aProvincialGovernorHoldsThePostOfTheProvince() {
        Analysis a = analyze("더불어민주당 소속 김동연 경기도지사는 12일 기자회견을 열었다.");
        assertTrue(at(a, 14, 19, MentionType.TITLE).isPresent(), a.mentions().toString());
        assertEquals("도지사", at(a, 14, 19, MentionType.TITLE).get().normalized());
        assertTrue(at(a, 14, 17, MentionType.ORGANIZATION).isPresent(), "경기도");
        assertEquals(List.of("holder=김동연 title=경기도지사 status=current"), relations(a, RelationType.HOLDS_POSITION));
        assertEquals(List.of("member=김동연 organization=더불어민주당"), relations(a, RelationType.MEMBER_OF),
                "a member of the party, never of 경기도지사");
    }

    @Test
    void loanwordNounsAndSingleLettersAreNotPeople() {
        Analysis a = analyze("이번 출장에서 오 시장은 ‘서울 스마트 라이프 위크’ 로드맵 발표와 K-컬쳐 확산 방안을 논의한다.");
        assertFalse(at(a, 30, 33, MentionType.PERSON).isPresent(), "로드맵: " + a.mentions());
        Analysis b = analyze("오 시장은 첨단공연시설 ‘MSG 스피어’를 시찰하며 K-컬쳐 발전 방안을 모색한다.");
        assertTrue(ofType(b, MentionType.PERSON).stream().noneMatch(m -> m.text().equals("K")), b.mentions().toString());
        assertTrue(at(a, 8, 9, MentionType.PERSON).isPresent(), "the surname 오 stays a person");
        Analysis c = analyze("경찰은 A씨 부부에게 아동복지법 위반 혐의를 적용했다.");
        assertTrue(at(c, 4, 5, MentionType.PERSON).isPresent(), "an anonymized A씨 is a person: " + c.mentions());
    }

    @Test
    void aThingTheTaggerTakesForAPersonIsNotOneUnlessSomethingBacksIt() {
        String text = "누리로 열차는 모두 운행을 중단, 수도권 주민들이 대체 교통수단을 찾아야 했다. 유럽연합(EU)는 오는 20일부터 "
                + "정상회의를 열어 러시아에 대한 추가 대응조치를 논의할 예정이다. 브라질의 축구선수 호나우두는 현지시간으로 "
                + "지난 14일, 상파울루에서 기자회견을 갖고 은퇴를 선언했다.";
        Analysis a = analyze(text);
        assertFalse(at(a, 0, 3, MentionType.PERSON).isPresent(), "누리로 is a train: " + a.mentions());
        int measures = text.indexOf("대응조치");
        assertFalse(at(a, measures, measures + 4, MentionType.PERSON).isPresent(), "대응조치: " + a.mentions());
        int ronaldo = text.indexOf("호나우두");
        assertTrue(at(a, ronaldo, ronaldo + 4, MentionType.PERSON).isPresent(), "a post before him: " + a.mentions());
    }

    @Test
    void aPartyNameIsTheBodyItStoodForWhenTheArticleWasPublished() {
        String text = "민주당이 3석을 확보했다. 한나라당은 5석을 얻었다. 미래통합당은 참패했다.";
        assertEquals(List.of("org/kg-party-democratic-2008", "org/kg-party-liberty-korea", "org/kg-party-ppp"),
                partyIds(text, java.time.LocalDate.of(2010, 7, 29)));
        assertEquals(List.of("org/kg-party-democratic-united", "org/kg-party-liberty-korea", "org/kg-party-ppp"),
                partyIds(text, java.time.LocalDate.of(2013, 6, 1)));
        assertEquals(List.of("org/kg-party-democratic", "org/kg-party-liberty-korea", "org/kg-party-ppp"),
                partyIds(text, java.time.LocalDate.of(2020, 4, 16)));
        // with the US Republicans named, 민주당 of 2010 is the US Democratic Party, era or not
        assertEquals(List.of("org/kg-party-us-democratic", "org/kg-party-us-republican"),
                partyIds("민주당이 패했고 공화당이 하원을 장악했다.", java.time.LocalDate.of(2010, 11, 3)));
    }

    private static List<String> partyIds(String text, java.time.LocalDate published) {
        Analysis a = ANALYZER.analyze(text, Optional.of(officialskg.article.PublishedAt.ofDate(published,
                officialskg.article.PublishedAt.KOREA)));
        return a.entities().stream().map(officialskg.resolve.Entity::id).filter(id -> id.contains("party")).toList();
    }

    @Test
    void aForeignBodyNamedLikeAKoreanOneIsNotTheKoreanOne() {
        Analysis a = analyze("중국 외교부는 성명을 냈다. 일본 기상청은 경보를 발령했다. 외교부는 논평했다. "
                + "조태열 장관은 왕이 중국 외교부장과 회담했다.");
        List<String> ids = a.entities().stream().filter(e -> e.type() == MentionType.ORGANIZATION)
                .map(officialskg.resolve.Entity::id).toList();
        assertEquals(List.of("org/중국외교부", "org/일본기상청", "org/kg-gov-mofa"), ids);
        assertEquals(1, a.entities().stream().filter(e -> e.id().equals("org/kg-gov-mofa"))
                .mapToInt(e -> e.mentions().size()).sum(), "only the bare 외교부 is the Korean ministry");
    }

    @Test
    void aCountrySendingAnEnvoyIsTheCountryActingAsAState() {
        // 네덜란드 40-44 inside the unnamed holder 네덜란드 대사 40-47: the gazetteer's Place may not nest in the Person,
        // the tagger's Organization of the same span may, and it must still be the Netherlands.
        Analysis a = analyze("개막식에는 홍 시장과 함께 국토교통부 제1차관, 대구시의회 의장, 주한 네덜란드 대사 등 300여 명이 참석했다.");
        assertTrue(at(a, 40, 47, MentionType.PERSON).isPresent(), a.mentions().toString());
        Optional<Mention> country = at(a, 40, 44, MentionType.ORGANIZATION);
        assertTrue(country.isPresent(), a.mentions().toString());
        assertEquals("kg:country/nl", country.get().referenceId());
        assertFalse(at(a, 40, 44, MentionType.PLACE).isPresent(), "one mention of the span");
        assertTrue(relations(a, RelationType.HOLDS_POSITION).contains("holder=네덜란드 대사 organization=네덜란드 title=대사"
                + " status=current"), relations(a, RelationType.HOLDS_POSITION).toString());
        int index = a.mentions().indexOf(country.get());
        assertEquals(List.of("org/kg-country-nl"), a.entities().stream().filter(e -> e.mentions().contains(index))
                .map(e -> e.id()).toList(), "the Dutch state, one entity with the country's reference id");
    }
}
