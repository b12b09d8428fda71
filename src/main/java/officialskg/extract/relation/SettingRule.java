package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where and when an event takes place, from the clause of a holding verb (열리다, 개최되다, 개막하다, 진행되다):
 * {@code 3월 서울 고척스카이돔에서 열릴 ‘…시리즈’} (locatedIn the venue, and less surely the city before it; occursOn
 * 3월), {@code 8일 개막한 CES 2024}, {@code CES가 열리는 라스베이거스 컨벤션센터}, {@code 포럼은 10월 코엑스에서
 * 열린다}. The clause reaches back from the verb to the previous clause ending or subject.
 */
final class SettingRule {

    private static final List<String> HELD = List.of("열리", "열린", "열릴", "열려", "열렸", "개최", "개막", "진행", "펼쳐");
    /** The first characters of {@link #HELD}: most morphemes are ruled out by one look-up. */
    private static final String HELD_INITIALS = HELD.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(Collectors.joining());

    static final double VENUE = 0.85;
    static final double WIDER_PLACE = 0.6;
    static final double DATE = 0.8;

    private SettingRule() {
    }

    static void apply(SentenceView v, RelationSink sink) {
        List<Morpheme> ms = v.morphemes();
        for (int k = 0; k < ms.size(); k++) {
            Morpheme verb = ms.get(k);
            if (!isHoldingVerb(verb.surface())) {
                continue;
            }
            int adnominal = adnominalEnding(ms, k);
            int clauseStart = clauseStart(ms, k);
            int subjectEvent = subjectEvent(v, ms, clauseStart);
            if (adnominal >= 0) {
                int head = v.unitStartingAfter(ms.get(adnominal).end());
                if (head >= 0 && v.type(head) == MentionType.EVENT) {
                    setting(v, head, ms, clauseStart, k, sink);
                } else if (head >= 0 && v.type(head) == MentionType.PLACE && subjectEvent >= 0) {
                    sink.add(RelationType.LOCATED_IN, Map.of("event", subjectEvent, "place", head), null, VENUE, v);
                }
            } else if (subjectEvent >= 0) {
                setting(v, subjectEvent, ms, clauseStart, k, sink);
            }
        }
    }

    /** Whether a morpheme starts with a holding verb; asked for every morpheme, so a loop rather than a stream. */
    private static boolean isHoldingVerb(String surface) {
        if (surface.isEmpty() || HELD_INITIALS.indexOf(surface.charAt(0)) < 0) {
            return false;
        }
        for (String held : HELD) {
            if (surface.startsWith(held)) {
                return true;
            }
        }
        return false;
    }

    /** The place (…에서) and date found in the clause between {@code from} and the verb at {@code k}. */
    private static void setting(SentenceView v, int event, List<Morpheme> ms, int from, int k, RelationSink sink) {
        int clauseBegin = from < ms.size() ? ms.get(from).start() : v.sentence.start();
        int verbStart = ms.get(k).start();
        int venue = -1;
        int date = -1;
        for (int j = from; j < k; j++) {
            Morpheme mo = ms.get(j);
            if (mo.surface().equals("에서") && mo.tag() == PosTag.JKB) {
                int unit = v.unitEndingBefore(mo.start());
                if (unit >= 0 && v.type(unit) == MentionType.PLACE) {
                    venue = unit;
                }
            }
        }
        for (int u : v.units) {
            if (v.type(u) == MentionType.DATE && v.m(u).start() >= clauseBegin && v.m(u).end() <= verbStart
                    && !v.after(u, 2).equals("까지")) { // 27일까지 열리며: when it ends, not when it is held
                date = u;
            }
        }
        if (venue >= 0) {
            sink.add(RelationType.LOCATED_IN, Map.of("event", event, "place", venue), null, VENUE, v);
            for (int p = v.unitPosition(venue) - 1; p >= 0; p--) {
                int wider = v.unitAt(p);
                if (v.type(wider) != MentionType.PLACE || !v.gap(wider, v.unitAt(p + 1)).isBlank()
                        || v.m(wider).start() < clauseBegin) {
                    break;
                }
                sink.add(RelationType.LOCATED_IN, Map.of("event", event, "place", wider), null, WIDER_PLACE, v);
            }
        }
        if (date >= 0) {
            sink.add(RelationType.OCCURS_ON, Map.of("event", event, "date", date), null, DATE, v);
        }
    }

    /** Index of the adnominal ending of the verb at {@code k} (열린, 개최될, 개막한), or -1 for a finite verb. */
    private static int adnominalEnding(List<Morpheme> ms, int k) {
        for (int j = k; j < ms.size() && j <= k + 2; j++) {
            if (ms.get(j).has(PosTag.ETM)) {
                return j;
            }
            if (j > k && !ms.get(j).tag().isAffix() && !ms.get(j).tag().isEnding()) {
                return -1;
            }
        }
        return -1;
    }

    /** First morpheme of the verb's clause: after the previous clause ending, adnominal ending or subject particle. */
    private static int clauseStart(List<Morpheme> ms, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Morpheme mo = ms.get(j);
            if (SentenceView.endsClause(mo) || mo.has(PosTag.ETM) || mo.is(PosTag.JKS)
                    || (mo.is(PosTag.JX) && (mo.surface().equals("은") || mo.surface().equals("는")))) {
                return j + 1;
            }
        }
        return 0;
    }

    /** The event marked as subject just before the clause start (포럼은 … 열린다, CES가 열리는 …), or -1. */
    private static int subjectEvent(SentenceView v, List<Morpheme> ms, int clauseStart) {
        if (clauseStart == 0) {
            return -1;
        }
        Morpheme particle = ms.get(clauseStart - 1);
        if (!particle.tag().isParticle()) {
            return -1;
        }
        int unit = v.unitEndingBefore(particle.start());
        return unit >= 0 && v.type(unit) == MentionType.EVENT ? unit : -1;
    }
}
