package officialskg.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response held whole in memory, up to a byte limit, and sent only by {@link #finish()}. Fuseki reports a query
 * that times out while its results stream by setting an error status on a response it believes committed; here
 * nothing is committed yet, so the partial results are dropped and the client gets the error status instead.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final long maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final ServletOutputStream stream = new Stream();
    private PrintWriter writer;
    private boolean overflowed;
    private int status = SC_OK;
    private String errorMessage;

    BufferedResponse(HttpServletResponse response, long maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    boolean overflowed() {
        return overflowed;
    }

    /** Sends what the chain wrote, or the error it ended with, or the overflow error. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (overflowed) {
            JsonAnswer.error(response, 422, "the result is larger than " + maxBytes / (1024 * 1024)
                    + " MB, the limit for anonymous queries: narrow the query or add a LIMIT");
            return;
        }
        if (errorMessage != null) {
            JsonAnswer.error(response, status, errorMessage);
            return;
        }
        response.setStatus(status);
        response.setContentLengthLong(buffer.size());
        if (buffer.size() > 0) {
            buffer.writeTo(response.getOutputStream());
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(stream, charset));
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400) {
            buffer.reset();
        }
        status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        buffer.reset();
        status = sc;
        errorMessage = msg == null ? "error " + sc : msg;
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
    }

    @Override
    public void reset() {
        buffer.reset();
        status = SC_OK;
        errorMessage = null;
    }

    @Override
    public void setContentLength(int len) {
        // The length is known only when the query has finished: finish() sets it.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As setContentLength.
    }

    private final class Stream extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            room(1);
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room(len);
            buffer.write(b, off, len);
        }

        private void room(int len) throws IOException {
            if (overflowed || buffer.size() + (long) len > maxBytes) {
                overflowed = true;
                throw new IOException("result larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
            throw new UnsupportedOperationException("a buffered response is written synchronously");
        }
    }
}
