package officialskg.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code /error}, where the servlet container forwards failures that no handler answered (unknown paths, bad
 * requests the framework rejects): the real status as JSON. Asked for directly it is just an unknown page.
 */
@RestController
final class ErrorEndpoint implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null
                ? HttpStatus.valueOf(c) : HttpStatus.NOT_FOUND;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String text = message instanceof String m && !m.isBlank() ? m
                : status == HttpStatus.NOT_FOUND ? "no such page" + (uri == null ? "" : ": " + uri)
                : status.getReasonPhrase();
        return JsonErrors.of(status, text);
    }
}
