package officialskg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the kept lines of a {@link BodyRegion} into paragraph and caption blocks, and reads the outlet the page
 * states for itself. Shared by the scraped-text and HTML readers.
 */
final class BodyBlocks {

    /** Leading caption markers that carry no words: {@code ▲}, {@code 【사진】}, {@code [사진]}. */
    private static final Pattern CAPTION_MARKER =
            Pattern.compile("^(?:▲|【\\s*사진\\s*】|\\[\\s*사진\\s*]|<\\s*사진\\s*>|\\(\\s*사진\\s*\\))\\s*");
    /** Datelines are looked for only in the first paragraphs of the body. */
    private static final int DATELINE_PARAGRAPHS = 3;

    private BodyBlocks() {
    }

    static List<Block> of(BodyRegion region) {
        List<Block> blocks = new ArrayList<>();
        int paragraphs = 0;
        for (int i = region.start; i >= 0 && i <= region.end; i++) {
            if (!region.keeps(i)) {
                continue;
            }
            String line = region.lines.get(i);
            if (region.kinds[i] == LineKind.CAPTION) {
                String caption = OutletCredits.withoutDateline(CAPTION_MARKER.matcher(line).replaceFirst(""));
                blocks.add(new Block(caption.strip(), TextSpan.Kind.CAPTION));
                continue;
            }
            String text = paragraphs++ < DATELINE_PARAGRAPHS ? OutletCredits.withoutDateline(line).strip() : line;
            blocks.add(new Block(text, TextSpan.Kind.PARAGRAPH));
        }
        return blocks;
    }

    /** Dateline in the first body paragraphs (or on a line of its own above them), else the fine print. */
    static Optional<String> publisher(BodyRegion region) {
        int paragraphs = 0;
        for (int i = 0; i <= region.end && paragraphs < DATELINE_PARAGRAPHS; i++) {
            if (region.kinds[i] == LineKind.BLANK || region.kinds[i] == LineKind.CAPTION) {
                continue;
            }
            Optional<String> outlet = OutletCredits.fromDateline(region.lines.get(i));
            if (outlet.isPresent()) {
                return outlet;
            }
            paragraphs += i >= region.start ? 1 : 0;
        }
        // The copyright line names the outlet in its own words; a byline's e-mail domain only through a table.
        for (LineKind wanted : new LineKind[] {LineKind.COPYRIGHT, LineKind.BYLINE}) {
            for (int i = 0; i < region.lines.size(); i++) {
                if (region.kinds[i] == wanted) {
                    Optional<String> outlet = OutletCredits.fromFinePrint(region.lines.get(i));
                    if (outlet.isPresent()) {
                        return outlet;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
