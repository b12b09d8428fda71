package officialskg.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 and refuses anything else, saying where it went wrong. A leading UTF-8 BOM is dropped;
 * a NUL byte means binary content (text, HTML and JSON never contain a raw one), so it is rejected, not removed.
 */
final class StrictUtf8 {

    /**
     * Either the decoded text, or a problem and the byte offset where it was found.
     *
     * @param problem {@code null} when decoding succeeded
     */
    record Decoded(String text, String problem, int byteOffset) {
        boolean ok() {
            return problem == null;
        }

        /** One-line reason, e.g. {@code not UTF-8 text (invalid byte sequence at byte offset 17)}. */
        String reason(String where) {
            return problem + " at byte offset " + byteOffset + where + ")";
        }
    }

    private StrictUtf8() {
    }

    /**
     * @param complete false when {@code bytes} is only the head of a longer input: an incomplete character at the
     *                 end is then no error
     */
    static Decoded decode(byte[] bytes, int length, boolean complete) {
        int start = hasBom(bytes, length) ? 3 : 0;
        for (int i = start; i < length; i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, "binary content (NUL byte", i);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate(length - start + 1);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isUnderflow() && complete) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, "not UTF-8 text (invalid byte sequence", in.position());
        }
        return new Decoded(out.flip().toString(), null, -1);
    }

    /**
     * The Unicode encoding a byte order mark other than UTF-8's declares (UTF-16 or UTF-32 text), else {@code null}.
     * Such text is full of NUL bytes; naming the encoding says more than "binary content".
     */
    static String foreignBom(byte[] bytes, int length) {
        int b0 = length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = length > 1 ? bytes[1] & 0xFF : -1;
        boolean zeroPair = length > 3 && bytes[2] == 0 && bytes[3] == 0;
        if (b0 == 0xFF && b1 == 0xFE) {
            return zeroPair ? "UTF-32LE" : "UTF-16LE";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16BE";
        }
        if (length > 3 && b0 == 0 && b1 == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            return "UTF-32BE";
        }
        return null;
    }

    static boolean hasBom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
