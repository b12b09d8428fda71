package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone who does something at an event took part in it: the subject of a clause with an event as its setting
 * ({@code 추미애 대표는 제78차 최고위원회의 모두발언에서 "…"라고 말했다}, {@code 문재인 후보는 16일 … 열린 서울지역
 * 경선에서 1위를 차지}, {@code 유럽연합(EU)이 13일 열린 정례 일반관계이사회에서 … 유보했다}) {@code attends} it. The
 * event takes {@code 에서} (에서는, 에서도), directly or past a head noun or two (모두발언에서, 개막식에서); in an
 * election the subject ran ({@code candidateIn}: 미국 대통령 선거에서 버락 오바마가 … 승리하였다). Only a subject
 * written before the event and in force there counts, and only a named person or body: the setting says where the
 * subject acted, which nothing else in the clause does. A weaker statement than a participation cue, so a lower
 * confidence.
 */
final class EventVenueRule {

    /** How many plain nouns may stand between the event and 에서 (최고위원회의 모두발언에서). */
    private static final int HEAD_NOUNS = 2;

    static final double SETTING = 0.6;

    /** Words an election's name ends with (제21대 국회의원 선거, 12월 대선, 서울지역 경선, 재보궐선거). */
    private static final Pattern ELECTION = Pattern.compile("(선거|대선|총선|경선)$");
    /** Affairs and disasters: whoever acts "in" one (게이트 재판에서 증언했다) did not take part in it as an event. */
    private static final Pattern NOT_ATTENDED = Pattern.compile("(게이트|스캔들|사건|사태|참사)$");
    /** A candidacy written as a post (김대호 후보, 관악갑 후보 김대호, 대선 후보자). */
    private static final Pattern CANDIDACY = Pattern.compile("후보(자)?$");

    /** Verbs of complex postpositions (에 대해, 에 관한, 을 통해, 에 따라, 에 의해, 을 위해): no clause of their own. */
    private static final Set<String> POSTPOSITION_VERBS = Set.of("대하", "대해", "대한", "관하",
            "관해", "관한", "통하", "통해", "통한", "따르", "따라", "따른", "의하", "의해", "의한", "위하", "위해", "위한");

    private EventVenueRule() {
    }

    static void apply(SentenceView v, Map<Integer, Integer> holders, Subjects subjects, RelationSink sink) {
        List<Morpheme> ms = v.morphemes();
        candidates(v, holders, sink);
        for (int unit : v.units) {
            if (v.type(unit) != MentionType.EVENT) {
                continue;
            }
            int particle = settingParticle(v, ms, v.morphemeFrom(v.m(unit).end()));
            if (particle >= 0 && !NOT_ATTENDED.matcher(v.m(unit).text().strip()).find()) {
                tookPart(v, subjects, sink, unit, particle);
            }
        }
        for (int k = 1; k + 1 < ms.size(); k++) {
            int unit = occasionReferredTo(v, ms, k);
            if (unit >= 0) {
                tookPart(v, subjects, sink, unit, k + 1); // 전야제가 열렸는데, 이 자리에서 네타냐후 총리는 …
            }
        }
    }

    /** Everyone the subject at the setting particle {@code particle} names took part in event {@code unit}. */
    private static void tookPart(SentenceView v, Subjects subjects, RelationSink sink, int unit, int particle) {
        List<Morpheme> ms = v.morphemes();
        Subjects.Actor actor = subjects.at(particle);
        if (subjects.noneBefore(particle) || !actor.known()) {
            // 미국 대통령 선거에서 버락 오바마가 … 승리하였다: the setting first, its subject after it
            actor = firstSubjectAfter(subjects, ms, particle);
            if (!actor.known() || v.m(actor.mention()).start() < ms.get(particle).end()
                    || clauseBetween(ms, particle, v.m(actor.mention()).start())) {
                return; // 포럼에서 나온 의견을 김 교수가 …: the setting belongs to another clause
            }
        } else if (v.m(actor.mention()).end() > v.m(unit).start()) {
            return;
        }
        for (int d : actor.doers()) {
            MentionType type = v.type(d);
            if ((type == MentionType.PERSON || type == MentionType.ORGANIZATION) && d != unit
                    && !sink.takesPart(d, unit)) { // a cue said how already (기조연설: speaksAt)
                // who acts "in" an election (승리, 당선, 1위) ran in it
                RelationType how = ELECTION.matcher(v.m(unit).text().strip()).find() ? RelationType.CANDIDATE_IN
                        : RelationType.ATTENDS;
                sink.add(how, Map.of(how.participantRole(), d, "event", unit), null, SETTING, v);
            }
        }
    }

    /**
     * The event an occasion word points back at: 이 자리에서, 그 자리에서 at morpheme {@code k} (자리) mean the event
     * named last before them in the sentence ({@code 전야제가 열렸는데, 이 자리에서}); -1 otherwise.
     */
    private static int occasionReferredTo(SentenceView v, List<Morpheme> ms, int k) {
        Morpheme place = ms.get(k);
        Morpheme pointer = ms.get(k - 1);
        if (!place.surface().equals("자리") || !place.tag().isNoun() || !pointer.is(PosTag.MM)
                || !(pointer.surface().equals("이") || pointer.surface().equals("그"))
                || !ms.get(k + 1).surface().startsWith("에서") || !ms.get(k + 1).tag().isParticle()) {
            return -1;
        }
        int last = -1;
        for (int unit : v.units) {
            if (v.m(unit).end() <= pointer.start() && v.type(unit) == MentionType.EVENT) {
                last = unit;
            }
        }
        return last;
    }

    /**
     * {@code candidateIn}: a person written with the post 후보 in a sentence that names an election stood in it
     * ({@code 제21대 국회의원 선거 경기도 부천병 후보였다}, {@code 공화당 대선 후보 밋 롬니}). With several elections in
     * the sentence, the one nearest before the post; with none before it, the first after it.
     */
    private static void candidates(SentenceView v, Map<Integer, Integer> holders, RelationSink sink) {
        for (int title : v.units) {
            int candidate = candidateOf(v, holders, title);
            if (candidate < 0) {
                continue;
            }
            int election = -1;
            int after = -1;
            for (int unit : v.units) {
                if (isElection(v, unit) && v.m(unit).end() <= v.m(title).start()) {
                    election = unit;
                } else if (isElection(v, unit) && after < 0 && v.m(unit).start() >= v.m(title).end()) {
                    after = unit;
                }
            }
            if (election < 0) {
                election = after; // 문재인 후보는 … “12월 대선에서 반드시 승리하겠다”고 말했다
            }
            if (election >= 0) {
                sink.add(RelationType.CANDIDATE_IN, Map.of("candidate", candidate, "event", election), null,
                        SETTING, v);
            }
        }
    }

    /** The person written with the post 후보 that title mention {@code title} is, or -1 when it is no candidacy. */
    static int candidateOf(SentenceView v, Map<Integer, Integer> holders, int title) {
        if (v.type(title) != MentionType.TITLE || !CANDIDACY.matcher(v.m(title).text()).find()) {
            return -1;
        }
        int candidate = holders.getOrDefault(title, stackedHolder(v, title));
        return candidate >= 0 && v.type(candidate) == MentionType.PERSON ? candidate : -1;
    }

    /** Whether the unit is an event named as an election (제21대 국회의원 선거, 12월 대선, 서울지역 경선). */
    static boolean isElection(SentenceView v, int unit) {
        return v.type(unit) == MentionType.EVENT && ELECTION.matcher(v.m(unit).text().strip()).find();
    }

    /**
     * The person a post is stacked on: the nearest person before it with nothing between but names, bodies and
     * places (차명진 미래통합당 제21대 국회의원 선거 경기도 부천병 후보), or the person right after it (관악갑 후보
     * 김대호); -1 when a particle, a verb or a comma stands between.
     */
    private static int stackedHolder(SentenceView v, int title) {
        List<Morpheme> ms = v.morphemes();
        int after = v.unitStartingAfter(v.m(title).end());
        if (after >= 0 && v.type(after) == MentionType.PERSON) {
            return after;
        }
        for (int i = v.unitPosition(title) - 1; i >= 0; i--) {
            int unit = v.units.get(i);
            if (v.type(unit) == MentionType.PERSON) {
                return predicateBetween(ms, v.morphemeFrom(v.m(unit).end()) - 1, v.m(title).start()) ? -1 : unit;
            }
        }
        return -1;
    }

    /** The first subject pushed after morpheme {@code k} (the one a later quotation's own subject does not hide). */
    private static Subjects.Actor firstSubjectAfter(Subjects subjects, List<Morpheme> ms, int k) {
        Subjects.Actor before = subjects.at(k);
        for (int j = k + 1; j < ms.size(); j++) {
            if (subjects.at(j) != before) {
                return subjects.at(j);
            }
        }
        return before;
    }

    /**
     * Whether a clause ends between morpheme {@code from} and offset {@code to}: a verb or an ending other than those
     * of a complex postposition (질문에 대해 stays inside the clause, 포럼에서 나온 의견을 closes a relative clause).
     */
    static boolean clauseBetween(List<Morpheme> ms, int from, int to) {
        boolean postposition = false;
        for (int k = from + 1; k < ms.size() && ms.get(k).start() < to; k++) {
            Morpheme m = ms.get(k);
            if (m.tag().isPredicate()) {
                postposition = POSTPOSITION_VERBS.contains(m.surface());
                if (!postposition) {
                    return true;
                }
            } else if (m.tag().isEnding()) {
                if (!postposition) {
                    return true;
                }
            } else if (!m.tag().isParticle() && !m.tag().isNominal() && !m.tag().isSymbol()
                    && !m.tag().isModifier() && !m.tag().isAffix()) {
                return true;
            } else {
                postposition = false;
            }
        }
        return false;
    }

    /** Whether a particle, verb, ending or comma stands after morpheme {@code from} and before offset {@code to}. */
    private static boolean predicateBetween(List<Morpheme> ms, int from, int to) {
        for (int k = from + 1; k < ms.size() && ms.get(k).start() < to; k++) {
            PosTag tag = ms.get(k).tag();
            if (tag.isParticle() || tag.isPredicate() || tag.isEnding() || ms.get(k).is(PosTag.SP)
                    || ms.get(k).surface().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The index of 에서 (에서는, 에서도) after the event, past closers and up to two plain nouns, or -1. */
    private static int settingParticle(SentenceView v, List<Morpheme> ms, int from) {
        int nouns = 0;
        for (int k = from; k < ms.size(); k++) {
            Morpheme m = ms.get(k);
            if (SentenceView.isCloser(m)) {
                continue;
            }
            if (m.tag().isParticle()) {
                return m.surface().equals("에서") ? k : -1;
            }
            // Nori reads some head nouns as an adverb and a noun (모두발언: 모두/MAG 발언/NNG)
            boolean headPart = m.tag() == PosTag.NNG || m.tag() == PosTag.XSN || m.is(PosTag.MAG);
            if (!headPart || ++nouns > HEAD_NOUNS) {
                return -1;
            }
        }
        return -1;
    }
}
