package officialskg.article;

import java.text.Normalizer;

/**
 * Normalizes one line of page text (TEXT and HTML readers; JSON Lines text is kept verbatim).
 *
 * <p>Decision on invisible characters: NUL bytes make a whole file binary and are rejected earlier
 * ({@link StrictUtf8}); every other control character (C0 except tab/newline, C1, DEL) and the invisible
 * formatting characters that only break token matching (zero-width space/joiners, word joiner, BOM, soft hyphen,
 * left-to-right/right-to-left marks and embeddings) are removed here, terminal escape sequences with their ESC.
 * The line is normalized to NFC (decomposed Hangul composed into syllables). Runs of spaces, tabs and no-break spaces
 * become one space, and the line is stripped.
 */
final class LineCleaner {

    private LineCleaner() {
    }

    static String clean(String raw) {
        // Decomposed Hangul (conjoining jamo, as some Mac tools save it) becomes syllables the analyzers know.
        String line = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x1B && i < line.length() && line.charAt(i) == '[') {
                // A terminal escape sequence (colour codes in a saved console log): drop it whole, not just the ESC.
                i++;
                while (i < line.length() && line.charAt(i) >= 0x20 && line.charAt(i) <= 0x3F) {
                    i++;   // parameter and intermediate bytes
                }
                if (i < line.length() && line.charAt(i) >= 0x40 && line.charAt(i) <= 0x7E) {
                    i++;   // the final byte
                }
                continue;
            }
            if (isInvisible(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    static boolean isInvisible(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return Character.getType(cp) == Character.CONTROL
                || cp == 0x00AD                         // soft hyphen
                || (cp >= 0x200B && cp <= 0x200F)       // zero-width space, joiners, LRM, RLM
                || (cp >= 0x202A && cp <= 0x202E)       // bidi embeddings and overrides
                || (cp >= 0x2060 && cp <= 0x2064)       // word joiner, invisible operators
                || (cp >= 0x2066 && cp <= 0x2069)       // bidi isolates
                || cp == 0xFEFF;                        // BOM / zero-width no-break space
    }
}
