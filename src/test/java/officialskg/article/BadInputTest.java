package officialskg.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every kind of bad input ends as one failure with a one-line reason naming the file, and the good article next to
 * it in the same directory is still read.
 */
class BadInputTest {

    static final String GOOD_PAGE = """
            행정안전부, 지방시대 엑스포 17일 개막

            입력 2024-11-07 09:30

            행정안전부는 17일부터 사흘간 부산 벡스코에서 '2024 대한민국 지방시대 엑스포'를 연다고 7일 밝혔다.

            이번 엑스포에는 17개 시도와 중앙부처 20곳이 참여해 지역 균형발전 정책을 소개한다.
            """;

    @TempDir
    Path dir;

    /** Writes the good page and one bad file, reads the directory, and returns the failure messages. */
    private List<String> readBeside(String badName, byte[] badContent) throws IOException {
        return readBeside(new ArticleInputs(), badName, badContent);
    }

    private List<String> readBeside(ArticleInputs inputs, String badName, byte[] badContent) throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD_PAGE);
        Files.write(dir.resolve(badName), badContent);
        Outcomes outcomes = Outcomes.read(inputs, dir);
        assertEquals(List.of("good"), outcomes.articles().stream().map(Article::id).toList());
        assertEquals("행정안전부, 지방시대 엑스포 17일 개막", outcomes.articles().getFirst().title());
        outcomes.messages().forEach(m -> assertFalse(m.contains("\n"), "one line: " + m));
        return outcomes.messages();
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals(List.of(path("empty.txt") + ": empty file"), readBeside("empty.txt", new byte[0]));
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        assertEquals(List.of(path("blank.html") + ": file has only whitespace"),
                readBeside("blank.html", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nulBytesAreBinary() throws IOException {
        byte[] bytes = "부산시 발표".getBytes(StandardCharsets.UTF_8);
        byte[] withNul = JsonLinesReaderTest.concat(bytes, new byte[] {0, 1, 2});
        assertEquals(List.of(path("image.txt") + ": binary content (NUL byte at byte offset " + bytes.length + ")"),
                readBeside("image.txt", withNul));
    }

    @Test
    void textNotInUtf8SaysWhere() throws IOException {
        byte[] eucKr = "서울시장 발표".getBytes(Charset.forName("EUC-KR"));
        assertEquals(List.of(path("legacy.txt") + ": not UTF-8 text (invalid byte sequence at byte offset 0)"),
                readBeside("legacy.txt", eucKr));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD_PAGE);
        Path huge = dir.resolve("huge.txt");
        byte[] block = GOOD_PAGE.repeat(64).getBytes(StandardCharsets.UTF_8);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(huge)) {
            while (size < 50L * 1024 * 1024) {
                out.write(block);
                size += block.length;
            }
        }
        Outcomes outcomes = Outcomes.read(dir);
        assertEquals(List.of("good"), outcomes.articles().stream().map(Article::id).toList());
        assertEquals(List.of(huge + ": file too large (" + size + " bytes, limit 10485760 bytes)"), outcomes.messages());
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        byte[] page = ("부산시, 관광 활성화 대책 발표\n\n" + "부산시는 올해 외국인 관광객 300만 명을 유치하겠다고 밝혔다.\n\n".repeat(40))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(path("long.txt") + ": file too large (" + page.length + " bytes, limit 2000 bytes)"),
                readBeside(new ArticleInputs(new ReaderSettings(2000, 1000)), "long.txt", page));
    }

    @Test
    void htmlWithoutBodyText() throws IOException {
        String html = "<html><head><title>빈 페이지</title><script>var a = '스크립트 문장입니다.';</script></head>"
                + "<body><nav>홈 정치 경제</nav><footer>Copyright © 예시일보</footer></body></html>";
        assertEquals(List.of(path("empty-page.html") + ": no article text found"),
                readBeside("empty-page.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unsupportedExtension() throws IOException {
        assertEquals(List.of(path("report.pdf") + ": unsupported file type .pdf (expected .txt, .html or .jsonl)"),
                readBeside("report.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void unknownExtensionWithBinaryContent() throws IOException {
        assertEquals(List.of(path("photo.dat") + ": unsupported content: binary content (NUL byte at byte offset 4)"),
                readBeside("photo.dat", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
    }

    @Test
    void jsonLinesWithABrokenLineKeepsTheOtherLinesAndFiles() throws IOException {
        byte[] jsonl = ("{\"id\":\"j-1\",\"text\":\"국토교통부는 교통대책을 발표했다.\"}\n{\"id\":\"j-2\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("good.txt"), GOOD_PAGE);
        Files.write(dir.resolve("news.jsonl"), jsonl);
        Outcomes outcomes = Outcomes.read(dir);
        assertEquals(List.of("good", "j-1"), outcomes.articles().stream().map(Article::id).toList());
        assertEquals(List.of(path("news.jsonl") + ":2: missing \"text\""), outcomes.messages());
    }

    @Test
    void duplicateIdsAcrossFilesOfOneRun() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/good.txt"), GOOD_PAGE);
        Files.writeString(dir.resolve("good.txt"), GOOD_PAGE);
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"x\",\"text\":\"본문.\"}\n");
        Outcomes outcomes = Outcomes.read(dir);
        // Directories are read depth-first in name order: a.jsonl, b/good.txt, then good.txt.
        assertEquals(List.of("x", "good"), outcomes.articles().stream().map(Article::id).toList());
        assertEquals(path("b/good.txt"), outcomes.articles().get(1).origin());
        assertEquals(List.of(path("good.txt") + ": duplicate id good, first at " + path("b/good.txt")),
                outcomes.messages());
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("nowhere/none.txt");
        Outcomes outcomes = Outcomes.read(missing);
        assertEquals(List.of(missing + ": no such file or directory"), outcomes.messages());
    }

    @Test
    void directoryWithoutReadableFiles() throws IOException {
        Files.writeString(dir.resolve(".hidden.txt"), GOOD_PAGE);
        Files.createDirectories(dir.resolve("sub"));
        Outcomes outcomes = Outcomes.read(dir);
        assertEquals(List.of(dir + ": no readable files in directory"), outcomes.messages());
    }

    @Test
    void unreadableFile() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.txt"), GOOD_PAGE);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as a user that reads every file (root)");
        Files.writeString(dir.resolve("good.txt"), GOOD_PAGE);
        Outcomes outcomes = Outcomes.read(dir);
        assertEquals(List.of(locked + ": cannot read file (permission denied)"), outcomes.messages());
    }

    @Test
    void bomIsDroppedAndInvisibleCharactersAreRemoved() throws IOException {
        String page = "\uFEFF부산시장, 엑스포\u200B 유치 전략 발표\n\n입력 2024-02-01 10:00\n\n"
                + "박형준 부산시장은 1일\u0007 시청에서\u200F 국제행사 유치 전략을 발표했다고 밝혔다.\n";
        Files.writeString(dir.resolve("bom.txt"), page);
        Article a = Outcomes.read(dir.resolve("bom.txt")).articles().getFirst();
        assertEquals("부산시장, 엑스포 유치 전략 발표", a.title());
        assertEquals("박형준 부산시장은 1일 시청에서 국제행사 유치 전략을 발표했다고 밝혔다.", a.text());
    }

    @Test
    void streamFailuresNameTheOrigin() {
        assertEquals(List.of("stdin: empty input"),
                Outcomes.read("stdin", new ByteArrayInputStream(new byte[0]), InputFormat.AUTO).messages());
        assertEquals(List.of("stdin: unsupported content: binary content (NUL byte at byte offset 1)"),
                Outcomes.read("stdin", new ByteArrayInputStream(new byte[] {'a', 0}), InputFormat.AUTO).messages());
    }
}
