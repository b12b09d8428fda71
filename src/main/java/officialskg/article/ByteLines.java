package officialskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it first, so one bad line (invalid UTF-8, far too long) can be
 * reported and skipped while the rest of a huge file is still read. Holds at most one line in memory; a line over
 * the byte cap is skipped to its end and reported as too long.
 */
final class ByteLines {

    private final InputStream in;
    private final long maxBytes;
    private byte[] buffer = new byte[8192];
    private int length;
    private boolean tooLong;
    private int lineNumber;

    ByteLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line (without its line end); false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        int b = in.read();
        if (b < 0) {
            return false;
        }
        lineNumber++;
        while (b >= 0 && b != '\n') {
            if (length < maxBytes) {
                append((byte) b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    int lineNumber() {
        return lineNumber;
    }

    byte[] bytes() {
        return buffer;
    }

    int length() {
        return length;
    }

    boolean tooLong() {
        return tooLong;
    }

    private void append(byte b) {
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, buffer.length * 2L));
        }
        buffer[length++] = b;
    }
}
