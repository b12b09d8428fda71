package officialskg.server;

import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The path a request addresses, as the server routes it: percent-decoded once, path parameters ({@code ;x}) cut,
 * dot segments and repeated slashes resolved. Access is decided on this form only: deciding on the raw URI lets
 * {@code /%24/datasets} through a check for {@code /$/} while the container routes it to {@code /$/datasets}.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The normalized path of {@code request} below its context path; empty when it cannot be decoded. */
    public static Optional<String> of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (uri == null) {
            return Optional.empty();
        }
        if (context != null && !context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        return normalize(uri);
    }

    /**
     * {@code raw} (the path part of a request URI, still percent-encoded) decoded and normalized; empty for bad
     * percent-encoding, malformed UTF-8, control characters or backslashes, and for dot segments that climb above
     * the root.
     */
    public static Optional<String> normalize(String raw) {
        Deque<String> segments = new ArrayDeque<>();
        for (String encoded : raw.split("/", -1)) {
            int parameters = encoded.indexOf(';');
            Optional<String> decoded = decode(parameters >= 0 ? encoded.substring(0, parameters) : encoded);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            String segment = decoded.get();
            if (segment.indexOf('/') >= 0 || segment.indexOf('\\') >= 0
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return Optional.of("/" + String.join("/", segments));
    }

    private static Optional<String> decode(String s) {
        if (s.indexOf('%') < 0) {
            return Optional.of(s);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= s.length()) {
                return Optional.empty();
            }
            int high = Character.digit(s.charAt(i + 1), 16);
            int low = Character.digit(s.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
