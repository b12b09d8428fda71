package officialskg.cli;

import java.util.Locale;

/** Byte counts for people: 1 decimal in the largest binary unit under 1024 of it. */
final class ByteSize {

    private ByteSize() {
    }

    static String format(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
