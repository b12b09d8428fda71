package officialskg.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins body blocks with a blank line and records each block's span in code points. A block equal to the one
 * before it is kept once: scraped pages repeat captions (image alt text, then the visible caption).
 */
final class BodyText {

    static final String PARAGRAPH_BREAK = "\n\n";

    final String text;
    final List<TextSpan> spans;

    private BodyText(String text, List<TextSpan> spans) {
        this.text = text;
        this.spans = spans;
    }

    static BodyText of(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        int offset = 0;
        String previous = null;
        for (Block block : blocks) {
            if (block.text().isEmpty() || block.text().equals(previous)) {
                continue;
            }
            if (!spans.isEmpty()) {
                text.append(PARAGRAPH_BREAK);
                offset += PARAGRAPH_BREAK.length();
            }
            int length = block.text().codePointCount(0, block.text().length());
            text.append(block.text());
            spans.add(new TextSpan(offset, offset + length, block.kind()));
            offset += length;
            previous = block.text();
        }
        return new BodyText(text.toString(), List.copyOf(spans));
    }
}
