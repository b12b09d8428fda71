package officialskg.server.web;

import org.apache.jena.query.QueryCancelledException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Map;

/** Errors as one JSON object {@code {"status": …, "error": "…"}} with a message saying what to change. */
@RestControllerAdvice
final class JsonErrors {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        return of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<Map<String, Object>> timeout(QueryCancelledException e) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "the query took longer than the server's query timeout");
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e) {
        var response = of(e.status(), e.getMessage());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                    .header("WWW-Authenticate", officialskg.server.Credentials.challenge()).body(response.getBody());
        }
        return response;
    }

    /** The same JSON written straight to a servlet response, for filters that answer before any handler. */
    static void write(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String message)
            throws java.io.IOException {
        byte[] body = JSON.writeValueAsBytes(Map.of("status", status.value(), "error", message));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static ResponseEntity<Map<String, Object>> of(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message == null ? status.getReasonPhrase() : message));
    }
}
