package officialskg.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a confidence is written out (RDF and the {@code kg extract} JSON alike): rounded half-up to
 * {@link #DECIMALS} places, trailing zeros dropped. A confidence is an estimate (the tagger's a fitted curve, a
 * rule's a stated level), so digits past the third tell an analyst nothing; written in full they were noise such
 * as {@code 0.7000000000000001} or {@code 0.685544121720954}, and the last bits of a floating-point sum decided
 * the bytes of the output.
 */
public final class Confidence {

    public static final int DECIMALS = 3;

    private Confidence() {
    }

    /** {@code 0.7000000000000001 -> 0.7}, {@code 0.6855 -> 0.686}, {@code 1.0 -> 1}. */
    public static BigDecimal written(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("confidence is not a finite number: " + value);
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
