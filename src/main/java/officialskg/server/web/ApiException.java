package officialskg.server.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the HTTP status to answer and a message for the caller. */
final class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
