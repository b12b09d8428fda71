package officialskg.rdf;

import officialskg.article.TextSpan;
import officialskg.resolve.DocumentEntities;
import officialskg.resolve.Entity;
import officialskg.vocab.Kg;
import officialskg.vocab.Prov;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.List;
import java.util.Optional;

/**
 * What every fact of one article is written with: the article and run nodes, its publication day (the
 * {@code kg:reportedOn} of every fact), its photo captions (code points into {@code text}) and its entities.
 */
record FactContext(IriMinter iris, String articleId, Node article, Node run, Optional<String> reportedOn,
                   String text, List<TextSpan> captions, DocumentEntities entities, ArticleGraphSink out) {

    FactContext {
        captions = List.copyOf(captions);
    }

    Node entityNode(Entity entity) {
        return ArticleGraphSink.iri(iris.entityIri(entity));
    }

    Node entityNode(String id) {
        return ArticleGraphSink.iri(iris.entityIri(id));
    }

    /** Provenance shared by tenures, meetings and relation nodes. */
    void provenance(Node fact, double confidence) {
        out.add(fact, Prov.wasDerivedFrom, article);
        out.add(fact, Prov.wasGeneratedBy, run);
        out.addDecimal(fact, Kg.confidence, confidence);
        reportedOn.ifPresent(day -> out.add(fact, Kg.reportedOn, ArticleGraphSink.typed(day, XSDDatatype.XSDdate)));
    }

    /**
     * The evidence sentence node, one per sentence of the article; empty when the extractor gave no span.
     * The sentence is stored verbatim so a reader needs no offset arithmetic. A sentence inside a photo caption is
     * marked {@code kg:fromCaption true}: a caption states what a picture shows, not what the article reports.
     */
    Optional<Node> evidence(int start, int end) {
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (end > length) {
            throw new IllegalArgumentException("article " + articleId + ": evidence ends at " + end
                    + ", after the end of the text (" + length + ")");
        }
        Node span = ArticleGraphSink.iri(iris.evidenceIri(articleId, start, end));
        out.add(span, RDF.type, Kg.Evidence);
        out.add(span, RDF.type, Kg.TextSpan);
        out.addInteger(span, Kg.start, start);
        out.addInteger(span, Kg.end, end);
        out.addString(span, Kg.spanKind, "evidence");
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        out.addString(span, Kg.evidenceText, text.substring(from, to));
        out.add(span, Prov.wasDerivedFrom, article);
        if (inCaption(start, end)) {
            out.addBoolean(span, Kg.fromCaption, true);
        }
        return Optional.of(span);
    }

    /** Whether {@code [start, end)} lies inside one caption span (captions are blocks of their own, never joined). */
    boolean inCaption(int start, int end) {
        for (TextSpan caption : captions) {
            if (caption.start() <= start && end <= caption.end()) {
                return true;
            }
        }
        return false;
    }

    /** Declares an entity the article does not list itself (an organization taken out of a title). */
    void declare(String id, org.apache.jena.rdf.model.Resource type, String label) {
        Node node = entityNode(id);
        out.add(article, Kg.mentions, node);
        out.add(node, RDF.type, type);
        out.addString(node, SKOS.prefLabel, label);
    }
}
