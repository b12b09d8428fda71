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
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPosition;
    private int chunkLimit;
    private byte[] line = new byte[8192];
    private int length;
    private boolean tooLong;
    private int lineNumber;

    ByteLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line (without its line end, {@code \n} or {@code \r\n}); false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        if (!fill()) {
            return false;
        }
        lineNumber++;
        while (fill()) {
            int start = chunkPosition;
            int end = start;
            while (end < chunkLimit && chunk[end] != '\n') {
                end++;
            }
            append(start, end - start);
            chunkPosition = end;
            if (end < chunkLimit) {
                chunkPosition++;   // past the '\n'
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    int lineNumber() {
        return lineNumber;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    boolean tooLong() {
        return tooLong;
    }

    /** Makes unread bytes available in the chunk; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (chunkPosition < chunkLimit) {
            return true;
        }
        int n = in.read(chunk);
        while (n == 0) {
            n = in.read(chunk);
        }
        chunkPosition = 0;
        chunkLimit = Math.max(n, 0);
        return n > 0;
    }

    private void append(int from, int count) {
        int room = (int) Math.max(0, Math.min(count, maxBytes - length));
        if (room < count) {
            tooLong = true;
        }
        if (length + room > line.length) {
            // Never beyond the cap: a too-long line must not leave a buffer larger than any line we keep.
            line = Arrays.copyOf(line, (int) Math.min(Math.min(Integer.MAX_VALUE - 16L, Math.max(maxBytes, 1)),
                    Math.max(line.length * 2L, length + room)));
        }
        System.arraycopy(chunk, from, line, length, room);
        length += room;
    }
}
