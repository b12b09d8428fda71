package officialskg.extract.tagger;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.extract.lexicon.Surnames;
import officialskg.nlp.KoreanAnalyzer;
import officialskg.nlp.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statistical named-entity tagger: an averaged-perceptron BIO tagger over the syllables of each sentence, with
 * Nori morpheme features (see {@link FeatureExtractor}), trained on KLUE-NER and KLUE-RE by {@link TaggerTraining}.
 * Emits people, organizations and places.
 *
 * <p>Confidence: the margin of a mention is the score of the best labelling minus the score of the best labelling
 * that does not contain that mention (it labels some position of the span otherwise, or runs the entity on past
 * its end). Both come from one max-product forward/backward pass per window (max-marginals, {@link Viterbi#lattice}),
 * not from decoding again per mention. The margin is mapped to 0..0.75 by a logistic curve fitted to held-out
 * precision ({@link #confidence}): 0.75 · the estimated probability that the mention is exactly right.
 */
public final class SequenceTagger implements MentionExtractor {

    /** The committed model, beside this class. */
    public static final String DEFAULT_MODEL = "tagger-model.bin.gz";

    /** Longer sentences are tagged in windows of about this many syllables, so work per sentence stays bounded. */
    static final int WINDOW = 300;

    /**
     * Confidence = CEILING · σ((margin − MIDPOINT) / SCALE), σ the logistic function: a logistic regression of
     * "the mention is exactly right" on the margin over the held-out split of the committed model (400 tagger
     * mentions; margins below 20 were right 35 % of the time, 60–80 82 %, 100–150 93 %; {@code kg train tagger}
     * prints the table and the fit, {@link MarginCalibration}, MODEL.md). CEILING keeps a statistical guess below the rule extractors' own confidences (0.8–0.95), which
     * the {@link officialskg.extract.engine.MentionMerger} compares, as before.
     */
    static final double MIDPOINT = 28.0;
    static final double SCALE = 32.0;
    private static final double CEILING = 0.75;

    /**
     * Mentions whose margin is below this are not emitted: on the held-out split they were exactly right only
     * 35 % of the time (MODEL.md), so an analyst would mostly see noise (a common noun such as 파트너십 as an
     * organization). With the committed model, full-extraction micro F1 on the held-out split by minimum margin:
     * 0 → 0.708 (P 0.713), 12 → 0.713, 20 → 0.716 (P 0.763, R 0.675), 30 → 0.701.
     */
    static final double MIN_MARGIN = 20.0;

    private final TaggerModel model;
    /** The model's transition scores as {@link Viterbi#moves}: the same for every window. */
    private final double[] moves;
    private final FeatureExtractor features = new FeatureExtractor();
    /** The tagger is shared by the ingest's analysis threads; each has its own buffers. */
    private final ThreadLocal<WindowBuffers> buffers = ThreadLocal.withInitial(WindowBuffers::new);

    SequenceTagger(TaggerModel model) {
        this.model = model;
        this.moves = Viterbi.moves(model.transition());
    }

    /** Loads the model committed with the code. */
    public static SequenceTagger loadDefault() {
        try (InputStream in = SequenceTagger.class.getResourceAsStream(DEFAULT_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("tagger model resource officialskg/extract/tagger/" + DEFAULT_MODEL
                        + " is missing from the classpath; retrain it with TaggerTraining (see MODEL.md)");
            }
            return new SequenceTagger(TaggerModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tagger model " + DEFAULT_MODEL + ": " + e.getMessage(), e);
        }
    }

    /** Loads a model written by {@link TaggerTraining}. */
    public static SequenceTagger load(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return new SequenceTagger(TaggerModel.read(in));
        } catch (IOException e) {
            throw new IOException(model + ": cannot read the tagger model: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "tagger";
    }

    @Override
    public List<Mention> extract(Document document) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            int[] codePoints = Document.codePointsOf(sentence.text()); // slicing the document per mention is O(n)
            SyllableSequence seq = SyllableSequence.of(codePoints, sentence.start(), sentence.morphemes());
            boolean[] closed = ClosedPositions.of(seq);
            for (int from = 0; from < seq.length(); ) {
                int to = windowEnd(seq, from);
                tag(codePoints, sentence.start(), seq, closed, from, to, out);
                from = to;
            }
        }
        return out;
    }

    /** Plain text in, mentions out, analyzing with {@code analyzer}: the shape the evaluation takes. */
    public Function<String, List<Mention>> onText(KoreanAnalyzer analyzer) {
        return text -> extract(new Document(text, analyzer.analyze(text), Optional.empty(), false));
    }

    /** End of the window starting at {@code from}: at a space before the limit where there is one. */
    private static int windowEnd(SyllableSequence seq, int from) {
        int limit = from + WINDOW;
        if (limit >= seq.length()) {
            return seq.length();
        }
        for (int p = limit; p > from + WINDOW / 2; p--) {
            if (seq.spaceBefore()[p]) {
                return p;
            }
        }
        return limit;
    }

    private void tag(int[] sentence, int base, SyllableSequence seq, boolean[] closed, int from, int to,
                     List<Mention> out) {
        for (Scored m : scored(seq, closed, from, to)) {
            if (m.margin() < MIN_MARGIN) {
                continue;
            }
            int start = seq.offsets()[from + m.first()];
            int end = seq.offsets()[from + m.last()] + 1;
            String text = new String(sentence, start - base, end - start);
            if (m.type() != MentionType.PERSON && isListOfNames(text)) {
                // 경대수ㆍ곽대훈 in a roll of names: the model joins two names at a middle dot into one body
                int at = start;
                for (String part : LIST_DOT.split(text)) {
                    out.add(new Mention(at, at + part.length(), part, MentionType.PERSON, name(),
                            confidence(m.margin()), null, null));
                    at += part.length() + 1;
                }
                continue;
            }
            out.add(new Mention(start, end, text, m.type(), name(), confidence(m.margin()), null, null));
        }
    }

    private static final Pattern LIST_DOT = Pattern.compile("[·ㆍ]");
    /** Three syllables, a common surname first, no ending of a place or body (김포시ㆍ고양시 is no list of names). */
    private static final Pattern NAME_PART = Pattern.compile("[가-힣][가-힣][가-힣&&[^시군구도읍면동당부청원회처국사]]");

    /** Names joined by middle dots only: 경대수ㆍ곽대훈. */
    static boolean isListOfNames(String text) {
        String[] parts = LIST_DOT.split(text, -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!NAME_PART.matcher(part).matches() || !Surnames.isTaggerSurname(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A mention of the best labelling at window positions {@code [first, last]}, with its margin: the best
     * labelling's score minus the best score of any labelling without this very mention (see
     * {@link Viterbi.Lattice#margin}).
     */
    record Scored(int first, int last, MentionType type, double margin) {
    }

    /** The mentions of the best labelling of {@code seq[from, to)}: one forward and one backward pass. */
    List<Scored> scored(SyllableSequence seq, int from, int to) {
        return scored(seq, ClosedPositions.of(seq), from, to);
    }

    /** The same, {@code closed} being {@link ClosedPositions#of} the whole of {@code seq}. */
    private List<Scored> scored(SyllableSequence seq, boolean[] closed, int from, int to) {
        int n = to - from;
        WindowBuffers window = buffers.get();
        float[] emissions;
        if (TaggerModel.hasCharacterRows(seq, from, to)) {
            long[] hashed = features.hashed(seq, from, to, model.lexicon(), closed, window.features(n));
            emissions = model.emissions(hashed, seq, from, n, closed, window.emissions(n));
        } else {
            long[] all = features.flat(seq, from, to, model.lexicon(), closed, window.features(n));
            emissions = model.emissions(all, n, closed, from, window.emissions(n));
        }
        Viterbi.Lattice lattice = Viterbi.lattice(emissions, n, moves, window.forward(n), window.back(n));
        int[] labels = lattice.best().labels();
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < labels.length; ) {
            if (!BioLabels.isBegin(labels[i])) {
                i++;
                continue;
            }
            EntityTag tag = BioLabels.tagOf(labels[i]);
            int last = i;
            while (last + 1 < labels.length && labels[last + 1] == BioLabels.inside(tag)) {
                last++;
            }
            out.add(new Scored(i, last, tag.mentionType(), lattice.margin(i, last)));
            i = last + 1;
        }
        return out;
    }

    /** The mention confidence for a margin (see {@link #CEILING}); 0..0.75, rising with the margin. */
    static double confidence(double margin) {
        return CEILING / (1 + Math.exp(-(margin - MIDPOINT) / SCALE));
    }
}
