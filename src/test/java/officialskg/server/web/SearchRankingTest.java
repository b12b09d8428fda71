package officialskg.server.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tiers of the search results, on hits shaped like those of the demo store for 서울시장. */
class SearchRankingTest {

    private static TextSearch.Hit hit(String name, String kind, double score) {
        return new TextSearch.Hit("urn:kg:" + name, name, kind, score, name, null);
    }

    private static List<String> labels(List<TextSearch.Hit> hits) {
        return hits.stream().map(TextSearch.Hit::label).toList();
    }

    @Test
    void holdersOfTheNamedPostComeBeforeLooseTextHits() {
        // Nori reads 서울시장 as 서울 + 시장: any short label with 시장 scores high.
        List<TextSearch.Hit> text = List.of(hit("시장", "Title", 9), hit("유튜브 시장", "Person", 8),
                hit("터키 시장", "Person", 7), hit("서울특별시 시장", "Post", 6), hit("오세훈", "Person", 2));
        List<TextSearch.Hit> holders = List.of(hit("오세훈", "Person", 0), hit("박원순", "Person", 0));
        List<TextSearch.Hit> posts = List.of(hit("서울특별시 시장", "Post", 0), hit("시장", "Title", 0));

        var ranked = SearchRanking.rank("서울시장", List.of(), holders, posts, text, 10);

        assertEquals(List.of("오세훈", "박원순", "서울특별시 시장", "시장", "유튜브 시장", "터키 시장"), labels(ranked));
        assertEquals(List.of("holder", "holder", "post", "post", "text", "text"),
                ranked.stream().map(TextSearch.Hit::match).toList());
    }

    @Test
    void anExactLabelComesFirstAndNamesContainingTheQueryBeforeOtherText() {
        List<TextSearch.Hit> text = List.of(hit("상공회의소 관계자 발언", "Evidence", 9),
                hit("대한상공회의소", "Organization", 5), hit("부산상공회의소", "Organization", 4),
                hit("상공회의소", "Organization", 3));
        var ranked = SearchRanking.rank("상공회의소", List.of(hit("상공회의소", "Organization", 0)), List.of(),
                List.of(), text, 10);
        assertEquals(List.of("상공회의소", "대한상공회의소", "부산상공회의소", "상공회의소 관계자 발언"), labels(ranked));
        assertEquals("label", ranked.getFirst().match());
    }

    @Test
    void spacesDoNotMatterAndTheLimitHolds() {
        assertEquals(List.of("서울특별시 시장", "서울특별시시장"), SearchRanking.forms(" 서울특별시   시장 "));
        assertEquals(List.of("서울시장"), SearchRanking.forms("서울시장"));
        var ranked = SearchRanking.rank("김 철수", List.of(), List.of(),
                List.of(), List.of(hit("다른 사람", "Person", 3), hit("김철수", "Person", 1)), 1);
        assertEquals(List.of("김철수"), labels(ranked));
    }

    @Test
    void anOrganizationNamedInsideTheQueryIsANameHit() {
        var ranked = SearchRanking.rank("서울특별시 시장", List.of(), List.of(), List.of(),
                List.of(hit("서울특별시 과장", "Post", 5), hit("서울특별시", "Organization", 4), hit("서", "Person", 3)),
                10);
        assertEquals(List.of("서울특별시", "서울특별시 과장", "서"), labels(ranked));
    }
}
