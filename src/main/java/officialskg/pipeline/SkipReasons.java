package officialskg.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The skip reasons one run keeps for its report: the first {@code limit} in full, the rest only counted. A run over
 * many bad files would otherwise hold every reason in memory to the end; each one was already printed as it
 * happened ({@link IngestListener#skipped}), so the report needs only a sample and the total.
 */
final class SkipReasons {

    private final int limit;
    private final List<String> kept = new ArrayList<>();
    private long count;

    SkipReasons(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        this.limit = limit;
    }

    void add(String reason) {
        count++;
        if (kept.size() < limit) {
            kept.add(reason);
        }
    }

    List<String> kept() {
        return List.copyOf(kept);
    }

    long count() {
        return count;
    }
}
