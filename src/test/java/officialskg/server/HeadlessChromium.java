package officialskg.server;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Debian {@code chromium} driven from the command line ({@code --dump-dom}, {@code --screenshot}): nothing is
 * downloaded, each run gets a fresh profile, and tests are skipped with a clear message when it is not installed.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private HeadlessChromium() {
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY),
                "browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium chromium-driver; "
                        + ".ci/run does it when run as root)");
    }

    /** The DOM after scripts ran (up to {@code budgetMillis} of virtual time, for client-rendered pages). */
    static String dumpDom(String url, int budgetMillis) {
        return run(List.of("--dump-dom", "--virtual-time-budget=" + budgetMillis, url), null);
    }

    /** Saves a 1280×1000 screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    static Path screenshot(String url, String name, int budgetMillis) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
        run(List.of("--screenshot=" + file, "--window-size=1280,1000", "--hide-scrollbars",
                "--virtual-time-budget=" + budgetMillis, url), file);
        return file;
    }

    private static String run(List<String> arguments, Path expectedFile) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("kg-chromium");
            List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
            command.addAll(arguments);
            Path stdout = profile.resolve("stdout.html");
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not finish within 120 s: " + command);
            }
            if (expectedFile != null && !Files.exists(expectedFile)) {
                throw new IllegalStateException("chromium wrote no screenshot (exit " + process.exitValue() + ")");
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }
}
