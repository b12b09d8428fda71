package officialskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code kg} in a child JVM, as a user would, so a test can kill it (SIGKILL, no shutdown hooks) or give it a
 * small heap. The child uses this JVM's java binary and class path; its output goes to a log file.
 */
final class KgProcess {

    private KgProcess() {
    }

    static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
        return start(log, Map.of(), jvmOptions, args);
    }

    /** Same, with {@code env} changed: a {@code null} value removes the variable. */
    static Process start(Path log, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), KgCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder.start();
    }
}
