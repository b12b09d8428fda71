package officialskg.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Directory input through symbolic links, and articles past the analysis budget. */
class LinksAndLongArticlesTest {

    private static final String ARTICLE = "오세훈 서울시장, 신년인사회 참석\n\n오세훈 서울시장이 9일 신년인사회에 참석했다.\n";

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void linkCyclesEndWhereTheyCloseAndEachRealFileIsReadOnce(@TempDir Path dir) throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), ARTICLE);
        Files.createSymbolicLink(news.resolve("loop"), news);
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createSymbolicLink(other.resolve("back"), news);
        Files.createSymbolicLink(news.resolve("to-other"), other);
        Files.createSymbolicLink(news.resolve("same.txt"), news.resolve("a.txt"));

        Outcomes outcomes = Outcomes.read(news);

        assertEquals(1, outcomes.articles().size(), outcomes.messages().toString());
        assertEquals(List.of(
                news.resolve("loop") + ": symbolic link cycle: leads back to " + news + ", not followed",
                news.resolve("same.txt") + ": same file as " + news.resolve("a.txt") + " (through a link), read once",
                news.resolve("to-other/back") + ": symbolic link cycle: leads back to " + news + ", not followed"),
                outcomes.messages());
    }

    @Test
    void anArticlePastTheAnalysisBudgetIsRefusedByNameAndTheOthersAreKept(@TempDir Path dir) throws IOException {
        String longBody = "가".repeat(40) + " ";
        Path jsonl = Files.writeString(dir.resolve("mixed.jsonl"),
                "{\"id\":\"short\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\"}\n"
                        + "{\"id\":\"huge\",\"text\":\"" + longBody.repeat(30) + "\"}\n"
                        + "{\"id\":\"after\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\"}\n");

        Outcomes outcomes = Outcomes.read(new ArticleInputs(new ReaderSettings(10_000_000, 10_000_000, 1000)), jsonl);

        assertEquals(List.of("short", "after"), outcomes.articles().stream().map(Article::id).toList());
        assertEquals(1, outcomes.failures().size());
        assertTrue(outcomes.messages().getFirst().endsWith(
                "article huge too long to analyze: 1,230 characters, the limit is 1,000 (split it into several "
                        + "articles)"), outcomes.messages().getFirst());
    }
}
