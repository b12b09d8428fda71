package officialskg.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import officialskg.server.CrossSiteRequests;
import officialskg.server.SecurityHeaders;
import officialskg.server.ServedGraph;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * In front of every page and API call: security headers; reads shared only with the configured origins (never with
 * credentials); every write refused when the browser says it comes from another site, before the credentials are
 * even looked at (a page elsewhere could otherwise post with the Basic credentials the browser has cached).
 */
final class BrowserGuard extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final CrossSiteRequests crossSite;

    BrowserGuard(ServedGraph graph) {
        this.crossSite = new CrossSiteRequests(graph.settings().corsOrigins());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, SecurityHeaders.PAGES_POLICY);
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            crossSite.allowRead(request, response);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (READS.contains(method)) {
            crossSite.allowRead(request, response);
            chain.doFilter(request, response);
            return;
        }
        Optional<String> refusal = crossSite.writeRefusal(request);
        if (refusal.isPresent()) {
            JsonErrors.write(response, HttpStatus.FORBIDDEN, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
