package officialskg.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfidenceTest {

    @Test
    void floatingPointNoiseIsRoundedAway() {
        assertEquals("0.7", Confidence.written(0.1 * 7).toPlainString());   // 0.7000000000000001
        assertEquals("0.686", Confidence.written(0.685544121720954).toPlainString());
    }

    @Test
    void halvesRoundUpAndTrailingZerosGo() {
        assertEquals("0.686", Confidence.written(0.6855).toPlainString());
        assertEquals("0.9", Confidence.written(0.9).toPlainString());
        assertEquals("1", Confidence.written(1.0).toPlainString());
        assertEquals("1", Confidence.written(0.9996).toPlainString());
        assertEquals("0", Confidence.written(0.0).toPlainString());
        assertEquals("0.001", Confidence.written(0.0005).toPlainString());
    }

    @Test
    void aNonNumberIsRefusedRatherThanWritten() {
        assertThrows(IllegalArgumentException.class, () -> Confidence.written(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Confidence.written(Double.POSITIVE_INFINITY));
    }
}
