package officialskg.article;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads JSON Lines one line at a time ({@code {"id","text","title"?,"published"?,"url"?}}, also the Wikinews
 * export). The text is kept verbatim, since {@code kg extract} offsets index into exactly the text given; each
 * non-blank {@code \n}-separated line of it is a paragraph span. A broken line becomes a failure naming
 * {@code file:LINE} and reading goes on with the next line.
 */
final class JsonLinesReader {

    /** Strict: a second value on a line, or a key given twice (which value would win?), is an error. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * A file whose first this-many non-blank lines all fail holds no JSON Lines (a binary file or a log under a
     * {@code .jsonl} name): it is given up with one more reason, not reported line by line to its end, which for a
     * large file would be millions of reasons. One good line earlier keeps every later line reported on its own.
     */
    static final int MAX_FAILURES_BEFORE_AN_ARTICLE = 100;

    private JsonLinesReader() {
    }

    static void read(InputStream in, String origin, ReaderSettings settings, Consumer<ArticleRead> sink)
            throws IOException {
        // A UTF-8 character is at most 4 bytes: a line over 4 × the char limit is too long without decoding it.
        long byteCap = Math.min(Integer.MAX_VALUE - 16L, 4L * settings.maxLineChars());
        ByteLines lines = new ByteLines(in, byteCap);
        boolean anyLine = false;
        boolean anyContent = false;
        boolean anyArticle = false;
        int failures = 0;
        while (lines.next()) {
            anyLine = true;
            if (!anyArticle && failures >= MAX_FAILURES_BEFORE_AN_ARTICLE) {
                sink.accept(new ArticleRead.Failed(origin, "not read further: " + failures + " lines failed and none "
                        + "was an article, so this is not JSON Lines (from line " + lines.lineNumber() + " on)"));
                return;
            }
            ArticleRead outcome = line(lines, origin, settings);
            if (outcome != null) {
                anyContent = true;
                anyArticle |= outcome instanceof ArticleRead.Ok;
                failures += outcome instanceof ArticleRead.Failed ? 1 : 0;
                sink.accept(outcome);
            }
        }
        if (!anyLine) {
            sink.accept(new ArticleRead.Failed(origin, "empty file"));
        } else if (!anyContent) {
            sink.accept(new ArticleRead.Failed(origin, "file has only whitespace"));
        }
    }

    /** The outcome of the current line, {@code null} for a blank one. */
    private static ArticleRead line(ByteLines lines, String origin, ReaderSettings settings) {
        String where = origin + ":" + lines.lineNumber();
        String tooLong = "line longer than " + settings.maxLineChars() + " characters";
        if (lines.tooLong()) {
            return new ArticleRead.Failed(where, tooLong);
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(lines.bytes(), lines.length(), true);
        if (!decoded.ok()) {
            return new ArticleRead.Failed(where, decoded.reason(" of the line"));
        }
        String line = decoded.text();
        if (line.isBlank()) {
            return null;
        }
        return line.length() > settings.maxLineChars() ? new ArticleRead.Failed(where, tooLong)
                : parseGuarded(line, where);
    }

    /** One defective line must not end the file: an unexpected error becomes that line's failure. */
    private static ArticleRead parseGuarded(String line, String where) {
        try {
            return parse(line, where);
        } catch (RuntimeException e) {
            return new ArticleRead.Failed(where, "cannot parse: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    static ArticleRead parse(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return new ArticleRead.Failed(where, "invalid JSON: " + jsonProblem(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return new ArticleRead.Failed(where, "invalid JSON: the line is not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            return new ArticleRead.Failed(where, "missing \"text\"");
        }
        if (!text.isString()) {
            return new ArticleRead.Failed(where, "\"text\" is not a string");
        }
        if (text.asString().isBlank()) {
            return new ArticleRead.Failed(where, "\"text\" is empty");
        }
        for (String field : List.of("title", "url", "published")) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isString()) {
                return new ArticleRead.Failed(where, "wrong type for \"" + field + "\": expected a string, got "
                        + value.getNodeType().name().toLowerCase());
            }
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !id.isString() && !id.isIntegralNumber()) {
            return new ArticleRead.Failed(where, "wrong type for \"id\": expected a string");
        }
        for (String field : List.of("id", "title", "url", "published", "text")) {
            JsonNode value = node.get(field);
            String bad = value != null && value.isString() ? unstorable(value.asString()) : null;
            if (bad != null) {
                return new ArticleRead.Failed(where, "\"" + field + "\" holds " + bad);
            }
        }
        Optional<PublishedAt> published = Optional.empty();
        String publishedValue = stringOf(node, "published");
        if (!publishedValue.isEmpty()) {
            published = PublishedDates.parseIso(publishedValue);
            if (published.isEmpty()) {
                return new ArticleRead.Failed(where,
                        "\"published\" is not an ISO-8601 date or date-time: " + publishedValue);
            }
        }
        String body = text.asString();
        String url = stringOf(node, "url");
        String givenId = id == null || id.isNull() ? null : id.asString();
        return new ArticleRead.Ok(new Article(ArticleIds.mint(givenId, url, body), stringOf(node, "title"),
                List.of(), published, stringOf(node, "publisher"), url, body, lineSpans(body), where));
    }

    /** One paragraph span per non-blank line, leading and trailing whitespace left outside, in code points. */
    static List<TextSpan> lineSpans(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int length = line.codePointCount(0, line.length());
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                int lead = line.codePointCount(0, line.indexOf(stripped));
                spans.add(new TextSpan(offset + lead, offset + lead + stripped.codePointCount(0, stripped.length()),
                        TextSpan.Kind.PARAGRAPH));
            }
            offset += length + 1;
        }
        return spans;
    }

    private static String stringOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : "";
    }

    /**
     * What in a decoded JSON string cannot be stored as it is, or {@code null}: an escaped NUL ({@code \\u0000}, binary
     * content, as a raw NUL byte is) or a lone surrogate ({@code \\ud800}), which is no Unicode character and would
     * be written as {@code ?}, so the stored text would no longer be the text the offsets index into.
     */
    static String unstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "a NUL character (\\u0000) at character " + i + " (binary content)";
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    return "an unpaired surrogate (\\u" + Integer.toHexString(c) + ") at character " + i
                            + " (not Unicode text)";
                }
                i++;
            }
        }
        return null;
    }

    /** Jackson's message without its hints about parser features and internal class names. */
    static String jsonProblem(String message) {
        String m = firstLine(message);
        if (m.startsWith("Trailing token")) {
            return "more than one JSON value on the line";
        }
        return m.replaceAll("\\s*\\(start marker at .*$", "")
                .replaceAll(", from `[^`]*`\\)", ")")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature[^)]*\\)", "")
                .replaceAll(" \\(bound as `[^`]*`\\)", "")
                .strip();
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
