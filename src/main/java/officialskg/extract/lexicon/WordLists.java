package officialskg.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the word lists that are data rather than code: each is a UTF-8 resource beside the class that uses it
 * (as Lucene's analyzers keep their stop word files beside them and read them with {@code WordlistLoader}), one
 * entry a line; every line is stripped, and blank lines and lines starting with {@code #} are skipped. A missing
 * resource is a broken build, not bad input: it fails with {@link IllegalStateException}.
 */
public final class WordLists {

    private WordLists() {
    }

    /** The entries of {@code resource} beside {@code owner}, in file order (duplicates kept). */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path(owner, resource) + " beside "
                        + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(owner, resource), e);
        }
    }

    /** The entries of {@code resource} beside {@code owner} as a set. */
    public static Set<String> set(Class<?> owner, String resource) {
        return Set.copyOf(lines(owner, resource));
    }

    /**
     * The tab-separated rows of {@code resource} beside {@code owner}, in file order, each with
     * {@code minColumns} to {@code maxColumns} fields (each stripped); any other row fails naming its line.
     */
    public static List<List<String>> rows(Class<?> owner, String resource, int minColumns, int maxColumns) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(owner, resource)) {
            List<String> fields = Arrays.stream(line.split("\t")).map(String::strip).toList();
            if (fields.size() < minColumns || fields.size() > maxColumns) {
                throw new IllegalStateException(path(owner, resource) + ": expected " + minColumns
                        + (maxColumns > minColumns ? " to " + maxColumns : "") + " tab-separated fields: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }

    private static String path(Class<?> owner, String resource) {
        return owner.getPackageName().replace('.', '/') + "/" + resource;
    }
}
