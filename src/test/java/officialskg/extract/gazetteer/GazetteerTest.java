package officialskg.extract.gazetteer;

import officialskg.extract.MentionType;
import officialskg.extract.RuleBasedFixture;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer gazetteer = RuleBasedFixture.GAZETTEER;
    private final GazetteerMatcher matcher = new GazetteerMatcher(gazetteer);

    private List<String> found(String text) {
        int[] cps = text.codePoints().toArray();
        return matcher.find(cps).stream()
                .map(m -> new String(cps, m.start(), m.end() - m.start()) + "=" + m.entry().id()).toList();
    }

    @Test
    void theBundledDataHasEveryKindOfEntry() {
        assertEquals("서울특별시", gazetteer.byId("kostat:11").orElseThrow().canonical());
        assertTrue(gazetteer.byId("kostat:39").orElseThrow().aliases().containsAll(List.of("제주도", "제주")));
        assertEquals(MentionType.PERSON, gazetteer.byId("wd:Q10855142").orElseThrow().type());
        long places = gazetteer.entries().stream().filter(e -> e.type() == MentionType.PLACE).count();
        long orgs = gazetteer.entries().stream().filter(e -> e.type() == MentionType.ORGANIZATION).count();
        assertTrue(places > 600 && orgs > 300, places + " places, " + orgs + " organizations");
    }

    @Test
    void aliasesMapToOneCanonicalEntry() {
        assertEquals(List.of("서울시=kostat:11", "대한상의=kg:assoc/kcci", "한은=kg:gov/bank-of-korea",
                        "美=kg:country/us", "자유한국당=kg:party/liberty-korea", "미래통합당=kg:party/ppp"),
                found("서울시와 대한상의, 한은이 美 자유한국당을 미래통합당"));
    }

    @Test
    void matchesStopAtKoreanWordBoundaries() {
        assertEquals(List.of(), found("부산시민 서울시장 경기도지사"));
        assertEquals(List.of("부산시=kostat:21", "서울=kostat:11"), found("부산시는 서울에서"));
        assertEquals(List.of("LG전자=kg:company/lg-electronics", "LG=kg:company/lg"), found("LG전자와 LG의"));
        assertEquals(List.of("서울 중구=kostat:11020"), found("서울 중구에서"));
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.read("bad.tsv",
                new StringReader("# comment\nkg:x\tPlace\t서울\nkg:y\tCity\t부산\n")));
        assertEquals("bad.tsv:3: unknown type 'City'", e.getMessage());
        var short_ = assertThrows(IllegalArgumentException.class, () -> Gazetteer.read("b.tsv",
                new StringReader("kg:x\tPlace\n")));
        assertTrue(short_.getMessage().startsWith("b.tsv:1: expected id, type, name"));
    }
}
