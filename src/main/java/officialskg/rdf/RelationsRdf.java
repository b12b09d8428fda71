package officialskg.rdf;

import officialskg.extract.Relation;
import officialskg.resolve.Analysis;
import officialskg.vocab.Kg;
import officialskg.vocab.Prov;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Relations as {@code kg:Relation} nodes: type, status, confidence, one role property per argument (pointing at the
 * argument's entity, or at the mention when no entity groups it) and the evidence sentence as a span. The richer
 * W3C ORG mapping of held posts ({@code org:Membership}) is built on top of this later.
 */
final class RelationsRdf {

    private static final Map<String, Property> ROLES = Map.ofEntries(
            Map.entry("holder", Kg.holder), Map.entry("title", Kg.title),
            Map.entry("organization", Kg.organization), Map.entry("member", Kg.member),
            Map.entry("participant", Kg.participant), Map.entry("event", Kg.event),
            Map.entry("organizer", Kg.organizer), Map.entry("person", Kg.person), Map.entry("other", Kg.other),
            Map.entry("visitor", Kg.visitor), Map.entry("place", Kg.place), Map.entry("date", Kg.date));

    private final IriMinter iris;
    private final String articleId;
    private final Node article;
    private final Node run;
    private final ArticleGraphSink out;

    RelationsRdf(IriMinter iris, String articleId, Node article, Node run, ArticleGraphSink out) {
        this.iris = iris;
        this.articleId = articleId;
        this.article = article;
        this.run = run;
        this.out = out;
    }

    void write(Analysis analysis) {
        var entities = new MentionsRdf.EntityIndex(analysis, iris);
        List<Relation> relations = analysis.relations();
        for (int i = 0; i < relations.size(); i++) {
            writeRelation(i, relations.get(i), analysis, entities);
        }
    }

    private void writeRelation(int index, Relation relation, Analysis analysis, MentionsRdf.EntityIndex entities) {
        Node node = ArticleGraphSink.iri(iris.relationIri(articleId, index));
        out.add(node, RDF.type, Kg.Relation);
        out.addString(node, Kg.relationType, relation.type().label());
        out.addString(node, Kg.status, relation.status());
        out.addDecimal(node, Kg.confidence, relation.confidence());
        out.add(node, Prov.wasDerivedFrom, article);
        out.add(node, Prov.wasGeneratedBy, run);
        for (var arg : new TreeMap<>(relation.args()).entrySet()) {
            Property role = ROLES.get(arg.getKey());
            int mention = arg.getValue();
            if (role == null) {
                throw new IllegalArgumentException("article " + articleId + ": relation " + index
                        + " has unknown role " + arg.getKey() + " (known: " + new TreeMap<>(ROLES).keySet() + ")");
            }
            if (mention < 0 || mention >= analysis.mentions().size()) {
                throw new IllegalArgumentException("article " + articleId + ": relation " + index + " role "
                        + arg.getKey() + " points at mention " + mention + ", but there are "
                        + analysis.mentions().size() + " mentions");
            }
            Node target = entities.iriOfMention(mention);
            out.add(node, role, target != null ? target : ArticleGraphSink.iri(iris.mentionIri(articleId, mention)));
        }
        if (relation.evidenceEnd() > relation.evidenceStart() && relation.evidenceStart() >= 0) {
            writeEvidence(index, relation, analysis.text(), node);
        }
    }

    private void writeEvidence(int index, Relation relation, String text, Node relationNode) {
        int length = text.codePointCount(0, text.length());
        if (relation.evidenceEnd() > length) {
            throw new IllegalArgumentException("article " + articleId + ": relation " + index
                    + " evidence ends at " + relation.evidenceEnd() + ", after the end of the text (" + length + ")");
        }
        Node span = ArticleGraphSink.iri(iris.evidenceIri(articleId, index));
        out.add(relationNode, Kg.evidence, span);
        out.add(span, RDF.type, Kg.TextSpan);
        out.addInteger(span, Kg.start, relation.evidenceStart());
        out.addInteger(span, Kg.end, relation.evidenceEnd());
        out.addString(span, Kg.spanKind, "evidence");
        int from = text.offsetByCodePoints(0, relation.evidenceStart());
        int to = text.offsetByCodePoints(from, relation.evidenceEnd() - relation.evidenceStart());
        out.addString(span, Kg.anchorText, text.substring(from, to));
    }
}
