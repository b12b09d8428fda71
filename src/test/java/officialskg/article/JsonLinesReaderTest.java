package officialskg.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** JSON Lines per the {@code kg extract} contract and the Wikinews export: verbatim text, one failure per bad line. */
class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void contractFieldsTextVerbatimAndLineSpans() {
        Outcomes outcomes = Outcomes.read(Outcomes.resource("pages/three-articles.jsonl"));
        assertEquals(List.of(), outcomes.messages());
        assertEquals(3, outcomes.articles().size());

        Article jeonbuk = outcomes.articles().get(0);
        assertEquals("sample-jeonbuk-2024-001", jeonbuk.id());
        assertEquals("전북특별자치도, 이차전지 특화단지 기업 설명회 개최", jeonbuk.title());
        assertEquals(PublishedAt.ofDate(LocalDate.of(2024, 7, 3), PublishedAt.KOREA), jeonbuk.published().orElseThrow());
        assertEquals("2024-07-03", jeonbuk.published().orElseThrow().lexical());
        assertEquals("https://news.example.kr/jeonbuk/001", jeonbuk.url());
        assertTrue(jeonbuk.origin().endsWith("three-articles.jsonl:1"));
        assertEquals(List.of(new TextSpan(0, 49, TextSpan.Kind.PARAGRAPH), new TextSpan(50, 99, TextSpan.Kind.PARAGRAPH),
                new TextSpan(100, 127, TextSpan.Kind.PARAGRAPH)), jeonbuk.spans());
        assertEquals("설명회에는 국내 소재 기업 30여 곳이 참석했다.", jeonbuk.textOf(jeonbuk.spans().get(2)));
        assertEquals("\n", jeonbuk.text().substring(jeonbuk.text().offsetByCodePoints(0, 49),
                jeonbuk.text().offsetByCodePoints(0, 50)));

        Article kcci = outcomes.articles().get(1);
        assertEquals("", kcci.title());
        assertEquals("2024-08-20T10:30:00+09:00", kcci.published().orElseThrow().lexical());
        assertEquals(AnalyzedText.of(kcci), kcci.text());
        assertEquals(0, AnalyzedText.bodyOffset(kcci));

        Article incheon = outcomes.articles().get(2);
        assertEquals("2024-10-15T09:00+09:00[Asia/Seoul]", incheon.published().orElseThrow().dateTime().toString());
        assertEquals(incheon.title() + "\n\n" + incheon.text(), AnalyzedText.of(incheon));
        assertEquals(31, AnalyzedText.bodyOffset(incheon));
        assertTrue(AnalyzedText.of(incheon).substring(31).startsWith("유정복 인천시장은 15일"));
    }

    @Test
    void textIsNotCleaned() throws IOException {
        String text = "  첫 줄에 공백 둘과 탭\\t,  두 칸 공백.\\n\\n둘째 줄 ▲기호도 그대로.  ";
        Path file = write("raw.jsonl", "{\"id\":\"raw-1\",\"text\":\"" + text + "\"}\n");
        Article a = Outcomes.read(file).articles().getFirst();
        assertEquals("  첫 줄에 공백 둘과 탭\t,  두 칸 공백.\n\n둘째 줄 ▲기호도 그대로.  ", a.text());
        assertEquals(List.of(new TextSpan(2, 25, TextSpan.Kind.PARAGRAPH), new TextSpan(27, 41, TextSpan.Kind.PARAGRAPH)),
                a.spans());
    }

    @Test
    void brokenLinesFailWithFileAndLineAndReadingGoesOn() throws IOException {
        Path file = write("mixed.jsonl", String.join("\n",
                "{\"id\":\"a-1\",\"text\":\"국토교통부는 10일 신도시 교통대책을 발표했다.\"}",
                "{\"id\":\"a-2\",\"text\":\"따옴표가 닫히지 않았다.}",
                "{\"id\":\"a-3\",\"title\":\"본문 없음\"}",
                "{\"id\":\"a-4\",\"text\":[\"배열\"]}",
                "{\"id\":\"a-5\",\"text\":\"발행일이 숫자다.\",\"published\":20240310}",
                "{\"id\":\"a-6\",\"text\":\"발행일이 날짜가 아니다.\",\"published\":\"어제\"}",
                "",
                "[1, 2, 3]",
                "{\"id\":\"a-1\",\"text\":\"같은 아이디가 또 나왔다.\"}",
                "{\"id\":\"a-9\",\"text\":\"부산시는 지난해 관광객이 늘었다고 밝혔다.\",\"published\":\"2024-03-10T08:00:00Z\"}",
                ""));
        Outcomes outcomes = Outcomes.read(file);
        assertEquals(List.of("a-1", "a-9"), outcomes.articles().stream().map(Article::id).toList());
        assertEquals("2024-03-10T08:00Z", outcomes.articles().get(1).published().orElseThrow().dateTime().toString());
        String f = file.toString();
        List<String> messages = outcomes.messages();
        assertEquals(7, messages.size());
        assertTrue(messages.get(0).startsWith(f + ":2: invalid JSON: "), messages.get(0));
        assertEquals(f + ":3: missing \"text\"", messages.get(1));
        assertEquals(f + ":4: \"text\" is not a string", messages.get(2));
        assertEquals(f + ":5: wrong type for \"published\": expected a string, got number", messages.get(3));
        assertEquals(f + ":6: \"published\" is not an ISO-8601 date or date-time: 어제", messages.get(4));
        assertEquals(f + ":8: invalid JSON: the line is not a JSON object", messages.get(5));
        assertEquals(f + ":9: duplicate id a-1, first at " + f + ":1", messages.get(6));
        messages.forEach(m -> assertFalse(m.contains("\n"), "one line: " + m));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void lineLongerThanTheLimitAndInvalidUtf8InALineFailThatLineOnly() throws IOException {
        byte[] good = "{\"id\":\"ok-1\",\"text\":\"대한상공회의소는 포럼을 열었다.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] longLine = ("{\"id\":\"long\",\"text\":\"" + "가".repeat(1500) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] badPrefix = "{\"id\":\"bad\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(badPrefix, new byte[] {(byte) 0xB1, (byte) 0xE8, '"', '}', '\n'});
        byte[] last = "{\"id\":\"ok-2\",\"text\":\"삼성전자는 투자를 늘린다.\"}".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("limits.jsonl"), concat(good, longLine, bad, last));
        Outcomes outcomes = Outcomes.read(new ArticleInputs(new ReaderSettings(10_000, 1000)), file);
        assertEquals(List.of("ok-1", "ok-2"), outcomes.articles().stream().map(Article::id).toList());
        assertEquals(List.of(file + ":2: line longer than 1000 characters",
                file + ":3: not UTF-8 text (invalid byte sequence at byte offset " + badPrefix.length + " of the line)"),
                outcomes.messages());
    }

    @Test
    void wikinewsExportReadsCompletely() {
        Path wikinews = Path.of("../shared/data/wikinews-ko.jsonl");
        assumeTrue(Files.isReadable(wikinews), "shared Wikinews data not present");
        Outcomes outcomes = Outcomes.read(wikinews);
        assertEquals(List.of(), outcomes.messages());
        assertEquals(604, outcomes.articles().size());
        Article first = outcomes.articles().getFirst();
        assertEquals("wikinews-000", first.id());
        assertEquals("버락 오바마 미국 대통령 공식 취임", first.title());
        assertEquals("2009-01-20", first.published().orElseThrow().lexical());
        assertFalse(first.published().orElseThrow().timeKnown());
        assertEquals(2, first.paragraphs().size());
        assertTrue(first.url().startsWith("https://ko.wikinews.org/wiki/"));
    }

    @Test
    void streamWithAutoDetectionReadsJsonLines() {
        byte[] bytes = "{\"id\":\"s-1\",\"text\":\"행정안전부는 지방시대 엑스포를 열었다.\"}\n".getBytes(StandardCharsets.UTF_8);
        Outcomes outcomes = Outcomes.read("-", new ByteArrayInputStream(bytes), InputFormat.AUTO);
        assertEquals(List.of(), outcomes.messages());
        assertEquals("-:1", outcomes.articles().getFirst().origin());
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
