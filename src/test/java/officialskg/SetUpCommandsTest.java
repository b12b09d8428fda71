package officialskg;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's two set-up commands as a newcomer types them: CI runs exactly the README's test command, and the
 * Maven wrapper finds a JDK ≥ 21 by itself when {@code JAVA_HOME} is unset and an older {@code java} is first on
 * {@code PATH} (Debian 12's OpenJDK 17), which is the machine the project is set up on.
 */
class SetUpCommandsTest {

    private static final Pattern SET_UP_BLOCK = Pattern.compile("## Set-up on a fresh machine.*?```bash\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void ciRunsExactlyTheReadmeTestCommand() throws IOException {
        Matcher block = SET_UP_BLOCK.matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README.md has a set-up block");
        List<String> commands = block.group(1).lines().map(l -> l.replaceAll("\\s+#.*$", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("./kg demo", "./mvnw -B verify"), commands);
        List<String> ciLines = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(commands.get(1), ciLines.getLast(), ".ci/run ends with the README's test command, as typed");
        assertTrue(ciLines.stream().noneMatch(l -> l.startsWith("export JAVA_HOME")),
                ".ci/run must not set JAVA_HOME for the test command: the wrapper has to find the JDK itself");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theWrapperFindsAJdk21WithJavaHomeUnsetAndAnOlderJavaFirstOnPath() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin");
        Assumptions.assumeTrue(Files.isExecutable(java17.resolve("java")),
                "skipped: no OpenJDK 17 at " + java17 + " to put first on PATH");
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "-v").redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("JAVA_HOME");
        env.put("PATH", java17 + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(50, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        Matcher version = Pattern.compile("Java version: (\\d+)").matcher(output);
        assertTrue(version.find(), output);
        assertTrue(Integer.parseInt(version.group(1)) >= 21, "the wrapper ran Maven on Java " + version.group(1));
    }
}
