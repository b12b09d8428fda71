package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.resolve.Entity;
import officialskg.extract.MentionType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 발인식 of one article and the 발인식 of another are two occasions, not one node; so are the 김 위원장 and the
 * unnamed 외교부 장관 of two articles two people, while a named person is one node.
 */
class ArticleLocalOccasionsTest {

    private static final KgPipeline PIPELINE = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));

    /** The ids of the entities of one type, article after article, of JSON Lines input. */
    private static List<String> ids(String jsonl, MentionType type) {
        List<ArticleRead> reads = new ArrayList<>();
        PIPELINE.inputs().read("test", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSONL, reads::add);
        List<String> ids = new ArrayList<>();
        for (ArticleRead read : reads) {
            Article article = ((ArticleRead.Ok) read).article();
            PIPELINE.analyzer().analyze(article).entities().stream().filter(e -> e.type() == type)
                    .map(Entity::id).forEach(ids::add);
        }
        return ids;
    }

    @Test
    void aBareOccasionIsTheArticlesOwnAndANamedEventIsShared() {
        String jsonl = """
                {"id":"a1","text":"발인식에는 오달수, 염정아 등 동료 배우들이 참석했다. 김 위원장은 제7회 전국노병대회에 참석했다."}
                {"id":"a2","text":"발인식에는 윤유선, 문정희 등 동료 배우들이 참석했다."}
                """;
        assertEquals(List.of("event/발인식-a1", "event/제7회전국노병대회", "event/발인식-a2"),
                ids(jsonl, MentionType.EVENT));
    }

    @Test
    void aSurnameAloneAndAnUnnamedPostHolderAreTheArticlesOwn() {
        String jsonl = """
                {"id":"a1","text":"김 위원장은 회의를 주재했다. 외교부 장관은 오세훈 서울시장과 만났다."}
                {"id":"a2","text":"김 위원장은 회의를 주재했다. 외교부 장관은 오세훈 서울시장과 만났다."}
                """;
        assertEquals(List.of("person/김-a1", "person/외교부-장관-a1", "person/오세훈",
                "person/김-a2", "person/외교부-장관-a2", "person/오세훈"), ids(jsonl, MentionType.PERSON));
    }
}
