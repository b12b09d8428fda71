package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleInputs;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.nlp.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark corpus is deterministic, reads as ordinary input, and is made of real sentences only. */
class CorpusGeneratorTest {

    /** The Wikinews articles when the shared data is present, else the bundled samples. */
    static final Path SOURCE = Files.exists(Path.of("../shared/data/wikinews-ko.jsonl"))
            ? Path.of("../shared/data/wikinews-ko.jsonl") : Path.of("samples");
    static final CorpusGenerator GENERATOR = CorpusGenerator.fromSource(SOURCE);

    @TempDir
    Path dir;

    private static byte[] generate(long count, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GENERATOR.write(count, seed, out);
        return out.toByteArray();
    }

    @Test
    void theSameSeedGivesByteIdenticalOutput() {
        byte[] first = generate(20, 42);
        assertArrayEquals(first, generate(20, 42));
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        CorpusGenerator.fromSource(SOURCE).write(20, 42, fresh);
        assertArrayEquals(first, fresh.toByteArray(), "a generator built anew gives the same bytes");
        assertFalse(java.util.Arrays.equals(first, generate(20, 43)), "another seed, another corpus");
    }

    @Test
    void generatedArticlesAreValidInputMadeOfPoolSentences() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.write(file, generate(20, 7));
        List<Article> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        new ArticleInputs().read(file, InputFormat.AUTO, read -> {
            switch (read) {
                case ArticleRead.Ok ok -> articles.add(ok.article());
                case ArticleRead.Failed f -> failures.add(f.message());
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(20, articles.size());
        Set<String> pool = new HashSet<>(GENERATOR.sentences());
        Set<String> ids = new HashSet<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (Article article : articles) {
            ids.add(article.id());
            assertFalse(article.title().isBlank());
            assertTrue(article.published().isPresent(), article.id());
            int year = article.published().orElseThrow().dateTime().getYear();
            assertTrue(year >= 2015 && year <= 2024, article.id() + ": " + year);
            String text = article.text();
            List<int[]> spans = splitter.split(text);
            assertTrue(spans.size() >= CorpusGenerator.MIN_SENTENCES && spans.size() <= CorpusGenerator.MAX_SENTENCES,
                    article.id() + ": " + spans.size() + " sentences");
            for (int[] span : spans) {
                String sentence = text.substring(text.offsetByCodePoints(0, span[0]),
                        text.offsetByCodePoints(0, span[1]));
                assertTrue(pool.contains(sentence), article.id() + ": not a pool sentence: " + sentence);
            }
        }
        assertEquals(20, ids.size(), "ids are unique");
    }

    @Test
    void thePoolHoldsRealSentencesOfTheSource() {
        assertTrue(GENERATOR.sentences().size() > 20, "pool size " + GENERATOR.sentences().size());
        String sources = readAll(SOURCE);
        for (String sentence : GENERATOR.sentences().subList(0, 20)) {
            assertTrue(sources.contains(sentence), sentence);
            assertTrue(CorpusGenerator.usable(sentence));
        }
        assertFalse(CorpusGenerator.usable("출처"), "headings and credits are left out");
    }

    private static String readAll(Path source) {
        StringBuilder all = new StringBuilder();
        new ArticleInputs().read(source, InputFormat.AUTO, read -> {
            if (read instanceof ArticleRead.Ok ok) {
                all.append(ok.article().text()).append('\n');
            }
        });
        return all.toString();
    }
}
