package officialskg.rdf;

import officialskg.resolve.OrganizationNames;
import officialskg.resolve.DocumentEntities;
import officialskg.article.Article;
import officialskg.article.PublishedAt;
import officialskg.article.TextSpan;
import officialskg.resolve.Analysis;
import officialskg.vocab.Kg;
import officialskg.vocab.Prov;
import officialskg.vocab.Schema;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps one article and its analysis to quads in the article's named graph ({@link IriMinter#articleGraph}).
 *
 * <p>The output is a pure function of the input and the software version: no wall-clock time, no random blank
 * nodes, so re-ingesting the same article with the same software gives an isomorphic (in fact identical) graph.
 * The caller owns the sink's {@code start()}/{@code finish()}, so many articles can share one stream.
 *
 * <p>{@code schema:text} is {@link Analysis#text()}, the text every stored offset indexes into (code points). When
 * it is the title, a blank line and the body, the article's paragraph and caption spans are shifted to match.
 */
public final class ArticleRdf {

    private final IriMinter iris;
    private final String softwareVersion;
    private final OrganizationNames organizations;

    /** Without reference data: organizations named inside titles are looked up in the article only. */
    public ArticleRdf(IriMinter iris, String softwareVersion) {
        this(iris, softwareVersion, new OrganizationNames());
    }

    /** @param organizations how a name taken out of a title ({@code 서울시} of {@code 서울시장}) finds its entity */
    public ArticleRdf(IriMinter iris, String softwareVersion, OrganizationNames organizations) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.softwareVersion = Objects.requireNonNull(softwareVersion, "softwareVersion");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    public IriMinter iris() {
        return iris;
    }

    public void write(Article article, Analysis analysis, StreamRDF sink) {
        Analysis analyzed = analysis == null ? Analysis.empty(article.text()) : analysis;
        ArticleGraphSink out = new ArticleGraphSink(sink, iris.articleGraph(article.id()));
        Node articleNode = ArticleGraphSink.iri(iris.articleIri(article.id()));
        Node run = ArticleGraphSink.iri(iris.runIri(article.id()));

        writeArticle(article, analyzed.text(), articleNode, out);
        writeSpans(article, analyzed.text(), articleNode, out);
        writeRun(articleNode, run, out);
        new MentionsRdf(iris, article.id(), articleNode, run, out).write(analyzed);
        Optional<String> reportedOn = article.published().map(p -> p.date().toString());
        var facts = new FactContext(iris, article.id(), articleNode, run, reportedOn, analyzed.text(),
                captionsIn(article, analyzed.text()), new DocumentEntities(analyzed), out);
        new FactsRdf(facts, organizations).write(analyzed);
        new StatementsRdf(facts).write(analyzed);
    }

    private void writeArticle(Article article, String text, Node node, ArticleGraphSink out) {
        out.add(node, RDF.type, Schema.NewsArticle);
        out.addString(node, Schema.identifier, article.id());
        out.addString(node, Schema.headline, article.title());
        article.published().ifPresent(p -> out.add(node, Schema.datePublished, published(p)));
        validUrl(article.url()).ifPresent(url -> out.add(node, Schema.url, ArticleGraphSink.iri(url)));
        if (!article.publisher().isBlank()) {
            Node publisher = ArticleGraphSink.iri(iris.publisherIri(article.publisher()));
            out.add(node, Schema.publisher, publisher);
            out.add(publisher, RDF.type, Schema.Organization);
            out.addString(publisher, Schema.name, article.publisher().strip());
        }
        out.add(node, Schema.text, NodeFactory.createLiteralString(text));
        out.addString(node, Schema.inLanguage, "ko");
        article.subtitles().forEach(s -> out.addString(node, Kg.subtitle, s));
        out.addString(node, Kg.sourceFile, article.origin());
    }

    /** Paragraph and caption spans, moved onto the stored text when it has the title in front of the body. */
    private void writeSpans(Article article, String text, Node articleNode, ArticleGraphSink out) {
        Optional<Integer> shift = shiftOnto(article.text(), text);
        if (shift.isEmpty()) {
            return; // the stored text does not contain the body: spans over the body cannot be placed in it
        }
        List<TextSpan> spans = article.spans();
        for (int i = 0; i < spans.size(); i++) {
            TextSpan span = spans.get(i);
            Node node = ArticleGraphSink.iri(iris.spanIri(article.id(), i));
            out.add(articleNode, Kg.hasSpan, node);
            out.add(node, RDF.type, Kg.TextSpan);
            out.addInteger(node, Kg.start, span.start() + shift.get());
            out.addInteger(node, Kg.end, span.end() + shift.get());
            out.addString(node, Kg.spanKind, span.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    /** The article's caption spans moved onto the stored text; none when the body cannot be placed in it. */
    static List<TextSpan> captionsIn(Article article, String text) {
        Optional<Integer> shift = shiftOnto(article.text(), text);
        if (shift.isEmpty()) {
            return List.of();
        }
        return article.captions().stream()
                .map(c -> new TextSpan(c.start() + shift.get(), c.end() + shift.get(), c.kind())).toList();
    }

    private void writeRun(Node articleNode, Node run, ArticleGraphSink out) {
        Node agent = ArticleGraphSink.iri(iris.softwareAgentIri());
        out.add(run, RDF.type, Kg.ExtractionRun);
        out.add(run, Prov.used, articleNode);
        out.add(run, Prov.wasAssociatedWith, agent);
        out.addString(run, Kg.softwareVersion, softwareVersion);
        out.add(agent, RDF.type, Prov.SoftwareAgent);
        out.addString(agent, Schema.name, "Officials KG");
        out.add(out.graph(), Prov.wasGeneratedBy, run);
    }

    /** xsd:dateTime when the source stated the time of day, else xsd:date (never a made-up midnight). */
    static Node published(PublishedAt published) {
        return ArticleGraphSink.typed(published.lexical(),
                published.timeKnown() ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate);
    }

    /** The URL when it is an absolute http(s) IRI; anything else is not stored as schema:url. */
    static Optional<String> validUrl(String url) {
        String candidate = url.strip();
        if (!candidate.regionMatches(true, 0, "http://", 0, 7) && !candidate.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        try {
            IRIx iri = IRIx.create(candidate);
            return iri.isReference() && !iri.hasViolations() ? Optional.of(iri.str()) : Optional.empty();
        } catch (IRIException e) {
            return Optional.empty();
        }
    }

    /** Code points to add to a body offset to land on the same character in {@code stored}. */
    static Optional<Integer> shiftOnto(String body, String stored) {
        if (stored.equals(body)) {
            return Optional.of(0);
        }
        if (!body.isEmpty() && stored.endsWith(body)) {
            String prefix = stored.substring(0, stored.length() - body.length());
            return Optional.of(prefix.codePointCount(0, prefix.length()));
        }
        return Optional.empty();
    }
}
