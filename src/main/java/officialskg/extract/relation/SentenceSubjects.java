package officialskg.extract.relation;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;
import officialskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The relation rules' reading of who a sentence is about, for other extractors (statements): which person or body a
 * subject or topic particle belongs to (a title stands for its holder: 오세훈 서울시장은 → 오세훈), and the sentence's
 * main named subject, carried to a next sentence that leaves its subject out. Reads with the same
 * {@link SentenceView}, {@link PositionRule} holders and {@link Subjects} as {@link RuleRelationExtractor}, so both
 * agree on who a subject is. Build one per sentence; not thread-safe, and cheap to throw away.
 */
public final class SentenceSubjects {

    private final SentenceView view;
    private final Map<Integer, Integer> holders;
    private Subjects subjects;

    public SentenceSubjects(Document document, Sentence sentence, List<Mention> mentions) {
        this.view = new SentenceView(document, sentence, mentions);
        this.holders = PositionRule.apply(view, new RelationSink()); // only the holders are wanted here
    }

    /**
     * The person or organization mention a particle at {@code particleStart} marks (past status words, 씨, a
     * bracketed aside), a title read as its holder; -1 when the particle follows no mention or one of another type.
     */
    public int ownerOfParticle(int particleStart) {
        int unit = view.unitBeforeParticle(particleStart);
        return unit < 0 ? -1 : Subjects.resolve(view, holders, unit);
    }

    /**
     * A subject or topic particle of the sentence ({@code 이/가/께서/은/는} after a word, as {@link Subjects} reads
     * them).
     *
     * @param start   code-point offset of the particle
     * @param topic   은/는 (a topic), else 이/가/께서
     * @param owner   the person or organization mention it marks (a title read as its holder), or -1
     * @param pronoun whether it marks the pronoun 그/그녀 (he, she), which points back at a person named before
     */
    public record Particle(int start, boolean topic, int owner, boolean pronoun) {
    }

    /** The sentence's subject and topic particles in text order. */
    public List<Particle> particles() {
        List<Morpheme> ms = view.morphemes();
        List<Particle> out = new ArrayList<>();
        for (int k = 0; k < ms.size(); k++) {
            if (!Subjects.isSubjectParticle(ms, k)) {
                continue;
            }
            Morpheme mo = ms.get(k);
            Morpheme before = ms.get(k - 1);
            boolean topic = mo.is(PosTag.JX);
            boolean pronoun = before.is(PosTag.NP) && before.end() == mo.start()
                    && (before.surface().equals("그") || before.surface().equals("그녀"));
            out.add(new Particle(mo.start(), topic, ownerOfParticle(mo.start()), pronoun));
        }
        return out;
    }

    /** The person or organization named by the mention starting right at {@code offset} (past opening quotes), or -1. */
    public int ownerStartingAt(int offset) {
        int unit = view.unitStartingAfter(offset);
        return unit < 0 ? -1 : Subjects.resolve(view, holders, unit);
    }

    /** The main named subject of the sentence (its first topic or subject, a person or body), or -1. */
    public int mainSubject() {
        if (subjects == null) {
            subjects = new Subjects(view, holders);
        }
        Subjects.Actor main = subjects.main();
        return main.known() ? main.mention() : -1;
    }

    /** Whether a mention is a person (not a body). */
    public boolean isPerson(int mention) {
        return view.type(mention) == MentionType.PERSON;
    }

    /** Whether the sentence goes on from {@code previous} so that a left-out subject is the previous one's. */
    public static boolean carriesOver(Document document, Sentence previous, Sentence current) {
        return RuleRelationExtractor.carriesOver(document, previous, current);
    }
}
