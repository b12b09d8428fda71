package officialskg.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** AUTO picks the reader from the extension, else from the content; an explicit format overrides both. */
class FormatDetectionTest {

    static final String PAGE = "국토부 장관, 신도시 현장 점검\n\n입력 2024-04-02 16:00\n\n"
            + "국토교통부 장관은 2일 경기 남양주 왕숙신도시 공사 현장을 찾아 입주 일정을 점검했다고 밝혔다.\n";
    static final String HTML = "<!doctype html><html><head><meta property=\"og:title\" content=\"HTML 제목\"></head>"
            + "<body><article><p>국토교통부 장관은 2일 경기 남양주 왕숙신도시 공사 현장을 찾아 입주 일정을 점검했다고 밝혔다.</p>"
            + "</article></body></html>";
    static final String JSONL = "{\"id\":\"n-1\",\"title\":\"JSON 제목\",\"text\":\"국토교통부 장관은 현장을 점검했다.\"}\n";

    @TempDir
    Path dir;

    private Article only(String name, String content, InputFormat format) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        List<ArticleRead> reads = new ArrayList<>();
        new ArticleInputs().read(file, format, reads::add);
        assertEquals(1, reads.size(), reads.toString());
        return ((ArticleRead.Ok) reads.getFirst()).article();
    }

    @Test
    void byExtension() throws IOException {
        assertEquals("국토부 장관, 신도시 현장 점검", only("a.text", PAGE, InputFormat.AUTO).title());
        assertEquals("HTML 제목", only("b.htm", HTML, InputFormat.AUTO).title());
        assertEquals("JSON 제목", only("c.ndjson", JSONL, InputFormat.AUTO).title());
    }

    @Test
    void byContentWhenTheExtensionSaysNothing() throws IOException {
        assertEquals("국토부 장관, 신도시 현장 점검", only("page.md", PAGE, InputFormat.AUTO).title());
        assertEquals("HTML 제목", only("saved", HTML, InputFormat.AUTO).title());
        assertEquals("JSON 제목", only("dump.out", JSONL, InputFormat.AUTO).title());
    }

    @Test
    void explicitFormatWins() throws IOException {
        assertEquals("HTML 제목", only("misnamed.txt", HTML, InputFormat.HTML).title());
    }

    @Test
    void streamsAreSniffed() {
        Outcomes html = Outcomes.read("stdin", new ByteArrayInputStream(HTML.getBytes(StandardCharsets.UTF_8)),
                InputFormat.AUTO);
        assertEquals("HTML 제목", html.articles().getFirst().title());
        Outcomes text = Outcomes.read("stdin", new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)),
                InputFormat.AUTO);
        assertEquals("국토부 장관, 신도시 현장 점검", text.articles().getFirst().title());
        assertEquals("2024-04-02T16:00+09:00[Asia/Seoul]",
                text.articles().getFirst().published().orElseThrow().dateTime().toString());
    }
}
