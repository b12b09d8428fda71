package officialskg.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Entry point of the article package: reads files, directories (recursively, in name order, hidden files skipped)
 * or a stream, detects the format, and hands each outcome to a sink given at call time.
 *
 * <p>Bad input never throws: it reaches the sink as {@link ArticleRead.Failed} with a one-line reason naming the
 * file (and line for JSON Lines), and reading goes on with the next file or line. Within one call, a second article
 * with an id already read is a failure too. Ids: the {@code id} field of JSON Lines; for a TEXT or HTML file its
 * name without extension when that is IRI-safe, else the page URL, else a content hash ({@link ArticleIds}).
 */
public final class ArticleInputs {

    private final ReaderSettings settings;

    /** Reads with {@link ReaderSettings#DEFAULTS} (10 MB per TEXT/HTML file, 10 M characters per JSON line). */
    public ArticleInputs() {
        this(ReaderSettings.DEFAULTS);
    }

    public ArticleInputs(ReaderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Reads one path (file or directory). Every article or failure goes to {@code sink}; never throws for bad input. */
    public void read(Path path, InputFormat format, Consumer<ArticleRead> sink) {
        Consumer<ArticleRead> checked = new IdRegistry(sink);
        String origin = path.toString();
        if (!Files.exists(path)) {
            checked.accept(new ArticleRead.Failed(origin, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try {
                collect(path, files);
            } catch (IOException e) {
                checked.accept(new ArticleRead.Failed(origin, "cannot list directory: " + describe(e)));
                return;
            }
            if (files.isEmpty()) {
                checked.accept(new ArticleRead.Failed(origin, "no readable files in directory"));
            }
            files.forEach(file -> readFile(file, format, checked));
        } else {
            readFile(path, format, checked);
        }
    }

    /** Reads a stream (e.g. standard input) named {@code origin} in messages. {@code AUTO} sniffs the content. */
    public void read(String origin, InputStream in, InputFormat format, Consumer<ArticleRead> sink) {
        Consumer<ArticleRead> checked = new IdRegistry(sink);
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, FormatDetector.SNIFF_BYTES * 2);
            buffered.mark(FormatDetector.SNIFF_BYTES + 1);
            byte[] head = buffered.readNBytes(FormatDetector.SNIFF_BYTES);
            buffered.reset();
            if (head.length == 0) {
                checked.accept(new ArticleRead.Failed(origin, "empty input"));
                return;
            }
            FormatDetector.Detection detection = detect(origin, format, head);
            if (!detection.ok()) {
                checked.accept(new ArticleRead.Failed(origin, detection.problem()));
            } else if (detection.format() == InputFormat.JSONL) {
                JsonLinesReader.read(buffered, origin, settings, checked);
            } else {
                byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, settings.maxFileBytes() + 1));
                if (bytes.length > settings.maxFileBytes()) {
                    checked.accept(new ArticleRead.Failed(origin,
                            "input too large (over the limit of " + settings.maxFileBytes() + " bytes)"));
                    return;
                }
                checked.accept(readWhole(bytes, detection.format(), origin, null));
            }
        } catch (IOException | RuntimeException e) {
            checked.accept(new ArticleRead.Failed(origin, "cannot read: " + describe(e)));
        }
    }

    private void readFile(Path file, InputFormat format, Consumer<ArticleRead> sink) {
        String origin = file.toString();
        try {
            if (!Files.isReadable(file)) {
                sink.accept(new ArticleRead.Failed(origin, "cannot read file (permission denied)"));
                return;
            }
            long size = Files.size(file);
            if (size == 0) {
                sink.accept(new ArticleRead.Failed(origin, "empty file"));
                return;
            }
            FormatDetector.Detection detection = detect(origin, format, head(file));
            if (!detection.ok()) {
                sink.accept(new ArticleRead.Failed(origin, detection.problem()));
            } else if (detection.format() == InputFormat.JSONL) {
                try (InputStream in = Files.newInputStream(file)) {
                    JsonLinesReader.read(in, origin, settings, sink);
                }
            } else if (size > settings.maxFileBytes()) {
                sink.accept(new ArticleRead.Failed(origin, "file too large (" + size + " bytes, limit "
                        + settings.maxFileBytes() + " bytes)"));
            } else {
                sink.accept(readWhole(Files.readAllBytes(file), detection.format(), origin, idHint(origin)));
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new ArticleRead.Failed(origin, "cannot read: " + describe(e)));
        }
    }

    private static ArticleRead readWhole(byte[] bytes, InputFormat format, String origin, String idHint) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes, bytes.length, true);
        if (!decoded.ok()) {
            return new ArticleRead.Failed(origin, decoded.reason(""));
        }
        if (decoded.text().isBlank()) {
            return new ArticleRead.Failed(origin, decoded.text().isEmpty() ? "empty file" : "file has only whitespace");
        }
        return format == InputFormat.HTML
                ? HtmlReader.read(decoded.text(), origin, idHint)
                : PageTextReader.read(decoded.text(), origin, idHint);
    }

    private static FormatDetector.Detection detect(String origin, InputFormat format, byte[] head) {
        if (format != InputFormat.AUTO) {
            return new FormatDetector.Detection(format, null);
        }
        FormatDetector.Detection byName = FormatDetector.byName(fileName(origin));
        return byName != null ? byName : FormatDetector.sniff(head, head.length);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FormatDetector.SNIFF_BYTES);
        }
    }

    /** Directories depth-first, each level in name order; hidden files and directories are skipped. */
    private static void collect(Path dir, List<Path> files) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                collect(child, files);
            } else if (Files.isRegularFile(child)) {
                files.add(child);
            }
        }
    }

    private static String fileName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return origin.substring(slash + 1);
    }

    /** The file name without extension, used as the article id when it is IRI-safe. */
    private static String idHint(String origin) {
        String name = fileName(origin);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
