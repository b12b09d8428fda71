package officialskg.extract.eval;

import java.nio.charset.StandardCharsets;

/**
 * The deterministic train / held-out split used by tagger training and by evaluation: a sentence is held out when
 * a fixed 64-bit hash (FNV-1a) of its id falls below the fraction. The same id lands on the same side on every
 * machine and run, and adding sentences never moves existing ones.
 */
public final class HeldOutSplit {

    /** The fraction the committed model was trained with. */
    public static final double DEFAULT_FRACTION = 0.2;

    private final double fraction;

    public HeldOutSplit(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("held-out fraction must be within 0..1: " + fraction);
        }
        this.fraction = fraction;
    }

    public double fraction() {
        return fraction;
    }

    public boolean isHeldOut(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33; // finalizer: ids differ only in a few middle characters
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        long bucket = Long.remainderUnsigned(h, 10_000);
        return bucket < Math.round(fraction * 10_000);
    }
}
