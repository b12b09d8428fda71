package officialskg.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
        Consumer<ArticleRead> checked = new IdRegistry(sink, settings.maxArticleChars());
        String origin = path.toString();
        if (!Files.exists(path)) {
            checked.accept(new ArticleRead.Failed(origin, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            InputFiles.Listing listing;
            try {
                listing = InputFiles.under(path);
            } catch (IOException e) {
                checked.accept(new ArticleRead.Failed(origin, "cannot list directory: " + describe(e)));
                return;
            }
            listing.skipped().forEach(s -> checked.accept(new ArticleRead.Failed(s.path().toString(), s.reason())));
            if (listing.files().isEmpty()) {
                checked.accept(new ArticleRead.Failed(origin, "no readable files in directory"));
            }
            listing.files().forEach(file -> readFile(file, format, checked));
        } else {
            readFile(path, format, checked);
        }
    }

    /**
     * About how many outcomes {@link #read(Path, InputFormat, Consumer)} will give for {@code path}, without parsing:
     * one per whole-document file and per non-blank line of a JSON Lines file, one per listed problem. For a
     * progress total; files that cannot be read count one each, as reading them gives one failure.
     */
    public long count(Path path, InputFormat format) {
        if (!Files.isDirectory(path)) {
            return countFile(path, format);
        }
        InputFiles.Listing listing;
        try {
            listing = InputFiles.under(path);
        } catch (IOException e) {
            return 1;
        }
        long n = listing.skipped().size() + (listing.files().isEmpty() ? 1 : 0);
        for (Path file : listing.files()) {
            n += countFile(file, format);
        }
        return n;
    }

    private static long countFile(Path file, InputFormat format) {
        try {
            byte[] head = head(file);
            FormatDetector.Detection detection = detect(file.toString(), format, head);
            if (!detection.ok() || detection.format() != InputFormat.JSONL
                    || StrictUtf8.foreignBom(head, head.length) != null) {
                return 1;
            }
            return Math.max(1, nonBlankLines(file));
        } catch (IOException e) {
            return 1;
        }
    }

    /** Lines holding anything but ASCII whitespace, counted on the bytes (UTF-8 never puts them inside a letter). */
    private static long nonBlankLines(Path file) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        }
        return lines + (content ? 1 : 0);
    }

    /**
     * Reads a stream (e.g. standard input) named {@code origin} in messages. {@code AUTO} sniffs the content. The
     * stream is read to its end (TEXT and HTML: up to the size limit) and not closed.
     */
    public void read(String origin, InputStream in, InputFormat format, Consumer<ArticleRead> sink) {
        Consumer<ArticleRead> checked = new IdRegistry(sink, settings.maxArticleChars());
        Optional<ArticleRead> outcome;
        try {
            outcome = readStream(origin, in, format, checked);
        } catch (IOException e) {
            outcome = Optional.of(new ArticleRead.Failed(origin, "cannot read: " + describe(e)));
        }
        outcome.ifPresent(checked);
    }

    /** The outcome of a whole-document input, or empty when JSON Lines outcomes already went to the sink. */
    private Optional<ArticleRead> readStream(String origin, InputStream in, InputFormat format,
                                             Consumer<ArticleRead> sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, FormatDetector.SNIFF_BYTES * 2);
        buffered.mark(FormatDetector.SNIFF_BYTES + 1);
        byte[] head = buffered.readNBytes(FormatDetector.SNIFF_BYTES);
        buffered.reset();
        if (head.length == 0) {
            return Optional.of(new ArticleRead.Failed(origin, "empty input"));
        }
        String foreign = StrictUtf8.foreignBom(head, head.length);
        if (foreign != null) {
            return Optional.of(new ArticleRead.Failed(origin, notUtf8(foreign)));
        }
        FormatDetector.Detection detection = detect(origin, format, head);
        if (!detection.ok()) {
            return Optional.of(new ArticleRead.Failed(origin, detection.problem()));
        }
        if (detection.format() == InputFormat.JSONL) {
            JsonLinesReader.read(buffered, origin, settings, sink);
            return Optional.empty();
        }
        byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, settings.maxFileBytes() + 1));
        if (bytes.length > settings.maxFileBytes()) {
            return Optional.of(new ArticleRead.Failed(origin,
                    "input too large (over the limit of " + settings.maxFileBytes() + " bytes)"));
        }
        return Optional.of(readWhole(bytes, detection.format(), origin, null));
    }

    private void readFile(Path file, InputFormat format, Consumer<ArticleRead> sink) {
        String origin = file.toString();
        Optional<ArticleRead> outcome;
        try {
            outcome = readFile(file, origin, format, sink);
        } catch (IOException e) {
            outcome = Optional.of(new ArticleRead.Failed(origin, "cannot read: " + describe(e)));
        }
        outcome.ifPresent(sink);
    }

    /** Like {@link #readStream}, with the file's size checked before it is read. */
    private Optional<ArticleRead> readFile(Path file, String origin, InputFormat format, Consumer<ArticleRead> sink)
            throws IOException {
        if (!Files.isReadable(file)) {
            return Optional.of(new ArticleRead.Failed(origin, "cannot read file (permission denied)"));
        }
        long size = Files.size(file);
        if (size == 0) {
            return Optional.of(new ArticleRead.Failed(origin, "empty file"));
        }
        byte[] head = head(file);
        String foreign = StrictUtf8.foreignBom(head, head.length);
        if (foreign != null) {
            return Optional.of(new ArticleRead.Failed(origin, notUtf8(foreign)));
        }
        FormatDetector.Detection detection = detect(origin, format, head);
        if (!detection.ok()) {
            return Optional.of(new ArticleRead.Failed(origin, detection.problem()));
        }
        if (detection.format() == InputFormat.JSONL) {
            try (InputStream in = Files.newInputStream(file)) {
                JsonLinesReader.read(in, origin, settings, sink);
            }
            return Optional.empty();
        }
        if (size > settings.maxFileBytes()) {
            return Optional.of(new ArticleRead.Failed(origin, "file too large (" + size + " bytes, limit "
                    + settings.maxFileBytes() + " bytes)"));
        }
        return Optional.of(readWhole(Files.readAllBytes(file), detection.format(), origin, InputFiles.idHint(origin)));
    }

    private static ArticleRead readWhole(byte[] bytes, InputFormat format, String origin, String idHint) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes, bytes.length, true);
        if (!decoded.ok()) {
            return new ArticleRead.Failed(origin, decoded.reason(""));
        }
        if (decoded.text().isBlank()) {
            return new ArticleRead.Failed(origin, decoded.text().isEmpty() ? "empty file" : "file has only whitespace");
        }
        try {
            return format == InputFormat.HTML
                    ? HtmlReader.read(decoded.text(), origin, idHint)
                    : PageTextReader.read(decoded.text(), origin, idHint);
        } catch (RuntimeException e) {
            // A reader defect must not stop the run; the sink's own exceptions are not caught anywhere here.
            return new ArticleRead.Failed(origin, "cannot parse: " + describe(e));
        }
    }

    /** One reason for the whole file: its lines, split at a {@code 0x0A} byte, would each fail on NUL bytes. */
    private static String notUtf8(String encoding) {
        return "not UTF-8 text (" + encoding + " byte order mark; save the file as UTF-8)";
    }

    private static FormatDetector.Detection detect(String origin, InputFormat format, byte[] head) {
        if (format != InputFormat.AUTO) {
            return new FormatDetector.Detection(format, null);
        }
        FormatDetector.Detection byName = FormatDetector.byName(InputFiles.fileName(origin));
        return byName != null ? byName : FormatDetector.sniff(head, head.length);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FormatDetector.SNIFF_BYTES);
        }
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
