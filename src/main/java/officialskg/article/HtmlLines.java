package officialskg.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flattens an HTML element into text lines: every block element and every {@code <br>} ends a line. The markup
 * says more than the text: a {@code <figcaption>} line (or one in an element named as a caption) is a caption, a
 * caption-shaped line right below an {@code <img>} too, and an {@code <li>} line is a list item even without a
 * bullet glyph. Entities are already decoded by jsoup.
 */
final class HtmlLines implements NodeVisitor {

    private static final Set<String> BREAKING = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "section", "article", "main", "tr", "td", "th", "table", "dd", "dt", "dl",
            "figure", "figcaption", "pre", "hr", "header", "address");

    /** Class and id words of caption elements; {@code cap} only as a word of its own ({@code art_cap}, not {@code capital}). */
    private static final Pattern CAPTION_NAME = Pattern.compile(
            "(?i)caption|(?<![a-z])cap(?![a-z])|(?:img|image|photo|pic|figure|thumb)[_-]?(?:desc|txt|text|cap|exp)");

    final List<String> lines = new ArrayList<>();
    private final List<LineKind> kinds = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int captionDepth;
    /** An {@code <img>} came after the last line: an uncredited caption shape right below it is its caption. */
    private boolean pictureAbove;
    private int listDepth;

    private HtmlLines() {
    }

    static HtmlLines of(Element root) {
        HtmlLines visitor = new HtmlLines();
        root.traverse(visitor);
        visitor.flush();
        return visitor;
    }

    LineKind[] kinds() {
        return kinds.toArray(LineKind[]::new);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("img")) {
                flush();
                pictureAbove = true;
                return;
            }
            boolean caption = isCaption(element);
            if (caption || BREAKING.contains(element.normalName())) {
                flush();
                captionDepth += caption ? 1 : 0;
                listDepth += element.normalName().equals("li") ? 1 : 0;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            boolean caption = isCaption(element);
            if (caption || BREAKING.contains(element.normalName())) {
                flush();
                captionDepth -= caption ? 1 : 0;
                listDepth -= element.normalName().equals("li") ? 1 : 0;
            }
        }
    }

    /**
     * A caption by its markup: {@code <figcaption>}, or an element whose class or id names a caption
     * ({@code caption}, {@code txt_caption}, {@code img_desc}, {@code photo_cap}, {@code image-text} …): Korean
     * outlets put captions in {@code <p>}, {@code <em>} or {@code <span>} under such names, often inline beside the
     * body text, so a caption element also ends a line and is never run into a body sentence.
     */
    private static boolean isCaption(Element element) {
        if (element.normalName().equals("figcaption")) {
            return true;
        }
        String names = element.className() + " " + element.id();
        return names.length() <= 200 && CAPTION_NAME.matcher(names).find();
    }

    /** Ends the current line; lines are cleaned here, blank ones kept so paragraph gaps stay visible. */
    private void flush() {
        String line = LineCleaner.clean(current.toString());
        current.setLength(0);
        if (line.isEmpty() && (lines.isEmpty() || lines.getLast().isEmpty())) {
            return;
        }
        lines.add(line);
        LineKind kind = captionDepth > 0 && !line.isEmpty() ? LineKind.CAPTION : LineClassifier.classify(line, listDepth > 0);
        if (pictureAbove && (kind == LineKind.PROSE || kind == LineKind.SHORT) && CaptionShapes.isUncredited(line)) {
            kind = LineKind.CAPTION;
        }
        kinds.add(kind);
        pictureAbove &= line.isEmpty();
    }
}
