package officialskg.article;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What kg ingest sends to kg serve is the article it read, every field intact, on one line. */
class ArticleJsonTest {

    private static final String PAGE = """
            <html><head><title>오세훈 서울시장, 신년인사회 참석</title>
            <meta property="article:published_time" content="2024-01-09T11:15:00+09:00"></head>
            <body><article><h1>오세훈 서울시장, 신년인사회 참석</h1>
            <p>오세훈 서울시장이 9일 서울 중구 대한상공회의소에서 열린 신년인사회에 참석했다.</p>
            <figure><img src="a.jpg"><figcaption>▲ 인사말 하는 오세훈 서울시장 (연합뉴스)</figcaption></figure>
            <p>오 시장은 "기업 지원을 늘리겠다"고 말했다. 😀</p></article></body></html>
            """;

    @Test
    void anArticleSurvivesTheTripWhole() {
        List<ArticleRead> reads = new ArrayList<>();
        new ArticleInputs().read("news/오세훈.html", new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)),
                InputFormat.HTML, reads::add);
        Article article = ((ArticleRead.Ok) reads.getFirst()).article();
        assertTrue(article.published().isPresent(), "the page states when it was published");
        String line = ArticleJson.encode(article);
        assertFalse(line.contains("\n"), line);
        assertEquals(article, ArticleJson.decode(line));
    }

    @Test
    void somethingElseIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArticleJson.decode("[1]")).getMessage()
                .contains("not a JSON object"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ArticleJson.decode("{\"id\":\"a\",\"text\":\"짧다\",\"spans\":[[0,9,\"PARAGRAPH\"]]}"))
                .getMessage().contains("past the text"));
        assertThrows(IllegalArgumentException.class, () -> ArticleJson.decode("{\"id\":\"bad id\",\"text\":\"x\"}"));
    }
}
