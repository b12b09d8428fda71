package officialskg.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The one admin account, checked from an HTTP Basic {@code Authorization} header. Without a configured password
 * nothing is accepted: write access is off rather than guarded by a guessable default.
 */
public final class Credentials {

    public static final String USER = "admin";
    public static final String REALM = "officials-kg";

    private final Optional<byte[]> expected;

    public Credentials(Optional<String> password) {
        this.expected = password.map(p -> (USER + ":" + p).getBytes(StandardCharsets.UTF_8));
    }

    public boolean writesEnabled() {
        return expected.isPresent();
    }

    /** True when the header carries the admin user and password. */
    public boolean accepts(String authorizationHeader) {
        if (expected.isEmpty() || authorizationHeader == null
                || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorizationHeader.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Constant-time comparison: the answer time says nothing about how much of the password matched.
        return MessageDigest.isEqual(given, expected.get());
    }

    /** The {@code WWW-Authenticate} challenge to send with a 401. */
    public static String challenge() {
        return "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    }
}
