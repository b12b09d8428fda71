package officialskg.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import officialskg.server.Credentials;
import officialskg.server.CrossSiteRequests;
import officialskg.server.RequestPaths;
import officialskg.server.SecurityHeaders;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

import java.io.IOException;
import java.util.Optional;

/**
 * The one gate in front of the embedded Fuseki: security headers on every answer, access decided on the normalized
 * path ({@link SparqlAccess}, deny by default), the admin's Basic credentials for everything not open, cross-site
 * writes refused, CORS only for configured origins and never with credentials, and anonymous queries run under
 * {@link QueryBudget}.
 */
final class AccessGuard extends HttpFilter {

    /** Request attribute set on queries run without the admin credentials; {@link BoundedQuery} caps those. */
    static final String ANONYMOUS = AccessGuard.class.getName() + ".anonymous";

    private final Credentials credentials;
    private final String dataset;
    private final CrossSiteRequests crossSite;
    private final QueryBudget budget;

    AccessGuard(Credentials credentials, String dataset, CrossSiteRequests crossSite, QueryBudget budget) {
        this.credentials = credentials;
        this.dataset = dataset;
        this.crossSite = crossSite;
        this.budget = budget;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, SecurityHeaders.FUSEKI_UI_POLICY);
        Optional<String> path = RequestPaths.of(request);
        if (path.isEmpty()) {
            JsonAnswer.error(response, HttpServletResponse.SC_BAD_REQUEST, "malformed request path");
            return;
        }
        boolean admin = credentials.accepts(request.getHeader("Authorization"));
        switch (SparqlAccess.of(request.getMethod(), path.get(), dataset)) {
            case PREFLIGHT -> {
                crossSite.allowRead(request, response);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case LISTING -> {
                if (admin) {
                    chain.doFilter(request, response);
                } else {
                    crossSite.allowRead(request, response);
                    listDatasets(request, response);
                }
            }
            case STATS_STUB -> {
                if (admin) { // only a configured password is ever accepted, so the admin module is mounted
                    chain.doFilter(request, response);
                } else {
                    JsonAnswer.send(response, HttpServletResponse.SC_OK,
                            "{\"datasets\":{\"/" + dataset + "\":{\"endpoints\":{}}}}\n",
                            !request.getMethod().equals("HEAD"));
                }
            }
            case OPEN -> {
                crossSite.allowRead(request, response);
                chain.doFilter(request, response);
            }
            case QUERY -> {
                crossSite.allowRead(request, response);
                if (admin) {
                    chain.doFilter(request, response);
                } else {
                    request.setAttribute(ANONYMOUS, Boolean.TRUE);
                    budget.run(request, response, chain);
                }
            }
            case ADMIN -> admin(request, response, chain, admin);
        }
    }

    private void admin(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean admin)
            throws IOException, ServletException {
        if (!credentials.writesEnabled()) {
            JsonAnswer.error(response, HttpServletResponse.SC_FORBIDDEN, "writes and the admin API are disabled: "
                    + "start kg serve with KG_ADMIN_PASSWORD set to enable them");
            return;
        }
        if (!admin && isRead(request)) {
            // No challenge for reads: the UI's pages fetch admin listings in the background, and a challenge there
            // would open a login prompt (and hang a headless browser) for what is only a missing statistics panel.
            JsonAnswer.error(response, HttpServletResponse.SC_FORBIDDEN, "admin credentials required (HTTP Basic, "
                    + "user " + Credentials.USER + ")");
            return;
        }
        if (!admin) {
            response.setHeader("WWW-Authenticate", Credentials.challenge());
            JsonAnswer.error(response, HttpServletResponse.SC_UNAUTHORIZED, "admin credentials required");
            return;
        }
        Optional<String> refusal = isRead(request) ? Optional.empty() : crossSite.writeRefusal(request);
        if (refusal.isPresent()) {
            JsonAnswer.error(response, HttpServletResponse.SC_FORBIDDEN, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isRead(HttpServletRequest request) {
        return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    }

    /** The datasets and their endpoints, as {@code /$/server} lists them, without version, start time or uptime. */
    private static void listDatasets(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonBuilder json = new JsonBuilder().startObject().key("datasets");
        JsonDescription.arrayDatasets(json, DataAccessPointRegistry.get(request.getServletContext()));
        json.finishObject();
        JsonAnswer.send(response, HttpServletResponse.SC_OK, JSON.toString(json.build()) + "\n",
                !request.getMethod().equals("HEAD"));
    }
}
