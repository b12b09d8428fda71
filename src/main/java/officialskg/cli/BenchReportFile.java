package officialskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark document ({@code docs/benchmarks.md}): text written by hand, plus one section per benchmarked input
 * between {@code <!-- bench:LABEL -->} and {@code <!-- /bench:LABEL -->} markers. A run replaces its input's section
 * and leaves the rest alone; a new input's section is appended.
 */
final class BenchReportFile {

    private BenchReportFile() {
    }

    static void update(Path file, String label, String report) throws IOException {
        String begin = "<!-- bench:" + label + " -->";
        String end = "<!-- /bench:" + label + " -->";
        String section = begin + "\n### " + label + "\n\n" + report.strip() + "\n" + end;
        String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmarks\n\nWritten by `kg bench --markdown`; each section below is replaced by the next run "
                        + "on the same input.\n";
        int from = doc.indexOf(begin);
        int to = from < 0 ? -1 : doc.indexOf(end, from);
        String updated = to >= 0
                ? doc.substring(0, from) + section + doc.substring(to + end.length())
                : doc.stripTrailing() + "\n\n" + section + "\n";
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
