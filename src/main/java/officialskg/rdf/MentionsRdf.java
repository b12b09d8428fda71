package officialskg.rdf;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.resolve.Analysis;
import officialskg.resolve.Entity;
import officialskg.resolve.NamesakeRule;
import officialskg.vocab.Kg;
import officialskg.vocab.Prov;
import officialskg.vocab.Schema;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Mentions (with code-point offsets and provenance) and the entities they refer to, as one article sees them. */
final class MentionsRdf {

    private final IriMinter iris;
    private final String articleId;
    private final Node article;
    private final Node run;
    private final ArticleGraphSink out;

    MentionsRdf(IriMinter iris, String articleId, Node article, Node run, ArticleGraphSink out) {
        this.iris = iris;
        this.articleId = articleId;
        this.article = article;
        this.run = run;
        this.out = out;
    }

    void write(Analysis analysis) {
        int textLength = analysis.text().codePointCount(0, analysis.text().length());
        EntityIndex entities = new EntityIndex(analysis, iris);
        List<Mention> mentions = analysis.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (mention.end() > textLength) {
                throw new IllegalArgumentException("article " + articleId + ": mention " + i + " \"" + mention.text()
                        + "\" ends at " + mention.end() + ", after the end of the text (" + textLength + ")");
            }
            writeMention(i, mention, entities.iriOfMention(i));
        }
        for (Entity entity : analysis.entities()) {
            writeEntity(entity, mentions);
        }
    }

    private void writeMention(int index, Mention mention, Node entity) {
        Node node = ArticleGraphSink.iri(iris.mentionIri(articleId, index));
        out.add(node, RDF.type, Kg.Mention);
        out.add(node, Prov.wasDerivedFrom, article);
        out.add(node, Prov.wasGeneratedBy, run);
        out.addInteger(node, Kg.start, mention.start());
        out.addInteger(node, Kg.end, mention.end());
        out.addString(node, Kg.anchorText, mention.text());
        out.addString(node, Kg.mentionType, mention.type().label());
        out.addString(node, Kg.extractor, mention.extractor());
        out.addDecimal(node, Kg.confidence, mention.confidence());
        out.addString(node, Kg.normalizedValue, mention.normalized());
        out.addString(node, Kg.referenceId, mention.referenceId());
        if (entity != null) {
            out.add(node, Kg.refersTo, entity);
        }
    }

    private void writeEntity(Entity entity, List<Mention> mentions) {
        Node node = ArticleGraphSink.iri(iris.entityIri(entity));
        out.add(article, Kg.mentions, node);
        out.add(node, RDF.type, classOf(entity.type()));
        out.addString(node, SKOS.prefLabel, entity.label());
        var otherNames = new TreeSet<String>();
        String normalized = null;
        for (int index : entity.mentions()) {
            Mention mention = mentions.get(index);
            otherNames.add(mention.text());
            normalized = normalized == null ? mention.normalized() : normalized;
        }
        otherNames.remove(entity.label());
        otherNames.forEach(name -> out.addString(node, SKOS.altLabel, name));
        out.addString(node, Kg.referenceId, entity.referenceId());
        NamesakeRule.nameKey(entity).ifPresent(name -> out.addString(node, Kg.nameKey, name));
        wikidataIri(entity.referenceId()).ifPresent(wd -> {
            out.add(node, OWL.sameAs, ArticleGraphSink.iri(wd));
            out.add(node, SKOS.exactMatch, ArticleGraphSink.iri(wd));
        });
        if (entity.type() == MentionType.TITLE || entity.type() == MentionType.DATE) {
            out.addString(node, Kg.normalizedValue, normalized);
        }
        if (entity.type() == MentionType.EVENT && normalized != null && dateDatatype(normalized) != null) {
            // 12월 대선: the month its name gives
            out.add(node, Schema.startDate, ArticleGraphSink.typed(normalized, dateDatatype(normalized)));
        }
        if (entity.type() == MentionType.DATE && normalized != null) {
            RDFDatatype datatype = dateDatatype(normalized);
            if (datatype != null) {
                out.add(node, Kg.dateValue, ArticleGraphSink.typed(normalized, datatype));
            }
        }
    }

    static Resource classOf(MentionType type) {
        return switch (type) {
            case PERSON -> Schema.Person;
            case ORGANIZATION -> Schema.Organization;
            case PLACE -> Schema.Place;
            case EVENT -> Schema.Event;
            case TITLE -> Kg.Title;
            case DATE -> Kg.DateExpression;
        };
    }

    /** The XSD type of a normalized date ({@code 2024-01-08}, {@code 2024-03}, {@code 2024}); null for others. */
    static RDFDatatype dateDatatype(String normalized) {
        RDFDatatype type = normalized.matches("\\d{4}-\\d{2}-\\d{2}") ? XSDDatatype.XSDdate
                : normalized.matches("\\d{4}-\\d{2}") ? XSDDatatype.XSDgYearMonth
                : normalized.matches("\\d{4}") ? XSDDatatype.XSDgYear : null;
        return type != null && type.isValid(normalized) ? type : null;
    }

    static Optional<String> wikidataIri(String referenceId) {
        return referenceId != null && referenceId.matches("wd:Q\\d+")
                ? Optional.of("http://www.wikidata.org/entity/" + referenceId.substring(3))
                : Optional.empty();
    }

    /** Which entity each mention belongs to (the first entity listing it). */
    static final class EntityIndex {
        private final Node[] byMention;

        EntityIndex(Analysis analysis, IriMinter iris) {
            byMention = new Node[analysis.mentions().size()];
            for (Entity entity : analysis.entities()) {
                Node node = ArticleGraphSink.iri(iris.entityIri(entity));
                for (int index : entity.mentions()) {
                    if (index < 0 || index >= byMention.length) {
                        throw new IllegalArgumentException("entity " + entity.id() + " lists mention " + index
                                + ", but there are " + byMention.length + " mentions");
                    }
                    byMention[index] = Objects.requireNonNullElse(byMention[index], node);
                }
            }
        }

        Node iriOfMention(int index) {
            return byMention[index];
        }
    }
}
