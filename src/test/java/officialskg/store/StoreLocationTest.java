package officialskg.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreLocationTest {

    @Test
    void aPathIsADirectory() {
        assertEquals(new StoreLocation.Directory(Path.of("data/tdb2")), StoreLocation.parse("data/tdb2", Map.of()));
        assertInstanceOf(StoreLocation.Directory.class, StoreLocation.parse("httpdata", Map.of()));
    }

    @Test
    void userInfoGivesCredentialsAndLeavesTheUrl() {
        var remote = assertInstanceOf(StoreLocation.Remote.class,
                StoreLocation.parse("http://kg:p%40ss%3Aword@127.0.0.1:3030/ds", Map.of(
                        StoreLocation.USER_ENV, "other", StoreLocation.PASSWORD_ENV, "other")));
        assertEquals("http://127.0.0.1:3030/ds", remote.settings().datasetUrl());
        assertEquals(new RemoteStoreSettings.Credentials("kg", "p@ss:word"), remote.settings().credentials().get());
        assertEquals("http://127.0.0.1:3030/ds", remote.toString());
    }

    @Test
    void theEnvironmentGivesCredentialsOtherwise() {
        var remote = assertInstanceOf(StoreLocation.Remote.class, StoreLocation.parse("HTTPS://store.example/kg",
                Map.of(StoreLocation.USER_ENV, "서울", StoreLocation.PASSWORD_ENV, "비밀")));
        assertEquals(new RemoteStoreSettings.Credentials("서울", "비밀"), remote.settings().credentials().get());
        assertTrue(StoreLocation.parse("http://h:1/ds", Map.of()) instanceof StoreLocation.Remote r
                && r.settings().credentials().isEmpty());
        assertTrue(remote.settings().credentials().get().toString().contains("***"), "no password in toString");
    }

    @Test
    void aUrlWithoutADatasetIsRefused() {
        var e = assertThrows(StoreException.class, () -> StoreLocation.parse("http://u:secret@127.0.0.1:3030/",
                Map.of()));
        assertTrue(e.getMessage().contains("dataset path") && !e.getMessage().contains("secret"), e.getMessage());
    }
}
