package officialskg.cli;

import java.util.List;

/**
 * Fuseki logs every request (and its query) at INFO, which floods the console of {@code kg serve} and
 * {@code kg demo}; it is off unless {@code --verbose}. slf4j-simple fixes a logger's level from the system properties
 * when the logger is created, and Fuseki creates its loggers when Jena initializes, so this runs first in those
 * commands, before anything touches Jena.
 */
final class RequestLogging {

    /** Fuseki's per-request action log and its NCSA request log. */
    static final List<String> LOGGERS = List.of("org.apache.jena.fuseki.Fuseki", "org.apache.jena.fuseki.Request");

    private RequestLogging() {
    }

    static void configure(boolean verbose) {
        for (String logger : LOGGERS) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, verbose ? "info" : "warn");
        }
    }
}
