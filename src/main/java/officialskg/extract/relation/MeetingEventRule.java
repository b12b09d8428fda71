package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.extract.lexicon.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two people a sentence says met took part in the meeting event it names ({@code meeting-event-heads.txt} beside
 * this class): {@code 한미정상회담 … 윤석열 대통령이 … 바이든 대통령과 환담을 나눈} makes both attend the summit. Only
 * with one such event in the sentence: with two, which one they met at is not said.
 */
final class MeetingEventRule {

    static final String RESOURCE = "meeting-event-heads.txt";
    static final double CONFIDENCE = 0.6;

    private final List<String> heads;

    MeetingEventRule() {
        heads = WordLists.lines(MeetingEventRule.class, RESOURCE);
    }

    void apply(SentenceView v, RelationSink sink) {
        List<Integer> meetings = new ArrayList<>();
        for (int unit : v.units) {
            if (v.type(unit) == MentionType.EVENT && isMeeting(v.m(unit).text().strip())) {
                meetings.add(unit);
            }
        }
        if (meetings.size() != 1) {
            return;
        }
        int event = meetings.getFirst();
        for (Relation r : sink.inSentence(v)) {
            if (r.type() != RelationType.MEETS) {
                continue;
            }
            for (int person : List.of(r.args().get("person"), r.args().get("other"))) {
                if (!sink.takesPart(person, event)) {
                    sink.add(RelationType.ATTENDS, Map.of("participant", person, "event", event), null, CONFIDENCE, v);
                }
            }
        }
    }

    private boolean isMeeting(String name) {
        for (String head : heads) {
            if (name.endsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
