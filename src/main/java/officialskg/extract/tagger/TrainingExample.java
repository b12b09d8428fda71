package officialskg.extract.tagger;

import officialskg.extract.eval.KlueEntity;
import officialskg.extract.eval.KlueSentence;
import officialskg.nlp.KoreanAnalyzer;

import java.util.Arrays;

/**
 * One training sentence: features per position and, per position, the set of labels the data allows (a bit mask).
 * A fully labelled sentence allows exactly one label everywhere; a partially labelled one (KLUE-RE) fixes only its
 * labelled spans and forbids continuing them past their end, and leaves every other position open.
 *
 * @param weight how strongly a mistake on this sentence moves the weights
 */
record TrainingExample(long[][] features, int[] allowed, float weight) {

    private static final int INSIDE_LABELS = insideLabels();

    /** @param lexicon the names the features may consult (built without this sentence's own names) */
    static TrainingExample of(KlueSentence sentence, boolean partial, float weight, KoreanAnalyzer analyzer,
                              FeatureExtractor extractor, NameLexicon lexicon) {
        String text = sentence.text();
        SyllableSequence seq = SyllableSequence.of(text, 0, analyzer.morphemes(text, 0));
        int n = seq.length();
        int[] allowed = new int[n];
        Arrays.fill(allowed, partial ? BioLabels.ALL : 1 << BioLabels.OUTSIDE);
        boolean[] labelled = new boolean[n];
        for (KlueEntity e : sentence.entities()) {
            EntityTag tag = EntityTag.fromKlueNer(e.type());
            if (tag == null) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int p = 0; p < n; p++) {
                int offset = seq.offsets()[p];
                if (offset >= e.start() && offset < e.end()) {
                    if (labelled[p]) {
                        first = -2; // overlaps a span labelled earlier: keep the earlier one
                        break;
                    }
                    first = first == -1 ? p : first;
                    last = p;
                }
            }
            if (first < 0) {
                continue;
            }
            for (int p = first; p <= last; p++) {
                allowed[p] = 1 << (p == first ? BioLabels.begin(tag) : BioLabels.inside(tag));
                labelled[p] = true;
            }
            if (partial && last + 1 < n && !labelled[last + 1]) {
                allowed[last + 1] &= ~INSIDE_LABELS;
            }
        }
        return new TrainingExample(extractor.extract(seq, 0, n, lexicon), allowed, weight);
    }

    /** This example with every open position fixed to what {@code teacher} decodes within the allowed labels. */
    TrainingExample completedBy(TaggerModel teacher) {
        int[] labels = Viterbi.decode(teacher.emissions(features), teacher.transition(), allowed).labels();
        int[] fixed = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            fixed[i] = 1 << labels[i];
        }
        return new TrainingExample(features, fixed, weight);
    }

    private static int insideLabels() {
        int mask = 0;
        for (EntityTag t : EntityTag.values()) {
            mask |= 1 << BioLabels.inside(t);
        }
        return mask;
    }
}
