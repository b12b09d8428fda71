package officialskg.rdf;

import officialskg.resolve.OrganizationNames;
import officialskg.extract.Relation;
import officialskg.resolve.Analysis;
import officialskg.resolve.Entity;
import officialskg.vocab.Kg;
import officialskg.vocab.Org;
import officialskg.vocab.Schema;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every relation twice: as a {@code kg:Relation} node (an {@code rdf:Statement} with type, status, confidence, role
 * properties and the evidence sentence) and as the direct statement it stands for, which is what queries join on:
 * <pre>
 *   attends     ?event  schema:attendee  ?participant     organizes  ?event schema:organizer ?organizer
 *   candidateIn ?candidate kg:candidateIn ?event  speaksAt ?speaker kg:spokeAt ?event  boycotts ?boycotter kg:boycotted ?event
 *   memberOf    ?member org:memberOf     ?organization    visits     ?visitor kg:visited ?place
 *   locatedIn   ?event  schema:location  ?place           occursOn   ?event kg:occursOn ?date (+ schema:startDate)
 *   meets       ?a kg:met ?b and ?b kg:met ?a, with a kg:Meeting   holdsPosition  a kg:Tenure ({@link TenuresRdf})
 * </pre>
 * A role whose mention belongs to no entity points at the mention; such a relation gets no direct statement.
 */
final class FactsRdf {

    private static final Map<String, Property> ROLES = Map.ofEntries(
            Map.entry("holder", Kg.holder), Map.entry("title", Kg.title),
            Map.entry("organization", Kg.organization), Map.entry("member", Kg.member),
            Map.entry("participant", Kg.participant), Map.entry("event", Kg.event),
            Map.entry("organizer", Kg.organizer), Map.entry("candidate", Kg.candidate),
            Map.entry("speaker", Kg.speaker), Map.entry("boycotter", Kg.boycotter), Map.entry("person", Kg.person), Map.entry("other", Kg.other),
            Map.entry("visitor", Kg.visitor), Map.entry("place", Kg.place), Map.entry("date", Kg.date));

    private final FactContext facts;
    private final OrganizationNames organizations;

    FactsRdf(FactContext facts, OrganizationNames organizations) {
        this.facts = facts;
        this.organizations = organizations;
    }

    void write(Analysis analysis) {
        List<Relation> relations = analysis.relations();
        Node[] nodes = new Node[relations.size()];
        for (int i = 0; i < relations.size(); i++) {
            nodes[i] = writeRelation(i, relations.get(i), analysis.mentions().size());
        }
        new TenuresRdf(facts, organizations).write(relations, nodes);
        new MeetingsRdf(facts).write(relations, nodes);
        for (int i = 0; i < relations.size(); i++) {
            writeDirect(relations.get(i), nodes[i]);
        }
    }

    private Node writeRelation(int index, Relation relation, int mentionCount) {
        ArticleGraphSink out = facts.out();
        Node node = ArticleGraphSink.iri(facts.iris().relationIri(facts.articleId(), index));
        out.add(node, RDF.type, Kg.Relation);
        out.add(node, RDF.type, RDF.Statement);
        out.addString(node, Kg.relationType, relation.type().label());
        out.addString(node, Kg.status, relation.status());
        facts.provenance(node, relation.confidence());
        for (var arg : new TreeMap<>(relation.args()).entrySet()) {
            Property role = ROLES.get(arg.getKey());
            int mention = arg.getValue();
            if (role == null) {
                throw new IllegalArgumentException("article " + facts.articleId() + ": relation " + index
                        + " has unknown role " + arg.getKey() + " (known: " + new TreeMap<>(ROLES).keySet() + ")");
            }
            if (mention < 0 || mention >= mentionCount) {
                throw new IllegalArgumentException("article " + facts.articleId() + ": relation " + index + " role "
                        + arg.getKey() + " points at mention " + mention + ", but there are " + mentionCount
                        + " mentions");
            }
            out.add(node, role, facts.entities().ofMention(mention).map(facts::entityNode)
                    .orElse(ArticleGraphSink.iri(facts.iris().mentionIri(facts.articleId(), mention))));
        }
        facts.evidence(relation.evidenceStart(), relation.evidenceEnd())
                .ifPresent(span -> out.add(node, Kg.evidence, span));
        return node;
    }

    private void writeDirect(Relation relation, Node node) {
        switch (relation.type()) {
            case ATTENDS -> statement(node, relation, "event", Schema.attendee, "participant");
            case ORGANIZES -> statement(node, relation, "event", Schema.organizer, "organizer");
            // schema.org has no term for these three; the participant is the subject, as one reads them aloud
            case CANDIDATE_IN -> statement(node, relation, "candidate", Kg.candidateIn, "event");
            case SPEAKS_AT -> statement(node, relation, "speaker", Kg.spokeAt, "event");
            case BOYCOTTS -> statement(node, relation, "boycotter", Kg.boycotted, "event");
            case MEMBER_OF -> statement(node, relation, "member", Org.memberOf, "organization");
            case VISITS -> statement(node, relation, "visitor", Kg.visited, "place");
            case LOCATED_IN -> statement(node, relation, "event", Schema.location, "place");
            case OCCURS_ON -> {
                statement(node, relation, "event", Kg.occursOn, "date");
                startDate(relation);
            }
            case MEETS -> statement(node, relation, "person", Kg.met, "other");
            case HOLDS_POSITION -> {
                // written as a tenure by TenuresRdf
            }
        }
    }

    /** Adds {@code subject predicate object} and names it on the relation node (rdf:subject/predicate/object). */
    private void statement(Node relationNode, Relation relation, String subjectRole, Property predicate,
                           String objectRole) {
        Optional<Entity> subject = argument(relation, subjectRole);
        Optional<Entity> object = argument(relation, objectRole);
        if (subject.isEmpty() || object.isEmpty()) {
            return;
        }
        Node s = facts.entityNode(subject.get());
        Node o = facts.entityNode(object.get());
        ArticleGraphSink out = facts.out();
        out.add(s, predicate, o);
        out.add(relationNode, RDF.subject, s);
        out.add(relationNode, RDF.predicate, predicate);
        out.add(relationNode, RDF.object, o);
    }

    /** schema:startDate of an event: the date's value, as precise as the text (day, month or year). */
    private void startDate(Relation relation) {
        Optional<Entity> event = argument(relation, "event");
        Integer date = relation.args().get("date");
        String value = facts.entities().mention(date).normalized();
        RDFDatatype datatype = value == null ? null : MentionsRdf.dateDatatype(value);
        if (event.isPresent() && datatype != null) {
            facts.out().add(facts.entityNode(event.get()), Schema.startDate, ArticleGraphSink.typed(value, datatype));
        }
    }

    private Optional<Entity> argument(Relation relation, String role) {
        Integer mention = relation.args().get(role);
        return mention == null ? Optional.empty() : facts.entities().ofMention(mention);
    }
}
