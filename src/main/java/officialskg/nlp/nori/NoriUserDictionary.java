package officialskg.nlp.nori;

import org.apache.lucene.analysis.ko.dict.UserDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Nori user dictionaries: the bundled one ({@code user-dictionary.txt} beside this class: common-noun compounds
 * only, see the file's header for why no proper names) or one built from a list of words.
 */
public final class NoriUserDictionary {

    private static final String BUNDLED = "user-dictionary.txt";

    private NoriUserDictionary() {
    }

    /** The bundled dictionary of compounds. */
    public static UserDictionary bundled() {
        InputStream in = NoriUserDictionary.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("Nori user dictionary resource missing: " + BUNDLED);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return UserDictionary.open(r);
        } catch (IOException e) {
            throw new UncheckedIOException(BUNDLED + ": cannot read", e);
        }
    }

    /** A dictionary of the given words (each becomes one NNG token); {@code null} when there are none. */
    public static UserDictionary of(Collection<String> words) {
        StringBuilder lines = new StringBuilder();
        for (String w : words) {
            String word = w.strip();
            if (!word.isEmpty() && !word.startsWith("#") && word.chars().noneMatch(Character::isWhitespace)) {
                lines.append(word).append('\n');
            }
        }
        try {
            return UserDictionary.open(new StringReader(lines.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    /** An analyzer that uses the bundled dictionary. */
    public static NoriKoreanAnalyzer analyzerWithBundled() {
        return new NoriKoreanAnalyzer(bundled());
    }
}
