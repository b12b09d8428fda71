package officialskg.nlp.nori;

import officialskg.nlp.CodePointIndex;
import officialskg.nlp.KoreanAnalyzer;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;
import officialskg.nlp.Sentence;
import officialskg.nlp.SentenceSplitter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link KoreanAnalyzer} on Lucene Nori: sentences from {@link SentenceSplitter}, morphemes from
 * {@link KoreanTokenizer} with compounds kept whole ({@code DecompoundMode.NONE}) and punctuation kept, so every
 * character of a sentence that is not a space belongs to some morpheme's span.
 *
 * <p>Nori reports UTF-16 offsets; they are turned into code points here, once, so nothing downstream has to care.
 */
public final class NoriKoreanAnalyzer implements KoreanAnalyzer {

    /** Nori's tags as ours, by ordinal (a Nori tag this does not know fails here, when the class loads). */
    private static final PosTag[] TAGS = tags();

    private final UserDictionary userDictionary;
    private final SentenceSplitter splitter = new SentenceSplitter();
    /** A tokenizer is stateful and costly to build; one per thread is reused. */
    private final ThreadLocal<KoreanTokenizer> tokenizers;

    /** @param userDictionary extra words (may be {@code null}); see {@code UserDictionary.open(Reader)} */
    public NoriKoreanAnalyzer(UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
        this.tokenizers = ThreadLocal.withInitial(() -> new KoreanTokenizer(
                AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, this.userDictionary,
                KoreanTokenizer.DecompoundMode.NONE, false, false));
    }

    public NoriKoreanAnalyzer() {
        this(null);
    }

    @Override
    public List<Sentence> analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        // Char offsets advance from the previous sentence: counting from 0 each time would be quadratic.
        int charAt = 0;
        int codePointAt = 0;
        for (int[] span : splitter.split(text)) {
            int from = text.offsetByCodePoints(charAt, span[0] - codePointAt);
            int to = text.offsetByCodePoints(from, span[1] - span[0]);
            charAt = to;
            codePointAt = span[1];
            String sentenceText = text.substring(from, to);
            sentences.add(new Sentence(span[0], span[1], sentenceText, morphemes(sentenceText, span[0])));
        }
        return sentences;
    }

    /** Morphemes of one sentence, offsets shifted by {@code base} code points. */
    @Override
    public List<Morpheme> morphemes(String sentence, int base) {
        KoreanTokenizer tokenizer = tokenizers.get();
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.getAttribute(PartOfSpeechAttribute.class);
        CodePointIndex index = new CodePointIndex(sentence);
        List<Morpheme> out = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(sentence));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int start = index.at(offset.startOffset());
                int end = index.at(offset.endOffset());
                if (end <= start || term.toString().isBlank()) {
                    continue; // spaces come back as SP tokens when punctuation is kept
                }
                out.add(morpheme(base + start, base + end, term.toString(), pos));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException ignored) {
                // closing a StringReader cannot fail
            }
        }
        return out;
    }

    /**
     * The morpheme with its first and last parts' tags (they differ for an inflected form, VV+EC); UNKNOWN when Nori
     * gives no tag.
     */
    private static Morpheme morpheme(int start, int end, String surface, PartOfSpeechAttribute pos) {
        POS.Tag left = pos.getLeftPOS();
        POS.Tag right = pos.getRightPOS();
        if (left == null) {
            return new Morpheme(start, end, surface, PosTag.UNKNOWN);
        }
        return new Morpheme(start, end, surface, TAGS[left.ordinal()], TAGS[(right == null ? left : right).ordinal()]);
    }

    private static PosTag[] tags() {
        PosTag[] out = new PosTag[POS.Tag.values().length];
        for (POS.Tag t : POS.Tag.values()) {
            out[t.ordinal()] = PosTag.parse(t.name());
        }
        return out;
    }
}
