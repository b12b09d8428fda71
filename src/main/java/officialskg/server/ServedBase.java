package officialskg.server;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/** Whether a base IRI names this machine's pages as the servers see them, and on which port. */
public final class ServedBase {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private ServedBase() {
    }

    /** The port of {@code base} when it is an http address of this machine (loopback, or the bind address). */
    public static Optional<Integer> localPort(String base, String bind) {
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (!"http".equalsIgnoreCase(uri.getScheme()) || host == null
                || !(LOOPBACK.contains(host) || host.equals(bind) || host.equals("[" + bind + "]"))) {
            return Optional.empty();
        }
        return Optional.of(uri.getPort() >= 0 ? uri.getPort() : 80);
    }

    /** Whether IRIs under {@code base} open on pages served on {@code port} as they are. */
    public static boolean servedAt(String base, String bind, int port) {
        return localPort(base, bind).filter(p -> p == port).isPresent();
    }

    /** The path of a base IRI without its trailing slash ({@code /kg}): where the pages serve its resources. */
    public static String path(String base) {
        String path = URI.create(base).getRawPath();
        return path == null || path.isEmpty() ? "" : path.replaceAll("/$", "");
    }
}
