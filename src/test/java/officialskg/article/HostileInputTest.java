package officialskg.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reader fixes found by the bad-input corpus ({@code officialskg.cli.BadInputCorpusTest}), each on its own. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void utf16AndUtf32AreNamedOnceForTheWholeFile() throws IOException {
        String line = "{\"id\":\"a\",\"text\":\"부산시장은 발표했다.\"}\n";
        byte[] le = JsonLinesReaderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                (line + line).getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("u16.jsonl"), le);
        assertEquals(List.of(dir.resolve("u16.jsonl") + ": not UTF-8 text (UTF-16LE byte order mark; save the file as "
                + "UTF-8)"), Outcomes.read(dir.resolve("u16.jsonl")).messages());
        byte[] be32 = JsonLinesReaderTest.concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                "부산시장".getBytes(Charset.forName("UTF-32BE")));
        assertEquals(List.of("stdin: not UTF-8 text (UTF-32BE byte order mark; save the file as UTF-8)"),
                Outcomes.read("stdin", new ByteArrayInputStream(be32), InputFormat.AUTO).messages());
    }

    @Test
    void escapedNulAndLoneSurrogatesAreRefusedWithTheField() {
        assertEquals("x:1: \"text\" holds a NUL character (\\u0000) at character 3 (binary content)",
                failure("{\"text\":\"부산시\\u0000장\"}"));
        assertEquals("x:1: \"title\" holds an unpaired surrogate (\\udc00) at character 0 (not Unicode text)",
                failure("{\"title\":\"\\udc00\",\"text\":\"부산시장\"}"));
        Article paired = ((ArticleRead.Ok) JsonLinesReader.parse("{\"text\":\"발사 \\ud83d\\ude80\"}", "x:1"))
                .article();
        assertEquals("발사 🚀", paired.text());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void duplicateKeysAndSecondValuesAreInvalidJson() {
        assertEquals("x:1: invalid JSON: Duplicate Object property \"id\"",
                failure("{\"id\":\"a\",\"id\":\"b\",\"text\":\"본문\"}"));
        assertEquals("x:1: invalid JSON: more than one JSON value on the line",
                failure("{\"text\":\"본문\"} {\"text\":\"본문\"}"));
        assertEquals("x:1: invalid JSON: Document nesting depth (501) exceeds the maximum allowed (500)",
                failure("[".repeat(1000)));
    }

    @Test
    void decomposedHangulIsComposedAndTerminalEscapesAreDroppedWhole() {
        String nfd = Normalizer.normalize("박형준 부산시장은", Normalizer.Form.NFD);
        assertEquals("박형준 부산시장은", LineCleaner.clean(nfd));
        assertEquals("부산시장은 발표했다", LineCleaner.clean("부산시장은\u001B[1;31m 발표했다\u001B[0m"));
        assertEquals("부산 [시장]", LineCleaner.clean("부산\u001B [시장]"), "a lone ESC goes, the text after it stays");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLargeBinaryFileNamedJsonlIsGivenUpAfterAHundredBadLines() throws IOException {
        byte[] noise = new byte[20 * 1024 * 1024];
        new java.util.Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.jsonl"), noise);
        List<String> messages = Outcomes.read(file).messages();
        assertEquals(JsonLinesReader.MAX_FAILURES_BEFORE_AN_ARTICLE + 1, messages.size());
        assertTrue(messages.getLast().startsWith(file + ": not read further: 100 lines failed and none was an "
                + "article, so this is not JSON Lines (from line 101 on)"), messages.getLast());
    }

    @Test
    void oneGoodLineKeepsEveryLaterBadLineReported() throws IOException {
        StringBuilder jsonl = new StringBuilder("{\"id\":\"g\",\"text\":\"부산시장은 발표했다.\"}\n");
        jsonl.append("{\"id\": 1.5}\n".repeat(150));
        Path file = Files.writeString(dir.resolve("mostly-bad.jsonl"), jsonl);
        Outcomes outcomes = Outcomes.read(file);
        assertEquals(1, outcomes.articles().size());
        assertEquals(150, outcomes.messages().size());
    }

    private static String failure(String line) {
        return ((ArticleRead.Failed) JsonLinesReader.parse(line, "x:1")).message();
    }
}
