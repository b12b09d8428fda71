package officialskg.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import officialskg.server.Credentials;

import java.io.IOException;
import java.util.Set;

/**
 * Lets anyone read (SPARQL query, graph store GET, the UI and the admin API's listings) and asks for the admin
 * credentials for everything that changes data or the server: SPARQL update, graph store writes, uploads and the
 * admin API's non-GET operations. Without a configured password those are refused outright (403).
 */
final class WriteGuard extends HttpFilter {

    /** Endpoints of dataset {@code /kg} that only write. */
    private static final Set<String> WRITE_ENDPOINTS = Set.of("update", "upload", "data");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Credentials credentials;
    private final String dataset;

    WriteGuard(Credentials credentials, String dataset) {
        this.credentials = credentials;
        this.dataset = dataset;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!needsCredentials(request)) {
            chain.doFilter(request, response);
        } else if (!credentials.writesEnabled()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "writes are disabled: start kg serve with KG_ADMIN_PASSWORD set to enable them");
        } else if (!credentials.accepts(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", Credentials.challenge());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "admin credentials required");
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean needsCredentials(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = READ_METHODS.contains(request.getMethod());
        if (path.startsWith("/$/")) {
            return !read;
        }
        String prefix = "/" + dataset + "/";
        if (path.startsWith(prefix) && WRITE_ENDPOINTS.contains(path.substring(prefix.length()))) {
            return !(read && path.endsWith("/data"));
        }
        return false;
    }
}
