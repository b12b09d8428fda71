package officialskg.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import officialskg.server.ServerSettings.QueryLimits;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What one anonymous query may cost: at most {@link QueryLimits#maxConcurrent()} run at once (the next waits a
 * second, then gets 503), and each answer is held in a buffer of at most {@link QueryLimits#maxResultBytes()} until
 * the query has finished, so a query that times out or grows too large ends with an error status the client sees
 * rather than a 200 cut short.
 */
final class QueryBudget {

    private final QueryLimits limits;
    private final Semaphore running;

    QueryBudget(QueryLimits limits) {
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent(), true);
    }

    void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = running.tryAcquire(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", "5");
            JsonAnswer.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, limits.maxConcurrent()
                    + " anonymous queries are already running: try again shortly, or query as the admin");
            return;
        }
        try {
            BufferedResponse buffered = new BufferedResponse(response, limits.maxResultBytes());
            try {
                chain.doFilter(request, buffered);
            } catch (IOException | RuntimeException e) {
                if (!buffered.overflowed()) {
                    throw e;
                }
            }
            buffered.finish();
        } finally {
            running.release();
        }
    }
}
