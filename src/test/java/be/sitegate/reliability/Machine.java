package be.sitegate.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine and its load, for a figure's context: a figure taken on a busy machine says so. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; load average "
                + loadAverage();
    }

    private static String loadAverage() {
        String[] parts = read("/proc/loadavg").split(" ");
        return parts.length >= 3 ? parts[0] + ", " + parts[1] + ", " + parts[2] + " (1, 5, 15 min)" : "unknown";
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("model unknown");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
