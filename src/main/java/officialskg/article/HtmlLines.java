package officialskg.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flattens an HTML element into text lines: every block element and every {@code <br>} ends a line. The markup
 * says more than the text: a {@code <figcaption>} line is a caption, and an {@code <li>} line is a list item even
 * without a bullet glyph. Entities are already decoded by jsoup.
 */
final class HtmlLines implements NodeVisitor {

    private static final Set<String> BREAKING = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "section", "article", "main", "tr", "td", "th", "table", "dd", "dt", "dl",
            "figure", "figcaption", "pre", "hr", "header", "address");

    final List<String> lines = new ArrayList<>();
    private final List<LineKind> kinds = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int captionDepth;
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
        } else if (node instanceof Element element && BREAKING.contains(element.normalName())) {
            flush();
            captionDepth += element.normalName().equals("figcaption") ? 1 : 0;
            listDepth += element.normalName().equals("li") ? 1 : 0;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BREAKING.contains(element.normalName())) {
            flush();
            captionDepth -= element.normalName().equals("figcaption") ? 1 : 0;
            listDepth -= element.normalName().equals("li") ? 1 : 0;
        }
    }

    /** Ends the current line; lines are cleaned here, blank ones kept so paragraph gaps stay visible. */
    private void flush() {
        String line = LineCleaner.clean(current.toString());
        current.setLength(0);
        if (line.isEmpty() && (lines.isEmpty() || lines.getLast().isEmpty())) {
            return;
        }
        lines.add(line);
        kinds.add(captionDepth > 0 && !line.isEmpty() ? LineKind.CAPTION : LineClassifier.classify(line, listDepth > 0));
    }
}
