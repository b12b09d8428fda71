package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.nlp.Morpheme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who is doing things at each point of a sentence, from the particles: a mention marked by a subject or topic
 * particle ({@code 이/가/은/는/께서}) becomes the subject until another subject replaces it; connective endings keep
 * it (가고, 하며, 찾아, 방문해). A subject inside a relative clause (CES가 열리는 센터, 기업이 참여하는 개관식) only
 * lasts until its adnominal ending. A title's subject is its holder (오세훈 서울시장이 → 오세훈); a subject with
 * {@code 와/과} before it has a partner (오세훈 서울시장과 최태원 회장이 → both).
 */
final class Subjects {

    /** The subject from a morpheme on: its mention (-1 when it is not a mention, 기업들이) and partners. */
    record Actor(int mention, List<Integer> partners, boolean relative) {
        boolean known() {
            return mention >= 0;
        }
    }

    private static final Actor NOBODY = new Actor(-1, List.of(), false);
    /** Closing quotes and brackets between a partner and the subject; compiled once, not per subject. */
    private static final Pattern CLOSERS = Pattern.compile("[’”'\"」』)\\]]");
    /** An adnominal ending this close after a subject particle closes a relative clause around that subject. */
    private static final int RELATIVE_REACH = 3;

    private final List<Actor> atMorpheme = new ArrayList<>();
    private final Actor last;

    Subjects(SentenceView v, Map<Integer, Integer> holders) {
        List<Morpheme> ms = v.morphemes();
        Deque<Actor> stack = new ArrayDeque<>();
        Deque<Integer> pushedAt = new ArrayDeque<>();
        pushHeadlineTopic(v, holders, stack, pushedAt);
        for (int k = 0; k < ms.size(); k++) {
            Morpheme mo = ms.get(k);
            atMorpheme.add(stack.isEmpty() ? NOBODY : stack.peek());
            if (isSubjectParticle(ms, k)) {
                int unit = v.unitBeforeParticle(mo.start());
                boolean relative = mo.pos().equals("JKS") || mo.surface().equals("께서");
                stack.push(unit < 0 ? new Actor(-1, List.of(), relative) : actor(v, holders, unit, relative));
                pushedAt.push(k);
            } else if (mo.pos().contains("ETM") && !stack.isEmpty() && stack.peek().relative()
                    && k - pushedAt.peek() <= RELATIVE_REACH && noObjectBetween(ms, pushedAt.peek(), k)) {
                stack.pop();
                pushedAt.pop();
            }
        }
        last = stack.isEmpty() ? NOBODY : stack.peekLast();
    }

    /** The subject in force at morpheme {@code k}. */
    Actor at(int k) {
        return k < atMorpheme.size() ? atMorpheme.get(k) : NOBODY;
    }

    /** Whether no subject at all (not even an unnamed one) is in force at morpheme {@code k}. */
    boolean noneBefore(int k) {
        return at(k) == NOBODY;
    }

    /** The main subject of the sentence (its first topic or subject), for a next sentence that leaves it out. */
    Actor main() {
        return last;
    }

    static boolean isSubjectParticle(List<Morpheme> ms, int k) {
        Morpheme mo = ms.get(k);
        boolean particle = mo.pos().equals("JKS") || mo.surface().equals("께서")
                || (mo.pos().equals("JX") && (mo.surface().equals("은") || mo.surface().equals("는")));
        return particle && k > 0 && !ms.get(k - 1).pos().startsWith("J");
    }

    private static boolean noObjectBetween(List<Morpheme> ms, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (ms.get(k).pos().startsWith("JKO") || ms.get(k).pos().startsWith("JKB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline names its subject first and marks it with a comma: 오세훈, CES 2024 참석 美 출장길; 윤석열 대통령,
     * 기시다 총리와 통화.
     */
    private static void pushHeadlineTopic(SentenceView v, Map<Integer, Integer> holders, Deque<Actor> stack,
                                          Deque<Integer> pushedAt) {
        if (v.units.isEmpty()) {
            return;
        }
        int first = v.units.get(0);
        int phraseEnd = first;
        int second = v.unitAt(1);
        if (second >= 0 && holders.getOrDefault(second, -1) == first) {
            phraseEnd = second; // 윤석열 대통령, 기시다 총리와 통화
        }
        String lead = v.text(v.sentence.start(), v.m(first).start());
        if (lead.chars().allMatch(c -> Character.isWhitespace(c) || "▲△■□●○◆◇-–·".indexOf(c) >= 0)
                && v.after(phraseEnd, 1).equals(",")) {
            stack.push(actor(v, holders, first, false));
            pushedAt.push(-1);
        }
    }

    /** The person or body a subject mention stands for, with a partner joined by 와/과. */
    static Actor actor(SentenceView v, Map<Integer, Integer> holders, int unit, boolean relative) {
        int who = resolve(v, holders, unit);
        List<Integer> partners = new ArrayList<>();
        int before = partnerBefore(v, v.unitPosition(unitStartingOrBefore(v, phraseStart(v, holders, unit))));
        if (before >= 0 && who >= 0) {
            int partner = resolve(v, holders, before);
            if (partner >= 0 && partner != who) {
                partners.add(partner);
            }
        }
        return new Actor(who, partners, relative);
    }

    /** The unit before the phrase starting at {@code start} when only 와/과 (and spaces) separate them. */
    private static int partnerBefore(SentenceView v, int position) {
        int prevUnit = v.unitAt(position - 1);
        int phrase = v.unitAt(position);
        if (prevUnit < 0 || phrase < 0) {
            return -1;
        }
        String gap = CLOSERS.matcher(v.gap(prevUnit, phrase)).replaceAll("").strip();
        return gap.equals("와") || gap.equals("과") ? prevUnit : -1;
    }

    private static int unitStartingOrBefore(SentenceView v, int start) {
        int found = -1;
        for (int u : v.units) {
            if (v.m(u).start() <= start) {
                found = u;
            }
        }
        return found;
    }

    /** Person or organization behind a mention: a title stands for its holder; other types for nobody. */
    static int resolve(SentenceView v, Map<Integer, Integer> holders, int unit) {
        MentionType t = v.type(unit);
        if (t == MentionType.TITLE) {
            Integer holder = holders.get(unit);
            return holder == null ? -1 : holder;
        }
        return t == MentionType.PERSON || t == MentionType.ORGANIZATION ? unit : -1;
    }

    /** Where the phrase naming a subject begins: the holder of a title, or the body before it. */
    static int phraseStart(SentenceView v, Map<Integer, Integer> holders, int unit) {
        int start = v.m(unit).start();
        Integer holder = v.type(unit) == MentionType.TITLE ? holders.get(unit) : null;
        if (holder != null) {
            start = Math.min(start, v.m(holder).start());
        }
        return start;
    }
}
