package officialskg.article;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides how to read an input: by its file extension, else by its first bytes ({@code <} or {@code <html} → HTML,
 * a first line holding a JSON object → JSON Lines, other UTF-8 text → TEXT, anything else → not readable).
 */
final class FormatDetector {

    /** How many leading bytes are enough to judge the content. */
    static final int SNIFF_BYTES = 8192;

    private static final Map<String, InputFormat> EXTENSIONS = Map.of(
            "txt", InputFormat.TEXT, "text", InputFormat.TEXT,
            "html", InputFormat.HTML, "htm", InputFormat.HTML, "xhtml", InputFormat.HTML,
            "jsonl", InputFormat.JSONL, "ndjson", InputFormat.JSONL);
    /** Document and media formats that are never news text, refused without reading them. */
    private static final Set<String> UNSUPPORTED = Set.of("pdf", "doc", "docx", "hwp", "hwpx", "odt", "rtf", "xls",
            "xlsx", "ppt", "pptx", "png", "jpg", "jpeg", "gif", "webp", "bmp", "svg", "mp3", "mp4", "avi", "zip",
            "gz", "tgz", "bz2", "xz", "7z", "tar", "jar", "class", "exe", "bin", "so", "dll");

    /** A detected format, or a reason the input cannot be read. */
    record Detection(InputFormat format, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private FormatDetector() {
    }

    /** The format a file name states, {@code null} when its extension says nothing. */
    static Detection byName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return null;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (UNSUPPORTED.contains(ext)) {
            return new Detection(null, "unsupported file type ." + ext + " (expected .txt, .html or .jsonl)");
        }
        InputFormat format = EXTENSIONS.get(ext);
        return format == null ? null : new Detection(format, null);
    }

    /** Judges the head of an input (at most {@link #SNIFF_BYTES}). */
    static Detection sniff(byte[] head, int length) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(head, length, false);
        if (!decoded.ok()) {
            return new Detection(null, "unsupported content: " + decoded.reason(""));
        }
        String text = decoded.text().stripLeading();
        if (text.startsWith("<") || text.toLowerCase(Locale.ROOT).contains("<html")) {
            return new Detection(InputFormat.HTML, null);
        }
        String firstLine = text.lines().findFirst().orElse("").strip();
        if (firstLine.startsWith("{") && (firstLine.endsWith("}") || text.length() == firstLine.length())) {
            return new Detection(InputFormat.JSONL, null);
        }
        return new Detection(InputFormat.TEXT, null);
    }
}
