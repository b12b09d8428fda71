package officialskg.pipeline;

import officialskg.article.PublishedAt;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.resolve.Analysis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Posts of the full extraction (every extractor, the tagger included) on news sentences about foreign officials,
 * whose shapes once gave the post to an unnamed holder: the post written before the name, the White House as the
 * body of its spokesman. Each expectation is the whole set of a text's holdings, as holder: title (organization).
 */
class PostsInNewsTest {

    private static final ArticleAnalyzer ANALYZER = ReingestAndIdentityTest.PIPELINE.analyzer();

    private static List<String> holdings(String text) {
        Analysis a = ANALYZER.analyze(text, Optional.of(PublishedAt.ofDate(LocalDate.of(2014, 3, 19),
                PublishedAt.KOREA)));
        TreeSet<String> out = new TreeSet<>();
        for (Relation r : a.relations()) {
            if (r.type() == RelationType.HOLDS_POSITION) {
                Integer org = r.args().get("organization");
                out.add(a.mentions().get(r.args().get("holder")).text() + ": "
                        + a.mentions().get(r.args().get("title")).text()
                        + (org == null ? "" : " (" + a.mentions().get(org).text() + ")"));
            }
        }
        return List.copyOf(out);
    }

    @Test
    void aPostWrittenBeforeTheNameIsThatPersons() {
        assertEquals(List.of("멜레스 제나위: 총리 (에티오피아)"), holdings("에티오피아 총리 멜레스 제나위는 사망했다."));
        assertEquals(List.of("조태영: 대변인 (외교부)"), holdings("외교부 대변인 조태영은 유감을 표했다."));
    }

    @Test
    void theWhiteHouseIsTheBodyOfItsSpokesman() {
        assertEquals(List.of("제이 카니: 대변인 (백악관)"), holdings("제이 카니 백악관 대변인은 정례 브리핑에서 말했다."));
    }

    @Test
    void aPostRightAfterANameOnlyTheTaggerFoundIsThatPersons() {
        // 미트 is read as a common noun after 의, so the title rule sees no name before 후보
        assertEquals(List.of("미트 롬니: 후보"), holdings("48.2%를 득표한 공화당의 미트 롬니 후보와의 격차는 1.9%에 불과하다."));
    }

    @Test
    void eachNameOfARollCallByPlaceSharesThePostAndTheBodyOfAll() {
        assertEquals(List.of("김호연: 후보 (한나라당)", "윤진식: 후보 (한나라당)", "이재오: 후보 (한나라당)"),
                holdings("서울 은평구에서 이재오, 충북 충주에서 윤진식, 충남 천안에서 김호연 후보(이상 한나라당)가 당선되었다."));
    }

    @Test
    void civilServicePostsWithTheFieldGluedBefore() {
        assertEquals(List.of("마이클 오브라이언: 대외협력국장보", "윤대수: 거대과학기술정책관"),
                holdings("윤대수 거대과학기술정책관이 대표단을 인솔했다. 마이클 오브라이언 대외협력국장보의 주최로 회의가 열렸다."));
    }

    @Test
    void aNameBetweenItsBodyAndItsPostIsTheHolder() {
        assertEquals(List.of("윤여춘: 해설위원"), holdings("그러나 이 때 MBC 윤여춘 해설위원이 문제의 발언을 하게 된 것이다."));
        assertEquals(List.of("김철수: 교수"), holdings("서울대 김철수 교수는 말했다."));
    }
}
