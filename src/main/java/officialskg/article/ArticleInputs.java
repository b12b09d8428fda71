package officialskg.article;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Entry point of the article package: reads files, directories (recursively, in name order) or a stream, detects
 * the format, and hands each outcome to a sink given at call time.
 */
public final class ArticleInputs {

    public ArticleInputs() {
    }

    /** Reads one path (file or directory). Every article or failure goes to {@code sink}; never throws for bad input. */
    public void read(Path path, InputFormat format, Consumer<ArticleRead> sink) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Reads a stream (e.g. standard input) named {@code origin} in messages. {@code AUTO} sniffs the content. */
    public void read(String origin, InputStream in, InputFormat format, Consumer<ArticleRead> sink) {
        throw new UnsupportedOperationException("TODO");
    }
}
