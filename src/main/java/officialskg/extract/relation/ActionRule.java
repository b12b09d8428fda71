package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.extract.lexicon.WordLists;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the subject does to the mention right before a cue verb: {@code attends} (참석, 참가, 출석, 참여, or 방문/찾아
 * an event), {@code visits} (방문, 찾아, 시찰, 순방, 출장 a place or body), {@code meets} (만나, 면담, 회담, 회동,
 * 환담, 통화, 접견, 오찬, 만찬, 예방, 간담회, 대화 a person, or the partner in "A와 B가 회동"), {@code organizes} (주최,
 * 주관, 개최).
 * The object is the mention before the cue, past at most one particle ({@code 를/에/와}) and, for a meeting, a few
 * nouns (바이든 대통령과 한미 정상회담); the doer is the subject in force at the cue, or, when the sentence has none,
 * the subject carried over from the previous sentence (at lower confidence). A cue in an adnominal form with its
 * object written before it has the person after it as doer ({@code 폴란드를 방문한 조 바이든 부통령}).
 */
final class ActionRule {

    private enum Cue { ATTEND, VISIT, MEET, ORGANIZE }

    /** The cue words of each kind, in the order of {@code action-cues.tsv}. */
    private static final Map<Cue, List<String>> CUES;
    /**
     * Meeting cues that are other words too (예방 = prevention) or need their guest (초청해 간담회를 가졌다): a meeting
     * only with a person as object.
     */
    private static final List<String> MEET_WITH_OBJECT_ONLY;

    static {
        Map<Cue, List<String>> cues = new EnumMap<>(Cue.class);
        List<String> objectOnly = new ArrayList<>();
        for (Cue cue : Cue.values()) {
            cues.put(cue, new ArrayList<>());
        }
        for (List<String> row : WordLists.rows(ActionRule.class, "action-cues.tsv", 2, 3)) {
            Cue cue = switch (row.get(1)) {
                case "attend" -> Cue.ATTEND;
                case "visit" -> Cue.VISIT;
                case "meet" -> Cue.MEET;
                case "organize" -> Cue.ORGANIZE;
                default -> null;
            };
            boolean onlyWithObject = row.size() == 3 && row.get(2).equals("object-only") && cue == Cue.MEET;
            if (cue == null || row.size() == 3 && !onlyWithObject) {
                throw new IllegalStateException("action-cues.tsv: expected word<TAB>attend|visit|meet|organize "
                        + "(meet may add <TAB>object-only): " + String.join("\t", row));
            }
            cues.get(cue).add(row.getFirst());
            if (onlyWithObject) {
                objectOnly.add(row.getFirst());
            }
        }
        cues.replaceAll((cue, words) -> List.copyOf(words));
        CUES = Collections.unmodifiableMap(cues);
        MEET_WITH_OBJECT_ONLY = List.copyOf(objectOnly);
    }

    /** The first characters of all cue words: most morphemes are ruled out by one look-up. */
    private static final String CUE_INITIALS = Stream.of(Cue.values()).map(CUES::get).flatMap(List::stream)
            .map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
    private static final Set<String> OBJECT_PARTICLES = Set.of("을", "를", "에", "도", "와", "과", "의", "로부터",
            "으로부터");
    private static final int MEETING_NOUNS = 3;
    /** How many nouns a venue may add after its body or place (국회 사랑재에서, 청와대 본관 영빈관에서). */
    private static final int SETTING_NOUNS = 3;

    static final double DIRECT = 0.85;
    static final double PARTNER = 0.75;
    static final double CARRIED_OVER = 0.65;
    static final double RELATIVE_HEAD = 0.8;

    private ActionRule() {
    }

    static void apply(SentenceView v, Map<Integer, Integer> holders, Subjects subjects, Subjects.Actor carried,
                      RelationSink sink) {
        List<Morpheme> ms = v.morphemes();
        for (int k = 0; k < ms.size(); k++) {
            Cue cue = cue(ms.get(k));
            if (cue == null) {
                continue;
            }
            boolean carry = subjects.noneBefore(k) && carried != null;
            Subjects.Actor inForce = carry ? carried : subjects.at(k);
            if (cue == Cue.ORGANIZE) {
                organizes(v, holders, ms, k, inForce, sink);
                continue;
            }
            if (cue == Cue.MEET && pairBeforeGenitive(v, holders, ms, k, sink)) {
                continue; // 바이든 대통령과 윤석열 대통령의 만남
            }
            int written = objectBefore(v, ms, k, cue == Cue.MEET ? MEETING_NOUNS : 0);
            // 손경식 … 회장과 구자열 … 회장, 김기문 … 회장 등 경제단체장들을 만나
            int object = written >= 0 || cue != Cue.MEET || k == 0 || !ms.get(k - 1).tag().isParticle() ? written
                    : Subjects.listBeforeGroupNoun(v, ms.get(k - 1).start());
            int head = object < 0 ? -1 : relativeHead(v, holders, ms, k);
            // a clause that describes the person after it has that person as doer, whoever the subject is
            boolean described = head >= 0 && head != object;
            Subjects.Actor actor = described ? new Subjects.Actor(head, List.of(), false) : inForce;
            double confidence = described ? RELATIVE_HEAD : carry ? CARRIED_OVER : DIRECT;
            // 21일 국회에서 회동했다: a date or a place before the cue is no partner; the listed subject met
            boolean partnerless = object < 0 || cue == Cue.MEET && !namesAPerson(v, holders, object);
            if (partnerless) {
                if (cue == Cue.MEET && actor.known() && !startsWithAny(ms.get(k).surface(), MEET_WITH_OBJECT_ONLY)) {
                    for (int partner : actor.partners()) {
                        meets(v, actor.mention(), partner, PARTNER, sink);
                    }
                }
                continue;
            }
            switch (cue) {
                case MEET -> {
                    // every person of a listed object: 손경식 회장과 구자열 회장, 김기문 회장 등을 만나
                    for (int other : Subjects.actor(v, holders, object, false).doers()) {
                        if (actor.known() && !actor.doers().contains(other)) {
                            meets(v, actor.mention(), other, confidence, sink);
                            actor.partners().forEach(p -> meets(v, p, other, PARTNER, sink));
                        }
                    }
                }
                case ATTEND, VISIT -> {
                    if (v.type(object) == MentionType.EVENT) {
                        actor.doers().forEach(d -> sink.add(RelationType.ATTENDS,
                                Map.of("participant", d, "event", object), null, confidence, v));
                    } else if (cue == Cue.VISIT && PositionRule.isBody(v, object)) {
                        visits(v, actor, object, confidence, sink);
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * The person that the cue's adnominal form describes, when a mention follows it: 폴란드를 방문한 조 바이든 부통령,
     * 북유럽을 방문 중인 존 케리 장관, 김무성 대표를 만난 문희상 위원장, 총회에 참석한 김 장관 (a title stands for its
     * holder). Only called when the cue has its object before it: with the object written, the gap the relative
     * clause leaves is its subject, the person after it; without one (대통령이 방문한 김 사장의 공장) the person after
     * may be anything, and the rule keeps the sentence's subject. -1 when no person follows.
     */
    static int relativeHead(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k) {
        return describedAfter(v, holders, ms, k, false);
    }

    /**
     * Like {@link #relativeHead}, and a body too: an event is held by a body as often as by a person
     * ({@code 공모전을 주최한 만화영상진흥원이}).
     */
    static int relativeHeadOrBody(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k) {
        return describedAfter(v, holders, ms, k, true);
    }

    /** The person (or, with {@code bodies}, the body) right after the cue's adnominal ending, or -1. */
    private static int describedAfter(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k,
                                      boolean bodies) {
        int ending = adnominalEnding(ms, k);
        int next = ending < 0 ? -1 : v.unitStartingAfter(ms.get(ending).end());
        int who = next < 0 ? -1 : Subjects.resolve(v, holders, next);
        if (who < 0) {
            return -1;
        }
        MentionType type = v.type(who);
        return type == MentionType.PERSON || bodies && type == MentionType.ORGANIZATION ? who : -1;
    }

    /**
     * The morpheme that ends the cue at {@code k} in an adnominal ending: the cue itself (만난, 찾은), its verb suffix
     * (방문 한, 참석 하는, 방문 했던), 중 with the copula (방문 중인), or 한 glued to the cue that the analyzer reads as
     * the numeral "one" (출전 + 한/MM in 출전한 선수); -1 when the cue goes on otherwise.
     */
    static int adnominalEnding(List<Morpheme> ms, int k) {
        if (k + 2 < ms.size() && ms.get(k + 1).is(PosTag.JKO) && isLightVerb(ms.get(k + 2))) {
            return adnominalEnding(ms, k + 2); // 축사를 맡은 김원웅 회장, 기조연설을 한 김 장관
        }
        for (int j = k; j < ms.size() && j <= k + 2; j++) {
            Morpheme m = ms.get(j);
            if (m.has(PosTag.ETM) || j == k + 1 && gluedHan(ms.get(k), m)) {
                return j;
            }
            boolean bridge = j == k || m.tag() == PosTag.XSV || m.tag() == PosTag.VCP
                    || m.is(PosTag.EP) || (m.is(PosTag.NNB) && m.surface().equals("중"));
            if (!bridge) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs that only carry a cue written as their object: 축사를 하다, 기조연설을 맡다, 회담을 갖다. */
    private static final Set<String> LIGHT_VERBS = Set.of("하", "한", "했", "맡", "가지", "가진", "갖", "가졌");

    private static boolean isLightVerb(Morpheme m) {
        return m.tag() == PosTag.VV && LIGHT_VERBS.contains(m.surface());
    }

    /** 출전한: the analyzer's 출전/NNG + 한/MM, written as one word, is the verb's adnominal form. */
    private static boolean gluedHan(Morpheme cue, Morpheme next) {
        return next.is(PosTag.MM) && next.surface().equals("한") && next.start() == cue.end() && cue.tag().isNoun();
    }

    private static Cue cue(Morpheme m) {
        String s = m.surface();
        if (s.isEmpty() || CUE_INITIALS.indexOf(s.charAt(0)) < 0) {
            return null;
        }
        if (startsWithAny(s, CUES.get(Cue.ATTEND))) {
            return Cue.ATTEND;
        }
        if (startsWithAny(s, CUES.get(Cue.VISIT)) && !(s.startsWith("찾") && m.tag() != PosTag.VV)) {
            return Cue.VISIT;
        }
        if (startsWithAny(s, CUES.get(Cue.MEET))) {
            return Cue.MEET;
        }
        return startsWithAny(s, CUES.get(Cue.ORGANIZE)) ? Cue.ORGANIZE : null;
    }

    /** A loop, not a stream: asked for every morpheme that passes the initials test. */
    private static boolean startsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mention just before morpheme {@code k}, past object particles, up to {@code nouns} plain nouns, and a
     * bracketed aside or courtesy word between the mention and its particle.
     */
    static int objectBefore(SentenceView v, List<Morpheme> ms, int k, int nouns) {
        int j = k - 1;
        int skippedNouns = 0;
        while (j >= 0 && skippedNouns < nouns && isPlainWord(ms.get(j))
                && v.unitEndingBefore(ms.get(j + 1).start()) < 0) {
            int glued = unitBeforeGluedParticle(v, ms.get(j));
            if (glued >= 0) {
                return glued; // 외교부장과 read as 외교부 + 장과: the post ends one syllable before the word does
            }
            j--;
            skippedNouns++;
        }
        if (nouns > 0) {
            j = pastSetting(v, ms, j); // 아베 신조 일본 총리와 도쿄에서 회담했다: where they met stands between
            while (j >= 0 && skippedNouns < nouns && isPlainWord(ms.get(j))
                    && v.unitEndingBefore(ms.get(j + 1).start()) < 0) {
                j--;
                skippedNouns++;
            }
        }
        boolean from = j >= 1 && ms.get(j).surface().equals("부터") && ms.get(j - 1).tag().isParticle()
                && ms.get(j - 1).end() == ms.get(j).start() && ms.get(j - 1).surface().endsWith("로");
        if (from) {
            j--; // 총리로부터 예방을 받고: 로 + 부터, one particle of the giver
        }
        if (j >= 0 && ms.get(j).tag().isParticle()) {
            if (!from && !OBJECT_PARTICLES.contains(ms.get(j).surface())) {
                return -1;
            }
            j--;
            if (j >= 0 && ms.get(j).tag().isParticle() && OBJECT_PARTICLES.contains(ms.get(j).surface())) {
                j--; // 에도, 과의
            }
        }
        // past a bracketed aside or a courtesy word too: 엔리케 페냐 니에토(Enrique Peña Nieto)와, 김건모 씨를
        return v.unitBeforeParticle(j + 1 < ms.size() ? ms.get(j + 1).start() : v.sentence.end());
    }

    /**
     * The mention a particle of partnership or object ends, when the analyzer glued that particle to the mention's
     * last syllable as one noun ({@code 외교부장과} = 외교부/NNP 장과/NNG): a unit ending exactly one syllable before
     * the morpheme's end, which is 과, 와, 을 or 를; -1 otherwise.
     */
    private static int unitBeforeGluedParticle(SentenceView v, Morpheme m) {
        String s = m.surface();
        if (s.length() < 2 || "과와을를".indexOf(s.charAt(s.length() - 1)) < 0) {
            return -1;
        }
        for (int unit : v.units) {
            if (v.m(unit).end() == m.end() - 1 && v.m(unit).start() < m.end() - 1) {
                return unit;
            }
        }
        return -1;
    }

    /**
     * The morpheme before a setting phrase ending at {@code j} (a place or body with 에서: 도쿄에서, 청와대에서), or
     * {@code j} itself when there is none.
     */
    private static int pastSetting(SentenceView v, List<Morpheme> ms, int j) {
        if (j < 1 || !ms.get(j).tag().isParticle() || !ms.get(j).surface().equals("에서")) {
            return j;
        }
        // 국회 사랑재에서, 청와대 본관에서: a venue's own words after the body or place it belongs to
        int i = j - 1;
        int nouns = 0;
        while (i >= 0 && nouns < SETTING_NOUNS && isPlainWord(ms.get(i))
                && v.unitEndingBefore(ms.get(i + 1).start()) < 0) {
            i--;
            nouns++;
        }
        int unit = i + 1 < ms.size() ? v.unitEndingBefore(ms.get(i + 1).start()) : -1;
        if (unit >= 0 && (v.type(unit) == MentionType.PLACE || v.type(unit) == MentionType.ORGANIZATION)) {
            int before = v.morphemeFrom(v.m(unit).start()) - 1;
            return before >= 0 ? before : j;
        }
        return nouns > 0 && i >= 0 && ms.get(i).tag().isParticle() ? i : j; // 대표와 사랑재에서 회담을
    }

    /** A word {@link #objectBefore} passes over: a noun (NN…), determiner (MM), noun prefix (XPN) or number (SN). */
    private static boolean isPlainWord(Morpheme m) {
        return m.tag().isNoun() || m.is(PosTag.MM) || m.is(PosTag.XPN) || m.is(PosTag.SN);
    }

    private static void visits(SentenceView v, Subjects.Actor actor, int place, double confidence, RelationSink sink) {
        for (int d : actor.doers()) {
            sink.add(RelationType.VISITS, Map.of("visitor", d, "place", place), null, confidence, v);
            // the wider places written before it (미국 네바다주 라스베이거스) are visited too, less certainly
            for (int p = v.unitPosition(place) - 1; p >= 0; p--) {
                int wider = v.unitAt(p);
                if (v.type(wider) != MentionType.PLACE || !v.gap(wider, v.unitAt(p + 1)).isBlank()) {
                    break;
                }
                sink.add(RelationType.VISITS, Map.of("visitor", d, "place", wider), null, confidence * 0.7, v);
            }
        }
    }

    /**
     * A meeting written as a noun owned by the pair that met: {@code 바이든 대통령과 윤석열 대통령의 만남}, {@code 윤석열
     * 대통령과 기시다 후미오 일본 총리의 정상회담}. The cue must follow 의 glued to the last of two or more persons listed
     * with 와/과; every pair of them met. Says whether it found such a pair.
     */
    private static boolean pairBeforeGenitive(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k,
                                              RelationSink sink) {
        int g = k - 1; // 의 첫 만남, 의 정상회담 (정상 + 회담): a noun or two may stand between
        while (g >= 0 && k - g <= 3 && (ms.get(g).tag().isNoun() || ms.get(g).is(PosTag.MM))) {
            g--;
        }
        if (g < 0 || !ms.get(g).is(PosTag.JKG) || !ms.get(g).surface().equals("의")) {
            return false;
        }
        int owner = v.unitBeforeParticle(ms.get(g).start());
        if (owner < 0 || Subjects.resolve(v, holders, owner) < 0) {
            return false;
        }
        List<Integer> pair = Subjects.actor(v, holders, owner, false).doers();
        List<Integer> persons = pair.stream().filter(p -> v.type(p) == MentionType.PERSON).toList();
        if (persons.size() < 2 || persons.size() != pair.size()) {
            return false;
        }
        for (int a = 0; a < persons.size(); a++) {
            for (int b = a + 1; b < persons.size(); b++) {
                meets(v, persons.get(a), persons.get(b), PARTNER, sink);
            }
        }
        return true;
    }

    /** Whether the mention, or a list it ends, names a person (a title stands for its holder). */
    private static boolean namesAPerson(SentenceView v, Map<Integer, Integer> holders, int mention) {
        return Subjects.actor(v, holders, mention, false).doers().stream()
                .anyMatch(d -> v.type(d) == MentionType.PERSON);
    }

    private static void meets(SentenceView v, int person, int other, double confidence, RelationSink sink) {
        if (person != other && v.type(person) == MentionType.PERSON && v.type(other) == MentionType.PERSON) {
            sink.add(RelationType.MEETS, Map.of("person", person, "other", other), null, confidence, v);
        }
    }

    /** 서울시 주최 행사 / 서울시가 행사를 개최한다 / 서울시가 주관하는 행사. */
    private static void organizes(SentenceView v, Map<Integer, Integer> holders, List<Morpheme> ms, int k,
                                  Subjects.Actor actor, RelationSink sink) {
        int before = v.unitEndingBefore(ms.get(k).start());
        if (before >= 0 && Subjects.resolve(v, holders, before) >= 0 && v.type(before) != MentionType.EVENT) {
            int event = eventAfter(v, ms, k);
            if (event >= 0) {
                sink.add(RelationType.ORGANIZES, Map.of("organizer", Subjects.resolve(v, holders, before),
                        "event", event), null, DIRECT, v);
            }
            return;
        }
        // active 개최하다 names its organizer as subject; passive 개최되다 (개최될 위크) does not
        boolean verbal = k + 1 < ms.size() && ms.get(k + 1).tag() == PosTag.XSV
                && ms.get(k + 1).surface().matches("^[하한할했해].*");
        if (!verbal || !actor.known()) {
            return;
        }
        int object = objectBefore(v, ms, k, 0);
        if (object >= 0 && v.type(object) == MentionType.EVENT && particleIsObject(v, object)) {
            // 공모전을 주최한 만화영상진흥원이: the adnominal form names who holds it, not the sentence's subject
            int head = relativeHeadOrBody(v, holders, ms, k);
            List<Integer> organizers = head >= 0 ? List.of(head) : actor.doers();
            organizers.forEach(d -> sink.add(RelationType.ORGANIZES, Map.of("organizer", d, "event", object),
                    null, DIRECT - 0.05, v));
        } else if (object < 0) {
            int event = eventAfter(v, ms, k);
            if (event >= 0) {
                actor.doers().forEach(d -> sink.add(RelationType.ORGANIZES, Map.of("organizer", d, "event", event),
                        null, DIRECT - 0.1, v));
            }
        }
    }

    private static boolean particleIsObject(SentenceView v, int mention) {
        Morpheme p = v.particleAfter(mention);
        return p != null && p.tag() == PosTag.JKO;
    }

    /** An event named right after the cue's adnominal ending (주최하는 ‘행사’, 주최 ‘행사’, 주최로 열린 행사). */
    private static int eventAfter(SentenceView v, List<Morpheme> ms, int k) {
        for (int j = k + 1; j < ms.size() && j <= k + 4; j++) {
            int unit = v.unitStartingAfter(ms.get(j - 1).end());
            if (unit >= 0 && v.type(unit) == MentionType.EVENT) {
                return unit;
            }
            if (SentenceView.endsClause(ms.get(j))) {
                return -1;
            }
        }
        return -1;
    }
}
