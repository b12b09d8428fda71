package officialskg.rdf;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.resolve.Entity;
import officialskg.vocab.Kg;
import officialskg.vocab.Schema;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code meets} relations as {@code kg:Meeting} nodes, one per pair of people in the article (whoever the sentence
 * named first), with both as {@code schema:attendee}, the report date, the date and place its sentence states, and
 * every evidence sentence; the people are linked by {@code kg:met} both ways, since meeting is symmetric.
 */
final class MeetingsRdf {

    private final FactContext facts;

    MeetingsRdf(FactContext facts) {
        this.facts = facts;
    }

    void write(List<Relation> relations, Node[] relationNodes) {
        Map<String, List<Integer>> pairs = new LinkedHashMap<>();
        Map<String, Entity[]> people = new LinkedHashMap<>();
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            if (relation.type() != RelationType.MEETS) {
                continue;
            }
            Optional<Entity> a = facts.entities().ofMention(relation.args().get("person"));
            Optional<Entity> b = facts.entities().ofMention(relation.args().get("other"));
            if (a.isEmpty() || b.isEmpty() || a.get().id().equals(b.get().id())) {
                continue;
            }
            boolean ordered = a.get().id().compareTo(b.get().id()) < 0;
            Entity first = ordered ? a.get() : b.get();
            Entity second = ordered ? b.get() : a.get();
            String key = first.id() + "\t" + second.id();
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            people.putIfAbsent(key, new Entity[]{first, second});
        }
        pairs.forEach((key, indices) -> writeMeeting(key, people.get(key), indices, relations, relationNodes));
    }

    private void writeMeeting(String key, Entity[] pair, List<Integer> indices, List<Relation> relations,
                              Node[] relationNodes) {
        ArticleGraphSink out = facts.out();
        Node meeting = ArticleGraphSink.iri(facts.iris().meetingIri(facts.articleId(), key));
        Node a = facts.entityNode(pair[0]);
        Node b = facts.entityNode(pair[1]);
        out.add(meeting, RDF.type, Kg.Meeting);
        out.add(meeting, Schema.attendee, a);
        out.add(meeting, Schema.attendee, b);
        out.add(a, Kg.met, b);
        out.add(b, Kg.met, a);
        Relation first = relations.get(indices.getFirst());
        setting(meeting, first.evidenceStart(), first.evidenceEnd());
        double confidence = 0;
        for (int index : indices) {
            Relation relation = relations.get(index);
            facts.evidence(relation.evidenceStart(), relation.evidenceEnd())
                    .ifPresent(span -> out.add(meeting, Kg.evidence, span));
            out.add(relationNodes[index], Kg.meeting, meeting);
            confidence = Math.max(confidence, relation.confidence());
        }
        facts.provenance(meeting, confidence);
    }

    /**
     * When and where, as the sentence that states the meeting says it: its one date (schema:startDate, as precise as
     * written) and its one place followed by 에서 (schema:location). A sentence with two dates or two such places
     * says neither for sure, and the meeting gets none.
     */
    private void setting(Node meeting, int start, int end) {
        List<Mention> dates = new ArrayList<>();
        List<Mention> places = new ArrayList<>();
        List<Integer> placeIndices = new ArrayList<>();
        for (int i = 0; i < facts.entities().mentionCount(); i++) {
            Mention m = facts.entities().mention(i);
            if (m.start() < start || m.end() > end) {
                continue;
            }
            if (m.type() == MentionType.DATE && m.normalized() != null) {
                dates.add(m);
            } else if (m.type() == MentionType.PLACE && followedBy(m.end(), "에서")) {
                places.add(m);
                placeIndices.add(i);
            }
        }
        if (dates.size() == 1) {
            String value = dates.getFirst().normalized();
            RDFDatatype datatype = MentionsRdf.dateDatatype(value);
            if (datatype != null) {
                facts.out().add(meeting, Schema.startDate, ArticleGraphSink.typed(value, datatype));
            }
        }
        if (places.size() == 1) {
            facts.entities().ofMention(placeIndices.getFirst())
                    .ifPresent(place -> facts.out().add(meeting, Schema.location, facts.entityNode(place)));
        }
    }

    /** Whether the text at code point {@code offset} starts with {@code word}. */
    private boolean followedBy(int offset, String word) {
        String text = facts.text();
        if (offset > text.codePointCount(0, text.length())) {
            return false;
        }
        return text.startsWith(word, text.offsetByCodePoints(0, offset));
    }
}
