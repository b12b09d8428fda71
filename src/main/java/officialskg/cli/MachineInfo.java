package officialskg.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a benchmark ran on, read at run time (figures mean little without it). */
record MachineInfo(String cpu, int cores, long ramBytes, long maxHeapBytes, String jdk, String os, double loadAverage) {

    static MachineInfo current() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long ram = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        String osName = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME=").map(v -> v.replace("\"", "") + ", ")
                .orElse("") + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new MachineInfo(firstValue(Path.of("/proc/cpuinfo"), "model name").map(v -> v.replaceFirst("^\\s*:\\s*", ""))
                .orElse("unknown CPU"), Runtime.getRuntime().availableProcessors(), ram, Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"), osName, os.getSystemLoadAverage());
    }

    private static Optional<String> firstValue(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    String markdown() {
        return "- CPU: " + cpu + ", " + cores + " cores available to the JVM\n"
                + "- RAM: " + (ramBytes < 0 ? "unknown" : String.format("%.1f GiB", ramBytes / (double) (1L << 30)))
                + ", max heap " + String.format("%.1f GiB", maxHeapBytes / (double) (1L << 30)) + "\n"
                + "- JDK: " + jdk + "\n"
                + "- OS: " + os + "\n"
                + String.format("- load average at start: %.2f%n", loadAverage);
    }
}
