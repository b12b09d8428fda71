package officialskg.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAPasswordNothingIsAccepted() {
        Credentials none = new Credentials(Optional.empty());
        assertFalse(none.writesEnabled());
        assertFalse(none.accepts(basic("admin:")));
        assertFalse(none.accepts(basic("admin:admin")));
    }

    @Test
    void blankPasswordsInSettingsCountAsUnset() {
        var settings = ServerSettings.defaults(java.nio.file.Path.of("x")).withAdminPassword(Optional.of("  "));
        assertFalse(new Credentials(settings.adminPassword()).writesEnabled());
    }

    @Test
    void onlyTheAdminUserWithTheRightPasswordPasses() {
        Credentials admin = new Credentials(Optional.of("비밀번호🔑"));
        assertTrue(admin.accepts(basic("admin:비밀번호🔑")));
        assertTrue(admin.accepts("basic " + basic("admin:비밀번호🔑").substring(6)), "the scheme is case-insensitive");
        assertFalse(admin.accepts(basic("root:비밀번호🔑")));
        assertFalse(admin.accepts(basic("admin:비밀번호")));
        assertFalse(admin.accepts("Basic not-base64!"));
        assertFalse(admin.accepts("Bearer abc"));
        assertFalse(admin.accepts(null));
    }
}
