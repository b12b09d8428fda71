package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

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

        /** The subject and everyone listed with it; none when the subject is unknown. */
        List<Integer> doers() {
            if (!known()) {
                return List.of();
            }
            List<Integer> all = new java.util.ArrayList<>(partners.size() + 1);
            all.add(mention);
            all.addAll(partners);
            return all;
        }
    }

    private static final Actor NOBODY = new Actor(-1, List.of(), false);
    /** Closing quotes and brackets between a partner and the subject; compiled once, not per subject. */
    private static final Pattern CLOSERS = Pattern.compile("[’”'\"」』)\\]]");
    /** An adnominal ending this close after a subject particle closes a relative clause around that subject. */
    private static final int RELATIVE_REACH = 3;
    /** How many partners a listed subject may have: a list longer than this is a roll of names, not a subject. */
    private static final int MAX_PARTNERS = 12;
    /** Between two titles of one holder: 대통령 권한대행 국무총리, 부총리 겸 기획재정부 장관. */
    private static final Pattern STACKED = Pattern.compile("\\s*(권한대행|직무대행|겸)?\\s*");
    /**
     * Between a list and its particle: 등 and up to three plain nouns (등이, 등 동료 배우들이, 등 여야 지도부가), or a head
     * count (등 800여 명이).
     */
    private static final Pattern GROUP_NOUN = Pattern.compile("[’”'\"」』)\\]]?\\s*등(의)?(\\s+[가-힣]{1,6}){0,3}"
            + "(\\s+[\\d,]+[여만천백]*\\s*명)?");

    private final List<Actor> atMorpheme = new ArrayList<>();
    private final Actor last;

    Subjects(SentenceView v, Map<Integer, Integer> holders) {
        this(v, holders, Antecedents.NONE);
    }

    /**
     * Who a pronoun subject points back at, from the sentence before in the same paragraph: {@code 그는}, {@code 그녀가}
     * at its named subject when that is a person; {@code 이들은}, {@code 그들이} at its subject when it is a list, or
     * else at the persons it names when it names two to {@link #MAX_PLURAL_ANTECEDENTS} ({@code … 김제덕, 안산이었다.
     * 이들은 … 결승전에 참가했다}).
     *
     * @param subject the named subject of the sentence before, or null
     * @param persons the person mentions of the sentence before, in text order
     */
    record Antecedents(Actor subject, List<Integer> persons) {
        static final Antecedents NONE = new Antecedents(null, List.of());
    }

    /** A plural pronoun pointing at more persons than this points at a crowd the sentence only describes. */
    private static final int MAX_PLURAL_ANTECEDENTS = 6;

    Subjects(SentenceView v, Map<Integer, Integer> holders, Antecedents back) {
        List<Morpheme> ms = v.morphemes();
        Deque<Actor> stack = new ArrayDeque<>();
        Deque<Integer> pushedAt = new ArrayDeque<>();
        pushHeadlineTopic(v, holders, stack, pushedAt);
        for (int k = 0; k < ms.size(); k++) {
            Morpheme mo = ms.get(k);
            atMorpheme.add(stack.isEmpty() ? NOBODY : stack.peek());
            if (isSubjectParticle(ms, k) && !insideAMention(v, mo)) {
                int unit = v.unitBeforeParticle(mo.start());
                boolean relative = mo.is(PosTag.JKS) || mo.surface().equals("께서");
                if (unit < 0) {
                    unit = listBeforeGroupNoun(v, mo.start());
                }
                Actor pointed = unit < 0 ? pointedAt(v, ms, k, back, relative) : null;
                stack.push(pointed != null ? pointed
                        : unit < 0 ? new Actor(-1, List.of(), relative) : actor(v, holders, unit, relative));
                pushedAt.push(k);
            } else if (isAlso(v, holders, ms, k)) {
                // 이날 포럼에는 오세훈 서울시장도 참석해: a person marked with 도 does the next verb too
                stack.push(actor(v, holders, v.unitBeforeParticle(mo.start()), false));
                pushedAt.push(k);
            } else if (mo.has(PosTag.ETM) && !stack.isEmpty() && stack.peek().relative()
                    && k - pushedAt.peek() <= RELATIVE_REACH && noObjectBetween(ms, pushedAt.peek(), k)
                    && !insideADate(v, mo)) {
                stack.pop();
                pushedAt.pop();
            }
        }
        last = stack.isEmpty() ? NOBODY : stack.peekLast();
    }

    /** The antecedent of a pronoun right before the subject particle at {@code k}, or null. */
    private static Actor pointedAt(SentenceView v, List<Morpheme> ms, int k, Antecedents back, boolean relative) {
        Morpheme before = ms.get(k - 1);
        boolean glued = before.end() == ms.get(k).start();
        if (glued && before.is(PosTag.NP) && (before.surface().equals("그") || before.surface().equals("그녀"))) {
            Actor s = back.subject();
            return s != null && s.known() && v.type(s.mention()) == MentionType.PERSON
                    ? new Actor(s.mention(), List.of(), relative) : null;
        }
        boolean plural = glued && k >= 2 && before.is(PosTag.XSN) && before.surface().equals("들")
                && ms.get(k - 2).is(PosTag.NP) && ms.get(k - 2).end() == before.start()
                && (ms.get(k - 2).surface().equals("이") || ms.get(k - 2).surface().equals("그"));
        if (!plural) {
            return null;
        }
        Actor s = back.subject();
        if (s != null && s.known() && !s.partners().isEmpty()) {
            return new Actor(s.mention(), s.partners(), relative);
        }
        List<Integer> persons = back.persons();
        if (persons.size() < 2 || persons.size() > MAX_PLURAL_ANTECEDENTS) {
            return null;
        }
        return new Actor(persons.getFirst(), List.copyOf(persons.subList(1, persons.size())), relative);
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

    /** 왕이 (왕/NNG + 이/JKS to the analyzer) is one name: a particle inside a mention marks no subject. */
    private static boolean insideAMention(SentenceView v, Morpheme particle) {
        for (int unit : v.units) {
            if (v.m(unit).start() < particle.start() && particle.end() <= v.m(unit).end()) {
                return true;
            }
        }
        return false;
    }

    /** 지난 10일, 오는 5일: the adnominal 지난 of a date modifies the day, and ends no relative clause. */
    private static boolean insideADate(SentenceView v, Morpheme m) {
        for (int unit : v.units) {
            if (v.type(unit) == MentionType.DATE && v.m(unit).start() <= m.start() && m.end() <= v.m(unit).end()) {
                return true;
            }
        }
        return false;
    }

    static boolean isSubjectParticle(List<Morpheme> ms, int k) {
        Morpheme mo = ms.get(k);
        boolean particle = mo.is(PosTag.JKS) || mo.surface().equals("께서")
                || (mo.is(PosTag.JX) && (mo.surface().equals("은") || mo.surface().equals("는")));
        return particle && k > 0 && !ms.get(k - 1).tag().isParticle();
    }

    /** 도 right after a person or a post-holder's title: that person is the subject too (서울시장도 참석해). */
    private static boolean isAlso(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k) {
        Morpheme mo = ms.get(k);
        if (!mo.surface().equals("도") || mo.tag() != PosTag.JX || k == 0 || ms.get(k - 1).tag().isParticle()) {
            return false;
        }
        int unit = v.unitBeforeParticle(mo.start());
        int who = unit < 0 ? -1 : resolve(v, holders, unit);
        return who >= 0 && v.isPersonLike(who);
    }

    private static boolean noObjectBetween(List<Morpheme> ms, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (ms.get(k).tag() == PosTag.JKO || ms.get(k).tag() == PosTag.JKB) {
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

    /**
     * The person or body a subject mention stands for, with the partners listed before it: joined by 와/과/및 or by
     * commas (오세훈 서울시장과 최태원 회장이; 손경식 경총 회장과 구자열 무역협회 회장, 김기문 회장 등이). A partner with
     * a title is its holder, and the list goes on from where the holder's phrase starts.
     */
    static Actor actor(SentenceView v, Map<Integer, Integer> holders, int unit, boolean relative) {
        int who = resolve(v, holders, unit);
        List<Integer> partners = new ArrayList<>();
        if (who < 0) {
            return new Actor(who, partners, relative);
        }
        int position = v.unitPosition(unitStartingOrBefore(v, phraseStart(v, holders, unit)));
        for (int n = 0; n < MAX_PARTNERS; n++) {
            int before = partnerBefore(v, position);
            int partner = before < 0 ? -1 : resolve(v, holders, before);
            if (partner < 0 || partner == who || partners.contains(partner)) {
                break;
            }
            partners.add(partner);
            position = v.unitPosition(unitStartingOrBefore(v, phraseStart(v, holders, before)));
        }
        return new Actor(who, partners, relative);
    }

    /**
     * A list before a plain noun subject that 등 closes: {@code 오달수, 염정아, 윤유선 등 동료 배우들이} stands for the
     * people listed; -1 when the subject is no such list.
     */
    static int listBeforeGroupNoun(SentenceView v, int particleStart) {
        for (int i = v.units.size() - 1; i >= 0; i--) {
            int u = v.units.get(i);
            if (v.m(u).end() <= particleStart) {
                return GROUP_NOUN.matcher(v.text(v.m(u).end(), particleStart)).matches() ? u : -1;
            }
        }
        return -1;
    }

    /** The unit before the phrase at {@code position} when only 와/과/및 or a comma (and spaces) separate them. */
    private static int partnerBefore(SentenceView v, int position) {
        int prevUnit = v.unitAt(position - 1);
        int phrase = v.unitAt(position);
        if (prevUnit < 0 || phrase < 0) {
            return -1;
        }
        String gap = CLOSERS.matcher(v.gap(prevUnit, phrase)).replaceAll("").strip();
        // 홍 시장과 함께 국토교통부 차관 등 300여 명이 참석했다: who came with the listed did the same
        return gap.equals("와") || gap.equals("과") || gap.equals(",") || gap.equals("및") || gap.equals("、")
                || gap.equals("와 함께") || gap.equals("과 함께") ? prevUnit : -1;
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
        int prev = v.unitAt(v.unitPosition(unit) - 1);
        if (t == MentionType.ORGANIZATION && prev >= 0 && v.type(prev) == MentionType.TITLE && holders.containsKey(prev)
                && v.gap(prev, unit).equals(" ")) {
            return holders.get(prev); // 한덕수 대통령 권한대행 국무총리가: a post read as its office, stacked on a held one
        }
        if (t == MentionType.TITLE) {
            Integer holder = holders.get(unit);
            return holder == null ? writtenHolder(v, holders, unit) : holder;
        }
        return t == MentionType.PERSON || t == MentionType.ORGANIZATION ? unit : -1;
    }

    /**
     * The holder of a title that no post rule linked, read from what stands before it: a second title stacked on a
     * held one ({@code 한덕수 대통령 권한대행 국무총리가}), or a person with bodies and places between name and title
     * ({@code 리창 중국 국무원 총리와}). -1 when neither.
     */
    private static int writtenHolder(SentenceView v, Map<Integer, Integer> holders, int title) {
        int position = v.unitPosition(title);
        int prev = v.unitAt(position - 1);
        if (prev >= 0 && v.type(prev) == MentionType.TITLE && holders.containsKey(prev)
                && STACKED.matcher(v.gap(prev, title)).matches()) {
            return holders.get(prev);
        }
        boolean wordSkipped = false;
        for (int n = 0; n < 3 && prev >= 0; n++) {
            String gap = v.gap(prev, v.unitAt(position));
            if (!gap.isBlank()) {
                // one descriptor word no extractor took: 리창 중국 국무원 총리, 양제츠 중국 외교담당 국무위원
                if (wordSkipped || n == 0 && v.type(prev) == MentionType.PERSON || !DESCRIPTOR.matcher(gap).matches()) {
                    return -1;
                }
                wordSkipped = true;
            }
            MentionType t = v.type(prev);
            if (t == MentionType.PERSON) {
                return n > 0 ? prev : -1; // a name right before its title was the post rules' to link
            }
            if (t != MentionType.ORGANIZATION && t != MentionType.PLACE) {
                return -1;
            }
            position--;
            prev = v.unitAt(position - 1);
        }
        return -1;
    }

    /** A plain word between spaces, without a particle: the unit of a body or a field (국무원, 외교담당). */
    private static final Pattern DESCRIPTOR = Pattern.compile(" [가-힣]{1,7}[가-힣&&[^을를은는이가에의와과도로]] ");

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
