package officialskg.rdf;

import officialskg.extract.Relation;
import officialskg.resolve.Analysis;
import officialskg.vocab.Kg;
import officialskg.vocab.Org;
import officialskg.vocab.Prov;
import officialskg.vocab.Schema;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleRdfTest {

    static final IriMinter IRIS = new IriMinter("http://example.org/kg/");
    static final ArticleRdf RDF_MAPPING = new ArticleRdf(IRIS, "0.1.0-test");

    static DatasetGraph written(officialskg.article.Article article, Analysis analysis) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDF_MAPPING.write(article, analysis, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    static Graph cesGraph() {
        return written(SampleArticles.ces(), SampleArticles.cesAnalysis())
                .getGraph(iri(IRIS.articleGraph(SampleArticles.CES_ID)));
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Set<Node> objects(Graph graph, String subject, Resource predicate) {
        return graph.find(iri(subject), predicate.asNode(), Node.ANY).mapWith(t -> t.getObject()).toSet();
    }

    static Node only(Graph graph, String subject, Resource predicate) {
        Set<Node> objects = objects(graph, subject, predicate);
        assertEquals(1, objects.size(), () -> subject + " " + predicate + " " + objects);
        return objects.iterator().next();
    }

    @Test
    void everyQuadLandsInTheArticleGraph() {
        DatasetGraph dsg = written(SampleArticles.ces(), SampleArticles.cesAnalysis());
        List<Quad> quads = dsg.stream().toList();
        assertFalse(quads.isEmpty());
        assertEquals(Set.of(iri("http://example.org/kg/graph/article/etoday-ces-2024")),
                quads.stream().map(Quad::getGraph).collect(Collectors.toSet()));
    }

    @Test
    void articleMetadata() {
        Graph g = cesGraph();
        String article = "http://example.org/kg/article/etoday-ces-2024";
        assertTrue(g.contains(iri(article), RDF.type.asNode(), Schema.NewsArticle.asNode()));
        assertEquals("오세훈 시장, CES 2024 참관", only(g, article, Schema.headline).getLiteralLexicalForm());
        assertEquals(NodeFactory.createLiteralDT("2024-01-08T11:15:00+09:00", XSDDatatype.XSDdateTime),
                only(g, article, Schema.datePublished));
        assertEquals(iri("https://www.etoday.co.kr/news/view/2318350"), only(g, article, Schema.url));
        Node publisher = only(g, article, Schema.publisher);
        assertEquals("http://example.org/kg/publisher/이투데이", publisher.getURI());
        assertEquals("이투데이", only(g, publisher.getURI(), Schema.name).getLiteralLexicalForm());
        assertEquals(Set.of(NodeFactory.createLiteralString("서울 혁신기업 부스 방문"),
                NodeFactory.createLiteralString("최태원 회장과 만나")), objects(g, article, Kg.subtitle));
        assertEquals("seed/ces.txt", only(g, article, Kg.sourceFile).getLiteralLexicalForm());
    }

    @Test
    void storedTextIsTheAnalyzedTextAndSpansMoveOntoIt() {
        Graph g = cesGraph();
        String article = "http://example.org/kg/article/etoday-ces-2024";
        String text = only(g, article, Schema.text).getLiteralLexicalForm();
        assertEquals(SampleArticles.CES_TITLE + "\n\n" + SampleArticles.CES_BODY, text);
        // Body paragraphs [0, 49) and [51, 80) move by the title (19 code points) and the blank line (2).
        String second = IRIS.spanIri(SampleArticles.CES_ID, 1);
        assertEquals("72", only(g, second, Kg.start).getLiteralLexicalForm());
        assertEquals("101", only(g, second, Kg.end).getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDinteger.getURI(), only(g, second, Kg.start).getLiteralDatatypeURI());
        assertEquals("paragraph", only(g, second, Kg.spanKind).getLiteralLexicalForm());
        assertEquals("21", only(g, IRIS.spanIri(SampleArticles.CES_ID, 0), Kg.start).getLiteralLexicalForm());
    }

    @Test
    void mentionOffsetsAreCodePointsPastAnEmoji() {
        Graph g = cesGraph();
        String chey = IRIS.mentionIri(SampleArticles.CES_ID, 7);
        assertEquals("최태원", only(g, chey, Kg.anchorText).getLiteralLexicalForm());
        // The rocket emoji before it is one code point but two UTF-16 units: 72, not 73.
        assertEquals("72", only(g, chey, Kg.start).getLiteralLexicalForm());
        assertEquals("75", only(g, chey, Kg.end).getLiteralLexicalForm());
        assertEquals("Person", only(g, chey, Kg.mentionType).getLiteralLexicalForm());
        assertEquals("test", only(g, chey, Kg.extractor).getLiteralLexicalForm());
        assertEquals(NodeFactory.createLiteralDT("0.95", XSDDatatype.XSDdecimal), only(g, chey, Kg.confidence));
        assertEquals(iri("http://example.org/kg/entity/person/최태원"), only(g, chey, Kg.refersTo));
        assertEquals(iri("http://example.org/kg/article/etoday-ces-2024"), only(g, chey, Prov.wasDerivedFrom));
        assertEquals(iri(IRIS.runIri(SampleArticles.CES_ID)), only(g, chey, Prov.wasGeneratedBy));
        String title = IRIS.mentionIri(SampleArticles.CES_ID, 2);
        assertEquals("시장", only(g, title, Kg.normalizedValue).getLiteralLexicalForm());
        assertEquals("27", only(g, title, Kg.start).getLiteralLexicalForm());
    }

    @Test
    void entitiesAreTypedLabelledAndMentionedByTheArticle() {
        Graph g = cesGraph();
        String article = "http://example.org/kg/article/etoday-ces-2024";
        assertEquals(8, objects(g, article, Kg.mentions).size());
        String ces = "http://example.org/kg/entity/event/CES%202024";
        assertTrue(objects(g, article, Kg.mentions).contains(iri(ces)));
        assertEquals(Schema.Event.asNode(), only(g, ces, RDF.type));
        assertEquals("CES 2024", only(g, ces, SKOS.prefLabel).getLiteralLexicalForm());
        String mayor = "http://example.org/kg/entity/title/시장";
        assertEquals(Set.of(Kg.Title.asNode(), Org.Role.asNode()), objects(g, mayor, RDF.type),
                "a title held in a tenure is its org:role");
        assertEquals("시장", only(g, mayor, Kg.normalizedValue).getLiteralLexicalForm());
        String day = "http://example.org/kg/entity/date/2024-01-09";
        assertEquals(Kg.DateExpression.asNode(), only(g, day, RDF.type));
        assertEquals(NodeFactory.createLiteralDT("2024-01-09", XSDDatatype.XSDdate), only(g, day, Kg.dateValue));
        String vegas = "http://example.org/kg/entity/place/라스베이거스";
        assertEquals(iri("http://www.wikidata.org/entity/Q23768"), only(g, vegas, OWL.sameAs));
        assertEquals("wd:Q23768", only(g, vegas, Kg.referenceId).getLiteralLexicalForm());
    }

    @Test
    void relationsBecomeRelationNodesWithRolesAndEvidence() {
        Graph g = cesGraph();
        String holds = IRIS.relationIri(SampleArticles.CES_ID, 0);
        assertEquals(Set.of(Kg.Relation.asNode(), RDF.Statement.asNode()), objects(g, holds, RDF.type));
        assertEquals("holdsPosition", only(g, holds, Kg.relationType).getLiteralLexicalForm());
        assertEquals("current", only(g, holds, Kg.status).getLiteralLexicalForm());
        assertEquals(iri("http://example.org/kg/entity/person/오세훈"), only(g, holds, Kg.holder));
        assertEquals(iri("http://example.org/kg/entity/title/시장"), only(g, holds, Kg.title));
        Node evidence = only(g, holds, Kg.evidence);
        assertEquals("오세훈 서울시장이 9일(현지시간) 미국 라스베이거스에서 열린 CES 2024를 찾았다 🚀",
                only(g, evidence.getURI(), Kg.evidenceText).getLiteralLexicalForm());
        assertEquals("70", only(g, evidence.getURI(), Kg.end).getLiteralLexicalForm());
        String chair = IRIS.relationIri(SampleArticles.CES_ID, 1);
        assertEquals(iri("http://example.org/kg/entity/org/대한상공회의소"), only(g, chair, Kg.organization));
        assertTrue(objects(g, chair, Kg.evidence).isEmpty(), "an empty evidence span is not stored");
        assertTrue(objects(g, IRIS.relationIri(SampleArticles.CES_ID, 2), Kg.status).isEmpty());
    }

    @Test
    void dateOnlyArticleKeepsXsdDateAndKoreanUrl() {
        Graph g = written(SampleArticles.cabinet(), SampleArticles.cabinetAnalysis())
                .getGraph(iri(IRIS.articleGraph(SampleArticles.CABINET_ID)));
        String article = IRIS.articleIri(SampleArticles.CABINET_ID);
        assertEquals(NodeFactory.createLiteralDT("2009-01-20", XSDDatatype.XSDdate),
                only(g, article, Schema.datePublished));
        assertEquals(iri("https://ko.wikinews.org/wiki/이명박_대통령_국무회의_주재"), only(g, article, Schema.url));
        assertTrue(objects(g, article, Schema.publisher).isEmpty());
        assertEquals(SampleArticles.CABINET_BODY, only(g, article, Schema.text).getLiteralLexicalForm());
    }

    @Test
    void anInvalidUrlIsNotStored() {
        Graph g = written(SampleArticles.forum(), SampleArticles.forumAnalysis())
                .getGraph(iri(IRIS.articleGraph(SampleArticles.FORUM_ID)));
        assertTrue(objects(g, IRIS.articleIri(SampleArticles.FORUM_ID), Schema.url).isEmpty());
        assertEquals("caption", only(g, IRIS.spanIri(SampleArticles.FORUM_ID, 1), Kg.spanKind).getLiteralLexicalForm());
    }

    @Test
    void evidenceInsideACaptionIsMarkedFromCaptionAndBodyEvidenceIsNot() {
        Analysis forum = SampleArticles.forumAnalysis();
        String body = SampleArticles.FORUM_BODY;
        int captionStart = body.codePointCount(0, body.indexOf("사진"));
        int captionEnd = body.codePointCount(0, body.length());
        Relation fromPhoto = forum.relations().getFirst();
        List<Relation> relations = List.of(fromPhoto, new Relation(fromPhoto.type(), fromPhoto.args(), null, 0.5,
                captionStart, captionEnd));
        Graph g = written(SampleArticles.forum(),
                new Analysis(forum.text(), forum.mentions(), forum.entities(), relations))
                .getGraph(iri(IRIS.articleGraph(SampleArticles.FORUM_ID)));
        String inBody = IRIS.evidenceIri(SampleArticles.FORUM_ID, fromPhoto.evidenceStart(), fromPhoto.evidenceEnd());
        String inCaption = IRIS.evidenceIri(SampleArticles.FORUM_ID, captionStart, captionEnd);
        assertEquals("사진은 개막식 모습.", only(g, inCaption, Kg.evidenceText).getLiteralLexicalForm());
        assertEquals(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), only(g, inCaption, Kg.fromCaption));
        assertTrue(objects(g, inBody, Kg.fromCaption).isEmpty());
    }

    @Test
    void spansThatCannotBePlacedOnTheAnalyzedTextAreLeftOut() {
        Analysis other = Analysis.empty("다른 텍스트");
        Graph g = written(SampleArticles.ces(), other).getGraph(iri(IRIS.articleGraph(SampleArticles.CES_ID)));
        String article = IRIS.articleIri(SampleArticles.CES_ID);
        assertEquals("다른 텍스트", only(g, article, Schema.text).getLiteralLexicalForm());
        assertTrue(objects(g, article, Kg.hasSpan).isEmpty());
    }

    @Test
    void sameInputGivesAnIsomorphicGraph() {
        DatasetGraph first = written(SampleArticles.ces(), SampleArticles.cesAnalysis());
        DatasetGraph second = written(SampleArticles.ces(), SampleArticles.cesAnalysis());
        assertTrue(IsoMatcher.isomorphic(first, second));
        DatasetGraph otherVersion = DatasetGraphFactory.createGeneral();
        new ArticleRdf(IRIS, "0.2.0").write(SampleArticles.ces(), SampleArticles.cesAnalysis(),
                StreamRDFLib.dataset(otherVersion));
        assertFalse(IsoMatcher.isomorphic(first, otherVersion));
    }

    @Test
    void withoutAnalysisOnlyTheArticleAndRunAreWritten() {
        Graph g = written(SampleArticles.cabinet(), null).getGraph(iri(IRIS.articleGraph(SampleArticles.CABINET_ID)));
        assertFalse(g.contains(Node.ANY, RDF.type.asNode(), Kg.Mention.asNode()));
        assertTrue(g.contains(Node.ANY, RDF.type.asNode(), Kg.ExtractionRun.asNode()));
    }

    @Test
    void aMentionBeyondTheTextIsAClearError() {
        Analysis bad = new Analysis("짧다", List.of(new officialskg.extract.Mention(1, 6, "다섯글자다",
                officialskg.extract.MentionType.PERSON, "test", 1.0, null, null)), List.of(), List.of());
        var e = assertThrows(IllegalArgumentException.class, () -> written(SampleArticles.cabinet(), bad));
        assertTrue(e.getMessage().contains("wikinews-1234"), e.getMessage());
    }
}
