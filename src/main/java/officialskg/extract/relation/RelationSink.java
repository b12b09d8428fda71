package officialskg.extract.relation;

import officialskg.extract.Relation;
import officialskg.extract.RelationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects relations without duplicates: the same type over the same arguments is one relation, kept at its highest
 * confidence. {@code meets} is symmetric, so A meets B and B meets A are the same fact.
 */
final class RelationSink {

    private final Map<String, Relation> byKey = new LinkedHashMap<>();
    /** Sentence starts that some {@code visits} / {@code attends} relation was ever stored with (see below). */
    private final Set<Integer> visitEvidence = new HashSet<>();
    private final Set<Integer> attendEvidence = new HashSet<>();

    void add(Relation relation) {
        String key = key(relation);
        Relation old = byKey.get(key);
        boolean namesMore = old != null && relation.confidence() == old.confidence()
                && relation.args().size() > old.args().size(); // the holding that names its organization
        if (old == null || relation.confidence() > old.confidence() || namesMore) {
            byKey.put(key, relation);
            if (relation.type() == RelationType.VISITS) {
                visitEvidence.add(relation.evidenceStart());
            } else if (relation.type() == RelationType.ATTENDS) {
                attendEvidence.add(relation.evidenceStart());
            }
        }
    }

    void add(RelationType type, Map<String, Integer> args, String status, double confidence, SentenceView view) {
        if (args.values().stream().distinct().count() < args.size()) {
            return; // a mention never relates to itself
        }
        add(new Relation(type, args, status, confidence, view.sentence.start(), view.sentence.end()));
    }

    /** Whether the mention holds some post already. */
    boolean holdsAnything(int holder) {
        return byKey.values().stream().anyMatch(r -> r.type() == RelationType.HOLDS_POSITION
                && Integer.valueOf(holder).equals(r.args().get("holder")));
    }

    /** Whether a holding already ties the holder to this organization. */
    boolean hasHolding(int holder, int organization) {
        return byKey.values().stream().anyMatch(r -> r.type() == RelationType.HOLDS_POSITION
                && Integer.valueOf(holder).equals(r.args().get("holder"))
                && Integer.valueOf(organization).equals(r.args().get("organization")));
    }

    /** Whether some relation already has this mention taking part in this event, in any role. */
    boolean takesPart(int participant, int event) {
        return byKey.values().stream().anyMatch(r -> r.type().participantRole() != null
                && Integer.valueOf(event).equals(r.args().get("event"))
                && Integer.valueOf(participant).equals(r.args().get(r.type().participantRole())));
    }

    /**
     * Whether this sentence may have both a {@code visits} and an {@code attends} relation, which is all
     * {@link TripSettingRule} needs: when not, the walk over every relation found so far ({@link #inSentence}) is
     * spared. A relation replaced later leaves its start recorded, so this may say yes wrongly, never no.
     */
    boolean mayHaveVisitAndAttend(SentenceView view) {
        return visitEvidence.contains(view.sentence.start()) && attendEvidence.contains(view.sentence.start());
    }

    /** The relations found so far whose evidence is this sentence. */
    List<Relation> inSentence(SentenceView view) {
        return byKey.values().stream().filter(r -> r.evidenceStart() == view.sentence.start()).toList();
    }

    List<Relation> relations() {
        return new ArrayList<>(byKey.values());
    }

    private static String key(Relation r) {
        if (r.type() == RelationType.MEETS) {
            int a = r.args().get("person");
            int b = r.args().get("other");
            return r.type() + ":" + Math.min(a, b) + "," + Math.max(a, b);
        }
        if (r.type() == RelationType.HOLDS_POSITION) {
            // one holding per holder and title; the variant that names the organization wins over the one that does not
            return r.type() + ":" + r.args().get("holder") + "," + r.args().get("title");
        }
        return r.type() + ":" + new TreeMap<>(r.args());
    }
}
