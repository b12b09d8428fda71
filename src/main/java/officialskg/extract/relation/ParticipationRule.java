package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who takes part in an event and how, from a cue word ({@link ParticipationCues}): {@code attends} (참석, 참가, 출석,
 * 배석), {@code organizes} (주최, 주관, 개최, 주재, 열다), {@code candidateIn} (출마), {@code speaksAt} (축사,
 * 기조연설, 발표), {@code boycotts} (불참, 보이콧). Unlike {@link ActionRule}, the event need not stand right before the
 * cue: it is the nearest event of the clause before the cue that carries a particle the cue takes, past a head noun
 * or two ({@code ‘전통시장 가는 날’ 행사를 서울 광장시장에서 개최한다}), or the event right after the cue's adnominal
 * form ({@code 베를루스코니 총리가 참석하는 이번 정상회의}); an address with no event of its own is given at the event
 * attended earlier in the sentence ({@code 포럼에는 오세훈 시장도 참석해 축사를 했다}). So an event written first is
 * read too ({@code 발인식에는 오달수, 염정아 등 동료 배우들이 참석했다}).
 *
 * <p>The doers are the subject in force at the cue and everyone listed with it ({@link Subjects#actor}), the person
 * the cue's adnominal form describes ({@code 총회에 참석한 김 장관은}), or, in a sentence without a subject, the one
 * carried over from the previous sentence. A cue that is denied ({@code 참석하지 않았다}) states nothing.
 */
final class ParticipationRule {

    /** How many plain nouns may stand between an event and its particle (‘…’ 행사를, 대회 개막식에). */
    private static final int HEAD_NOUNS = 2;
    /** How far after an adnominal cue its event may start (참석하는 이번 정상회의). */
    private static final int AFTER_REACH = 4;

    static final double DIRECT = 0.8;
    static final double CARRIED_OVER = 0.6;

    private ParticipationRule() {
    }

    static void apply(SentenceView v, Map<Integer, Integer> holders, Subjects subjects, Subjects.Actor carried,
                      ParticipationCues cues, RelationSink sink) {
        List<Morpheme> ms = v.morphemes();
        int attended = -1; // the event of the last cue of taking part in this sentence
        for (int k = 0; k < ms.size(); k++) {
            ParticipationCues.Cue cue = cueAt(cues, ms, k);
            if (cue == null || denied(ms, k) || passive(ms, k)) {
                continue;
            }
            int event = eventBefore(v, cues, ms, k, cue);
            if (event < 0 && cue.type() == RelationType.SPEAKS_AT) {
                int adjacent = v.unitEndingBefore(ms.get(k).start());
                event = adjacent >= 0 && v.type(adjacent) == MentionType.EVENT ? adjacent : -1; // ‘포럼’ 기조연설에서
            }
            boolean before = event >= 0;
            int ending = before ? -1 : ActionRule.adnominalEnding(ms, k);
            if (ending >= 0) {
                event = eventAfter(v, ms, ending);
                if (event < 0 && whileClause(ms, ending)) {
                    event = firstEvent(v); // ‘포럼’이 오세훈 시장이 참석한 가운데 열렸다: the sentence's event
                }
            }
            if (event < 0 && cue.type() == RelationType.SPEAKS_AT && attended >= 0) {
                event = attended; // 포럼에는 오세훈 시장도 참석해 축사를 했다: the address is given where they attend
                before = true;
            }
            if (event >= 0 && cue.type() != RelationType.SPEAKS_AT) {
                attended = event;
            }
            if (event < 0) {
                continue;
            }
            List<Integer> doers = new ArrayList<>();
            double confidence = DIRECT;
            int head = before ? ActionRule.relativeHeadOrBody(v, holders, ms, k) : -1;
            if (cue.byObject()) {
                int sent = personObjectBefore(v, holders, ms, k);
                if (sent >= 0) {
                    doers.add(sent); // 행사에 정운찬 전 국무총리를 대통령 특사로 파견할
                }
            } else if (head >= 0) {
                doers.add(head); // 총회에 참석한 김 장관: the clause describes the person after it
            } else {
                boolean carry = subjects.noneBefore(k) && carried != null;
                Subjects.Actor actor = carry ? carried : subjects.at(k);
                if (!actor.known()) {
                    continue;
                }
                doers.addAll(actor.doers());
                confidence = carry ? CARRIED_OVER : DIRECT;
            }
            if (cue.declared() && !declaredAfter(ms, k)) {
                // 트럼프는 개관식에 불참하였으나: a person's absence; a party or body that stays away boycotts
                doers.removeIf(d -> v.type(d) != MentionType.ORGANIZATION);
            }
            int companion = companionBefore(v, holders, ms, k);
            if (companion >= 0 && !doers.isEmpty() && !doers.contains(companion)) {
                doers.add(companion); // 개막식에 윤 대통령과 함께 참석했다: who came along took part too
            }
            for (int d : doers) {
                if (v.type(d) == MentionType.PERSON || v.type(d) == MentionType.ORGANIZATION) {
                    sink.add(cue.type(), Map.of(cue.type().participantRole(), d, "event", event), null, confidence, v);
                }
            }
        }
    }

    /**
     * The person the cue at {@code k} takes as its object (…를), within its clause and past a role phrase
     * ({@code 정운찬 전 국무총리를 대통령 특사로 파견}), or -1.
     */
    private static int personObjectBefore(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k) {
        for (int j = k - 1; j > 0; j--) {
            Morpheme m = ms.get(j);
            if (m.lastTag() == PosTag.EF || m.is(PosTag.SF) || m.has(PosTag.ETM)) {
                return -1;
            }
            if (m.is(PosTag.JKO)) {
                int unit = v.unitBeforeParticle(m.start());
                int who = unit < 0 ? -1 : Subjects.resolve(v, holders, unit);
                return who >= 0 && v.type(who) == MentionType.PERSON ? who : -1;
            }
        }
        return -1;
    }

    /** The person or body written with 과/와 함께 right before the cue ({@code 윤 대통령과 함께 참석했다}), or -1. */
    private static int companionBefore(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k) {
        if (k < 2 || !ms.get(k - 1).surface().equals("함께") || !ms.get(k - 2).tag().isParticle()
                || !(ms.get(k - 2).surface().equals("과") || ms.get(k - 2).surface().equals("와"))) {
            return -1;
        }
        int unit = v.unitBeforeParticle(ms.get(k - 2).start());
        return unit < 0 ? -1 : Subjects.resolve(v, holders, unit);
    }

    /**
     * The cue at morpheme {@code k}, or null. An adverb cue counts only as the verb it makes with 하다 (함께했다:
     * joined); 홍 시장과 함께 (together with) leaves the sentence's own cue to say what they did.
     */
    private static ParticipationCues.Cue cueAt(ParticipationCues cues, List<Morpheme> ms, int k) {
        ParticipationCues.Cue cue = cues.of(ms.get(k));
        if (cue == null || !ms.get(k).is(PosTag.MAG)) {
            return cue;
        }
        boolean verb = k + 1 < ms.size() && ms.get(k + 1).start() == ms.get(k).end()
                && ms.get(k + 1).surface().matches("^[하한할했해].*");
        return verb ? cue : null;
    }

    /** Words that make an absence declared (불참을 선언, 불참 방침을 밝혔다, 불참하기로 결정). */
    private static final List<String> DECLARING = List.of("선언", "통보", "결정", "방침", "결의", "의사", "밝히", "밝혔");
    /** How far after the cue its declaration may stand. */
    private static final int DECLARATION_REACH = 6;

    private static boolean declaredAfter(List<Morpheme> ms, int k) {
        for (int j = k + 1; j < ms.size() && j <= k + DECLARATION_REACH; j++) {
            String s = ms.get(j).surface();
            if (DECLARING.stream().anyMatch(s::startsWith)) {
                return true;
            }
            if (ms.get(j).lastTag() == PosTag.EF) {
                return false;
            }
        }
        return false;
    }

    /** 개최될, 개최됐다: the event is held, and its subject is not who holds it. */
    private static boolean passive(List<Morpheme> ms, int k) {
        return k + 1 < ms.size() && ms.get(k + 1).surface().matches("^[되된될됐돼됩].*");
    }

    /** 참석하지 않았다, 참석 못 했다: the cue is denied. */
    private static boolean denied(List<Morpheme> ms, int k) {
        for (int j = k + 1; j < ms.size() && j <= k + 4; j++) {
            String s = ms.get(j).surface();
            if (s.startsWith("않") || s.equals("못") || s.startsWith("안") && ms.get(j).tag() == PosTag.MAG) {
                return true;
            }
            if (ms.get(j).lastTag() == PosTag.EF || ms.get(j).has(PosTag.ETM)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The nearest event before the cue, in its sentence, that takes one of the cue's particles, past up to
     * {@link #HEAD_NOUNS} plain nouns; the search stops at the first phrase with such a particle, at the end of a
     * previous sentence-like clause, or at another cue, whose event it would be.
     */
    private static int eventBefore(SentenceView v, ParticipationCues cues, List<Morpheme> ms, int k,
                                   ParticipationCues.Cue cue) {
        for (int j = k - 1; j >= 0; j--) {
            Morpheme m = ms.get(j);
            if (m.lastTag() == PosTag.EF || m.is(PosTag.SF) || cueAt(cues, ms, j) != null) {
                return -1;
            }
            if (!m.tag().isParticle()) {
                continue;
            }
            String particle = particleRun(ms, j);
            if (cue.particles().contains(particle)) {
                // the first phrase with such a particle is what the cue is about, an event or not (간담회에 참석)
                return eventEndingBefore(v, ms, firstOfRun(ms, j));
            }
            j = firstOfRun(ms, j);
        }
        return -1;
    }

    /** The particles written together ending at {@code j} (에 + 는 → 에는). */
    private static String particleRun(List<Morpheme> ms, int j) {
        int first = firstOfRun(ms, j);
        StringBuilder run = new StringBuilder();
        for (int i = first; i <= j; i++) {
            run.append(ms.get(i).surface());
        }
        return run.toString();
    }

    private static int firstOfRun(List<Morpheme> ms, int j) {
        int first = j;
        while (first > 0 && ms.get(first - 1).tag().isParticle() && ms.get(first - 1).end() == ms.get(first).start()) {
            first--;
        }
        return first;
    }

    /** An event that ends right before the particle at {@code p}, or before one or two plain nouns there. */
    private static int eventEndingBefore(SentenceView v, List<Morpheme> ms, int p) {
        int j = p;
        for (int nouns = 0; nouns <= HEAD_NOUNS && j > 0; nouns++) {
            int unit = v.unitBeforeParticle(ms.get(j).start());
            if (unit >= 0) {
                return v.type(unit) == MentionType.EVENT ? unit : -1;
            }
            Morpheme prev = ms.get(j - 1);
            if (!prev.tag().isNoun() && !SentenceView.isCloser(prev)) {
                return -1;
            }
            j--;
            if (SentenceView.isCloser(prev)) {
                nouns--;
            }
        }
        return -1;
    }

    /** 참석한 가운데: the cue's clause only sets the scene of the sentence's own event. */
    private static boolean whileClause(List<Morpheme> ms, int ending) {
        return ending + 1 < ms.size() && ms.get(ending + 1).surface().equals("가운데");
    }

    /** The first event mention of the sentence, or -1. */
    private static int firstEvent(SentenceView v) {
        for (int unit : v.units) {
            if (v.type(unit) == MentionType.EVENT) {
                return unit;
            }
        }
        return -1;
    }

    /** The event within a few words after an adnominal ending (참석하는 이번 정상회의), or -1. */
    private static int eventAfter(SentenceView v, List<Morpheme> ms, int ending) {
        for (int j = ending + 1; j < ms.size() && j <= ending + AFTER_REACH; j++) {
            int unit = v.unitStartingAfter(ms.get(j - 1).end());
            if (unit >= 0) {
                return v.type(unit) == MentionType.EVENT ? unit : -1;
            }
            if (!ms.get(j).tag().isNoun() && !ms.get(j).is(PosTag.MM)) {
                return -1;
            }
        }
        return -1;
    }
}
