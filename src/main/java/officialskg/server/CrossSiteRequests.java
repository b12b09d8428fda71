package officialskg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Same-origin by default for both servers. A page of another site in the analyst's browser could otherwise write
 * with the Basic credentials the browser has cached (a {@code text/plain} POST needs no preflight), and read
 * answers if origins were reflected. Writes are refused when the browser says the request comes from elsewhere
 * ({@code Sec-Fetch-Site}, {@code Origin}); reads may be shared with the configured origins only, never with
 * credentials.
 */
public final class CrossSiteRequests {

    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    private final List<String> readOrigins;

    /** {@code readOrigins}: origins ({@code scheme://host[:port]}) allowed to read across origins; none by default. */
    public CrossSiteRequests(List<String> readOrigins) {
        this.readOrigins = List.copyOf(readOrigins);
    }

    /** Why a write request must be refused as cross-site, or empty when it comes from this server's own pages or
     * from a client that is not a browser (no {@code Origin}, no {@code Sec-Fetch-Site}). */
    public Optional<String> writeRefusal(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite.toLowerCase(Locale.ROOT))) {
            return Optional.of("cross-site write refused (Sec-Fetch-Site: " + fetchSite + ")");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(request))) {
            return Optional.of("cross-origin write refused (Origin: " + origin + ")");
        }
        return Optional.empty();
    }

    /** Adds the CORS headers for a read when the request's {@code Origin} is one of the configured ones. */
    public void allowRead(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        response.addHeader("Vary", "Origin");
        if (origin != null && readOrigins.stream().anyMatch(origin::equalsIgnoreCase)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
            response.setHeader("Access-Control-Max-Age", "600");
        }
    }

    /** {@code scheme://host[:port]} of the server as the request addressed it (its {@code Host} header). */
    static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host;
    }
}
