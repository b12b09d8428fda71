package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An event someone travels to attend is held where they travel: in one sentence, when the same participant
 * {@code visits} a place and {@code attends} an event ({@code 라스베이거스를 방문해 ‘CES 2024’에 참석한다}), the event
 * is {@code locatedIn} that place. Weaker than a stated venue ({@link SettingRule}), so the confidence is lower, and
 * only the most confident visited Place of the sentence is used (the city over the country it qualifies).
 */
final class TripSettingRule {

    static final double CONFIDENCE = 0.6;

    private TripSettingRule() {
    }

    /** Adds the inferred settings of {@code relations} (all from one sentence) to {@code sink}. */
    static void apply(SentenceView view, List<Relation> sentenceRelations, RelationSink sink) {
        List<Relation> visits = new ArrayList<>();
        List<Relation> attends = new ArrayList<>();
        for (Relation r : sentenceRelations) {
            if (r.type() == RelationType.VISITS && view.type(r.args().get("place")) == MentionType.PLACE) {
                visits.add(r);
            } else if (r.type() == RelationType.ATTENDS) {
                attends.add(r);
            }
        }
        for (Relation attend : attends) {
            Relation best = null;
            for (Relation visit : visits) {
                int visitor = visit.args().get("visitor");
                int participant = attend.args().get("participant");
                boolean sameTraveller = visitor == participant || view.m(visitor).text().equals(view.m(participant).text());
                if (sameTraveller && (best == null || visit.confidence() > best.confidence())) {
                    best = visit;
                }
            }
            if (best != null) {
                sink.add(RelationType.LOCATED_IN,
                        Map.of("event", attend.args().get("event"), "place", best.args().get("place")), null,
                        CONFIDENCE, view);
            }
        }
    }
}
