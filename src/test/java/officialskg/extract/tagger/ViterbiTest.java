package officialskg.extract.tagger;

import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViterbiTest {

    private static final int B_PS = BioLabels.begin(EntityTag.PS);
    private static final int I_PS = BioLabels.inside(EntityTag.PS);
    private static final int I_OG = BioLabels.inside(EntityTag.OG);

    @Test
    void neverStartsWithInsideOrSwitchesTypeInside() {
        float[][] emissions = new float[3][BioLabels.COUNT];
        emissions[0][I_PS] = 5; // tempting but invalid at the start
        emissions[0][B_PS] = 1;
        emissions[0][BioLabels.begin(EntityTag.OG)] = -10; // so that B-OG I-OG is not the best valid path
        emissions[1][I_OG] = 5; // invalid after B-PS
        emissions[1][I_PS] = 1;
        float[] transition = new float[(BioLabels.COUNT + 1) * BioLabels.COUNT];
        int[] labels = Viterbi.decode(emissions, transition, null).labels();
        assertArrayEquals(new int[] {B_PS, I_PS, BioLabels.OUTSIDE}, labels);
    }

    @Test
    void honoursAllowedLabelsAndPrefersOutsideOnTies() {
        float[][] emissions = new float[3][BioLabels.COUNT];
        float[] transition = new float[(BioLabels.COUNT + 1) * BioLabels.COUNT];
        int[] allowed = {BioLabels.ALL, 1 << B_PS, BioLabels.ALL};
        assertArrayEquals(new int[] {0, B_PS, 0}, Viterbi.decode(emissions, transition, allowed).labels());
        assertEquals(0, Viterbi.decode(new float[0][], transition, null).labels().length);
    }

    @Test
    void maxMarginalsAndMarginsMatchEnumeratingEveryPath() {
        java.util.Random random = new java.util.Random(7);
        int n = 4;
        float[][] emissions = new float[n][BioLabels.COUNT];
        float[] transition = new float[(BioLabels.COUNT + 1) * BioLabels.COUNT];
        for (float[] row : emissions) {
            for (int y = 0; y < row.length; y++) {
                row[y] = random.nextInt(21) - 10;
            }
        }
        for (int k = 0; k < transition.length; k++) {
            transition[k] = random.nextInt(11) - 5;
        }
        emissions[1][B_PS] = 30; // a two-position person at 1..2 in the best path
        emissions[2][I_PS] = 30;
        Viterbi.Lattice lattice = Viterbi.lattice(emissions, transition);
        int[] best = lattice.best().labels();
        assertArrayEquals(Viterbi.decode(emissions, transition, null).labels(), best);
        double[][] expected = new double[n][BioLabels.COUNT];
        for (double[] row : expected) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        double withoutMention = Double.NEGATIVE_INFINITY;
        int[] path = new int[n];
        for (int code = 0; code < Math.pow(BioLabels.COUNT, n); code++) {
            int rest = code;
            boolean valid = true;
            double score = 0;
            for (int i = 0; i < n; i++) {
                path[i] = rest % BioLabels.COUNT;
                rest /= BioLabels.COUNT;
                valid &= BioLabels.allowed(i == 0 ? -1 : path[i - 1], path[i]);
                score += transition[(i == 0 ? BioLabels.COUNT : path[i - 1]) * BioLabels.COUNT + path[i]]
                        + emissions[i][path[i]];
            }
            if (!valid) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                expected[i][path[i]] = Math.max(expected[i][path[i]], score);
            }
            boolean hasMention = path[1] == B_PS && path[2] == I_PS && path[3] != I_PS;
            if (!hasMention) {
                withoutMention = Math.max(withoutMention, score);
            }
        }
        assertEquals(B_PS, best[1]);
        assertEquals(I_PS, best[2]);
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < BioLabels.COUNT; y++) {
                assertEquals(expected[i][y], lattice.maxMarginal(i, y), 1e-6, "position " + i + " label " + y);
            }
        }
        assertEquals(lattice.best().score() - withoutMention, lattice.margin(1, 2), 1e-6);
    }

    /**
     * The tagger's lattice skips the backward pass where no margin reads it, restarting at closed positions (only
     * O allowed); its margins must still be those of the full pass, over windows with many mentions and closed
     * positions in every arrangement, the window's end and a mention just before a closed position among them.
     */
    @Test
    void marginsFromThePartialBackwardPassEqualThoseOfTheFullOne() {
        java.util.Random random = new java.util.Random(11);
        float[] transition = new float[(BioLabels.COUNT + 1) * BioLabels.COUNT];
        for (int k = 0; k < transition.length; k++) {
            transition[k] = random.nextInt(11) - 5;
        }
        double[] moves = Viterbi.moves(transition);
        int mentions = 0;
        int skipped = 0;
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(60);
            float[][] emissions = new float[n][BioLabels.COUNT];
            for (float[] row : emissions) {
                boolean closed = random.nextInt(3) == 0;
                for (int y = 0; y < row.length; y++) {
                    row[y] = closed && y != BioLabels.OUTSIDE ? Float.NEGATIVE_INFINITY
                            : random.nextInt(21) - 10 + (y == BioLabels.OUTSIDE ? 6 : 0);
                }
            }
            Viterbi.Lattice full = Viterbi.lattice(emissions, transition);
            float[] flat = new float[n * BioLabels.COUNT];
            for (int i = 0; i < n; i++) {
                System.arraycopy(emissions[i], 0, flat, i * BioLabels.COUNT, BioLabels.COUNT);
            }
            Viterbi.Lattice partial = Viterbi.lattice(flat, n, moves, new double[n * BioLabels.COUNT],
                    new int[n * BioLabels.COUNT]);
            int[] labels = full.best().labels();
            assertArrayEquals(labels, partial.best().labels());
            for (int i = 0; i < n; ) {
                if (!BioLabels.isBegin(labels[i])) {
                    skipped += partial.computed()[i] ? 0 : 1;
                    i++;
                    continue;
                }
                int last = i;
                while (last + 1 < n && labels[last + 1] == BioLabels.inside(BioLabels.tagOf(labels[i]))) {
                    last++;
                }
                assertEquals(full.margin(i, last), partial.margin(i, last), 1e-9, "round " + round + " at " + i);
                mentions++;
                i = last + 1;
            }
        }
        assertTrue(mentions > 500, mentions + " mentions");
        assertTrue(skipped > 1000, skipped + " positions skipped"); // or the test proves nothing
    }

    @Test
    void aLexiconMarksKnownNamesAcrossSpaces() {
        NameLexicon lexicon = new NameLexicon();
        lexicon.add("앙겔라 메르켈", EntityTag.PS);
        lexicon.add("서울", EntityTag.LC);
        String text = "🎉 앙겔라 메르켈 총리가 서울에 왔다.";
        SyllableSequence seq = SyllableSequence.of(text, 0, new NoriKoreanAnalyzer().morphemes(text, 0));
        int[] states = lexicon.states(seq, 0, seq.length());
        int tags = NameLexicon.TAGS.length; // PS, OG, LC
        assertEquals(2, seq.offsets()[1]); // the emoji is one position, the space none
        assertEquals('B', states[tags + 0]);
        assertEquals('I', states[4 * tags + 0]);
        assertEquals('E', states[6 * tags + 0]);
        assertEquals(0, states[7 * tags + 0]);
        assertEquals('B', states[10 * tags + 2]);
        assertEquals('E', states[11 * tags + 2]);
    }

    /** The names and their start filter survive the model file: the same states after writing and reading. */
    @Test
    void aLexiconReadBackMarksTheSameNames() throws java.io.IOException {
        NameLexicon lexicon = new NameLexicon();
        lexicon.add("앙겔라 메르켈", EntityTag.PS);
        lexicon.add("대한상공회의소", EntityTag.OG);
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            lexicon.write(out);
        }
        NameLexicon read = NameLexicon.read(new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray())));
        String text = "앙겔라 메르켈 총리가 대한상공회의소를 찾았다.";
        SyllableSequence seq = SyllableSequence.of(text, 0, new NoriKoreanAnalyzer().morphemes(text, 0));
        int[] states = read.states(seq, 0, seq.length());
        assertArrayEquals(lexicon.states(seq, 0, seq.length()), states);
        assertEquals('B', states[0]);
        assertEquals('B', states[9 * NameLexicon.TAGS.length + 1]);
    }
}
