package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who competes in a part of an event takes part in the whole: an event written as the part of another
 * ({@code 2020년 하계 올림픽의 3m 스프링보드 경기에서}, {@code 도쿄올림픽의 양궁 혼성단체전에}) passes each {@code attends}
 * of the part on to the whole, in that sentence, at the same confidence. Only the genitive ties them: two events
 * side by side may be two settings of one clause (올림픽에서 … 결승에).
 */
final class SubEventRule {

    private SubEventRule() {
    }

    static void apply(SentenceView v, List<Relation> inSentence, RelationSink sink) {
        Map<Integer, Integer> wholeOf = new HashMap<>();
        List<Morpheme> ms = v.morphemes();
        for (int unit : v.units) {
            if (v.type(unit) != MentionType.EVENT) {
                continue;
            }
            int k = v.morphemeFrom(v.m(unit).end());
            if (k >= ms.size() || !ms.get(k).is(PosTag.JKG) || ms.get(k).start() != v.m(unit).end()) {
                continue;
            }
            int part = v.unitStartingAfter(ms.get(k).end());
            if (part >= 0 && v.type(part) == MentionType.EVENT) {
                wholeOf.put(part, unit);
            }
        }
        if (wholeOf.isEmpty()) {
            return;
        }
        for (Relation r : inSentence) {
            Integer whole = r.type() == RelationType.ATTENDS ? wholeOf.get(r.args().get("event")) : null;
            if (whole != null) {
                sink.add(RelationType.ATTENDS, Map.of("participant", r.args().get("participant"), "event", whole),
                        null, r.confidence(), v);
            }
        }
    }
}
