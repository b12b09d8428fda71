package officialskg.extract.tagger;

import officialskg.nlp.Sentence;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The inference path of the tagger: pruning, the one-array features and the scores read from them. */
class TaggerModelTest {

    private static final int LABELS = BioLabels.COUNT;

    /** Four features; feature k's strongest weight is on label k with size 10·(k+1), feature 30 has a -45. */
    private static TaggerModel fourFeatures() {
        FeatureIndex index = new FeatureIndex(4);
        float[] emission = new float[4 * LABELS];
        long[] keys = {30L, 10L, 20L, 40L};
        float[] strongest = {-45f, 10f, 20f, 40f};
        for (int f = 0; f < keys.length; f++) {
            int row = index.add(keys[f]);
            emission[row * LABELS + f] = strongest[f];
            emission[row * LABELS + LABELS - 1] = 1f; // a weak weight on the last label for every feature
        }
        return new TaggerModel(index, emission, new float[(LABELS + 1) * LABELS], new NameLexicon());
    }

    @Test
    void pruningKeepsTheFeaturesWithTheLargestAbsoluteWeight() {
        TaggerModel pruned = fourFeatures().pruned(2);
        assertEquals(2, pruned.features());
        // features 30 (|-45|) and 40 (40) stay, with their weights; 10 and 20 score nothing any more
        float[][] scores = pruned.emissions(new long[][] {{30L}, {40L}, {10L, 20L}});
        assertEquals(-45f, scores[0][0]);
        assertEquals(1f, scores[0][LABELS - 1]);
        assertEquals(40f, scores[1][3]);
        assertArrayEquals(new float[LABELS], scores[2]);
        assertSame(fourFeatures().pruned(4).getClass(), TaggerModel.class);
    }

    @Test
    void aPrunedModelIsWrittenTheSameWayTwice() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        fourFeatures().pruned(3).write(first);
        fourFeatures().pruned(3).write(second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(first.toByteArray()));
        assertEquals(3, read.features());
    }

    @Test
    void scoresFromOneArrayEqualThoseFromOneArrayPerPosition() {
        TaggerModel model = loadDefaultModel();
        String text = "오세훈 서울시장은 8일 대한상공회의소 신년인사회에서 최태원 회장을 만났다.";
        Sentence sentence = new NoriKoreanAnalyzer().analyze(text).get(0);
        SyllableSequence seq = SyllableSequence.of(sentence.text(), sentence.start(), sentence.morphemes());
        FeatureExtractor features = new FeatureExtractor();
        long[] flat = features.flat(seq, 0, seq.length(), model.lexicon(), null);
        long[][] perPosition = features.extract(seq, 0, seq.length(), model.lexicon());
        assertEquals(seq.length() * FeatureExtractor.TEMPLATES, flat.length);
        for (int i = 0; i < perPosition.length; i++) {
            assertArrayEquals(perPosition[i], Arrays.copyOfRange(flat, i * FeatureExtractor.TEMPLATES,
                    (i + 1) * FeatureExtractor.TEMPLATES), "position " + i);
        }
        float[] one = model.emissions(flat, seq.length(), null, 0);
        float[][] many = model.emissions(perPosition);
        int labels = BioLabels.COUNT;
        for (int i = 0; i < many.length; i++) {
            assertArrayEquals(many[i], Arrays.copyOfRange(one, i * labels, (i + 1) * labels), "position " + i);
        }
        assertNotEquals(0f, one[0] + one[1] + one[2], "the committed model knows these features");
    }

    @Test
    void scoresReadByCodePointEqualThoseOfAllFeaturesToTheBit() {
        TaggerModel model = loadDefaultModel();
        String text = "오세훈 서울시장은 8일 대한상공회의소 신년인사회에서 최태원 회장을 만났다. 한國 外交部 🙂 ＡＢＣ";
        SyllableSequence seq = SyllableSequence.of(text, 0, new NoriKoreanAnalyzer().analyze(text).stream()
                .flatMap(s -> s.morphemes().stream()).toList());
        boolean[] closed = ClosedPositions.of(seq);
        FeatureExtractor features = new FeatureExtractor();
        int labels = BioLabels.COUNT;
        int emoji = text.codePoints().filter(c -> !Character.isWhitespace(c)).boxed().toList().indexOf(0x1F642);
        // whole windows, windows of one to three positions (the sentinels at both ends), and one past the emoji
        int[][] windows = {{0, 20}, {0, 1}, {3, 5}, {7, 10}, {20, emoji}, {emoji + 1, seq.length()}};
        for (int[] window : windows) {
            int from = window[0];
            int to = window[1];
            int n = to - from;
            assertEquals(true, TaggerModel.hasCharacterRows(seq, from, to), "window " + from + ".." + to);
            long[] all = features.flat(seq, from, to, model.lexicon(), closed);
            float[] expected = model.emissions(all, n, closed, from);
            long[] hashed = features.hashed(seq, from, to, model.lexicon(), closed, new long[n * FeatureExtractor.HASHED]);
            float[] actual = model.emissions(hashed, seq, from, n, closed, new float[n * labels]);
            for (int k = 0; k < n * labels; k++) {
                assertEquals(Float.floatToIntBits(expected[k]), Float.floatToIntBits(actual[k]),
                        "window " + from + ".." + to + ", position " + (from + k / labels) + ", label " + k % labels);
            }
        }
        assertEquals(false, TaggerModel.hasCharacterRows(seq, 0, seq.length()), "the emoji lies beyond the BMP");
    }

    @Test
    void noMentionIsEmittedBelowTheMinimumMargin() {
        TaggerModel model = loadDefaultModel();
        SequenceTagger tagger = new SequenceTagger(model);
        String text = "오 시장은 MLB 국제사업총괄 부사장을 만나 서울시-MLB 간 지속적인 파트너십 강화 방안을 논의한다.";
        List<officialskg.extract.Mention> mentions = tagger.onText(new NoriKoreanAnalyzer()).apply(text);
        double floor = SequenceTagger.confidence(SequenceTagger.MIN_MARGIN);
        for (officialskg.extract.Mention m : mentions) {
            assertEquals(true, m.confidence() >= floor, m + " is below the floor " + floor);
        }
    }

    private static TaggerModel loadDefaultModel() {
        try (var in = SequenceTagger.class.getResourceAsStream(SequenceTagger.DEFAULT_MODEL)) {
            return TaggerModel.read(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
