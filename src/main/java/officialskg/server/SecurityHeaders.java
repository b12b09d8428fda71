package officialskg.server;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer of both servers carries: no MIME sniffing, no framing by other sites, no referrer to other
 * sites, and a content security policy that lets pages load scripts and data only from their own server.
 */
public final class SecurityHeaders {

    /** The pages of the Spring app: their own scripts only (the network data is a JSON block, not a script). */
    public static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** The Fuseki UI: its bundled editor compiles code at run time ('unsafe-eval'); nothing from other sites. */
    public static final String FUSEKI_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    }
}
