package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleInputs;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.nlp.SentenceSplitter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic corpus for benchmarks, made only of real text: the sentences and titles of a source
 * corpus (the Wikinews articles) recombined into as many articles as wanted, in the JSON Lines input shape
 * ({@code id, title, text, published, url}).
 *
 * <p>The pool: every sentence of every source article ({@link SentenceSplitter}, the project's own splitter) with at
 * least {@link #MIN_SENTENCE_CODE_POINTS} code points and some Hangul (short lines are headings and source credits),
 * once each, in reading order; and every non-blank title. Article {@code i}: a title drawn from the titles, 5 to 20
 * sentences drawn from the pool (with replacement), grouped into paragraphs of 1 to 4 sentences, and a publication
 * day drawn from the {@link #DAYS} days starting {@link #FIRST_DAY}. Sentences in a paragraph are joined by a space
 * only where the previous one ends in sentence punctuation, so splitting the text again gives back exactly the
 * drawn sentences. The draws come from {@link Random} with the given seed, whose algorithm Java specifies, so the
 * same source and seed give byte-identical output on any JVM. Articles are written as they are made: memory holds
 * the pool only, whatever the count.
 */
public final class CorpusGenerator {

    static final int MIN_SENTENCE_CODE_POINTS = 15;
    static final int MIN_SENTENCES = 5;
    static final int MAX_SENTENCES = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final int DAYS = 10 * 365;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<String> sentences;
    private final List<String> titles;

    CorpusGenerator(List<String> sentences, List<String> titles) {
        if (sentences.isEmpty() || titles.isEmpty()) {
            throw new IllegalArgumentException("the source corpus has no usable sentences or titles");
        }
        this.sentences = List.copyOf(sentences);
        this.titles = List.copyOf(titles);
    }

    /** The pool of a source corpus (any input {@link ArticleInputs} reads). Unreadable articles are ignored. */
    public static CorpusGenerator fromSource(Path source) {
        SentenceSplitter splitter = new SentenceSplitter();
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        new ArticleInputs().read(source, InputFormat.AUTO, read -> {
            if (read instanceof ArticleRead.Ok ok) {
                Article article = ok.article();
                if (!article.title().isBlank()) {
                    titles.add(article.title().strip());
                }
                String text = article.text();
                for (int[] span : splitter.split(text)) {
                    String sentence = text.substring(text.offsetByCodePoints(0, span[0]),
                            text.offsetByCodePoints(0, span[1]));
                    if (usable(sentence)) {
                        sentences.add(sentence);
                    }
                }
            }
        });
        return new CorpusGenerator(new ArrayList<>(sentences), new ArrayList<>(titles));
    }

    static boolean usable(String sentence) {
        return sentence.codePointCount(0, sentence.length()) >= MIN_SENTENCE_CODE_POINTS
                && sentence.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /** The sentence pool, in reading order (tests check that generated text uses only these). */
    public List<String> sentences() {
        return sentences;
    }

    /** One generated article (before JSON encoding). */
    public record Generated(String id, String title, String text, String published, String url) {
    }

    /** Writes {@code count} articles as JSON Lines (UTF-8, {@code \n} after each), streaming. */
    public void write(long count, long seed, OutputStream out) {
        Random random = new Random(seed);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            for (long i = 0; i < count; i++) {
                Generated article = next(i, seed, random);
                json.writeStartObject();
                json.writeStringProperty("id", article.id());
                json.writeStringProperty("title", article.title());
                json.writeStringProperty("text", article.text());
                json.writeStringProperty("published", article.published());
                json.writeStringProperty("url", article.url());
                json.writeEndObject();
                json.flush();
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Generated next(long index, long seed, Random random) {
        String id = "gen-" + seed + "-" + index;
        String title = titles.get(random.nextInt(titles.size()));
        int count = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        int paragraphLength = 1 + random.nextInt(4);
        for (int s = 0; s < count; s++) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            if (text.length() > 0) {
                boolean sameParagraph = inParagraph < paragraphLength && endsSentence(text);
                if (sameParagraph) {
                    text.append(' ');
                } else {
                    text.append('\n');
                    inParagraph = 0;
                    paragraphLength = 1 + random.nextInt(4);
                }
            }
            text.append(sentence);
            inParagraph++;
        }
        String published = FIRST_DAY.plusDays(random.nextInt(DAYS)).toString();
        return new Generated(id, title, text.toString(), published,
                "https://generated.invalid/" + seed + "/" + index);
    }

    /** True when the text ends in sentence punctuation (then closing quotes or brackets), as the splitter sees it. */
    private static boolean endsSentence(CharSequence text) {
        String closers = "\"'”’」』)]}》〉";
        int i = text.length() - 1;
        while (i >= 0 && closers.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '?' || c == '!' || c == '。' || c == '…';
    }
}
