package officialskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the installation's own folders are: {@code KG_HOME} (set by the {@code kg} launcher), else the working
 * directory. Queries and samples are looked up there, so {@code kg} works from any directory.
 */
final class Locations {

    static final String DEFAULT_STORE = "data/tdb2";

    private Locations() {
    }

    static Path home() {
        String home = System.getenv("KG_HOME");
        return home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    static Path queriesDir() {
        Path local = Path.of("queries");
        return Files.isDirectory(local) ? local : home().resolve("queries");
    }

    /** The shared development data beside the project, when present. */
    static Path shared() {
        return home().resolve("../shared").normalize();
    }
}
