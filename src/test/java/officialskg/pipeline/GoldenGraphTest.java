package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.vocab.Prefixes;
import officialskg.rdf.OntologyFiles;
import officialskg.vocab.Kg;
import officialskg.vocab.Org;
import officialskg.vocab.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Golden files: each folder of {@code src/test/resources/officialskg/golden/} holds an input article and
 * {@code expected.trig}; the REAL pipeline ({@link KgPipeline}) is run on the input and its dataset must be
 * isomorphic to the expected one. On a difference the missing and unexpected quads are printed.
 *
 * <p>Regenerate every expected file after a deliberate change (then review the diff in git):
 * <pre>./mvnw -B -o test -Dtest=GoldenGraphTest -Dgolden.update=true</pre>
 * Inputs are read by path relative to the project root, so {@code kg:sourceFile} is the same on every machine; the
 * software version is fixed to {@value #VERSION} so releases do not change the files.
 */
class GoldenGraphTest {

    static final Path CASES = Path.of("src/test/resources/officialskg/golden");
    static final String VERSION = "golden";
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final KgPipeline PIPELINE = new KgPipeline(PipelineSettings.defaults(VERSION).withThreads(1));

    @TestFactory
    Stream<DynamicTest> everyCaseGivesItsExpectedGraph() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(CASES)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 8, "at least eight golden cases: " + cases);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Path input = input(dir);
        assumeTrue(Files.exists(input), input + " is absent (shared data not beside the project)");
        DatasetGraph actual = run(input);
        Path expectedFile = dir.resolve("expected.trig");
        if (UPDATE) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                actual.prefixes().putAll(Prefixes.STANDARD);
                RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
            }
            return;
        }
        assertTrue(Files.exists(expectedFile), expectedFile + " is missing; create it with -Dgolden.update=true");
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        RDFParser.source(expectedFile).lang(Lang.TRIG).parse(expected);
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail(dir.getFileName() + ": the pipeline's graph differs from expected.trig\n" + diff(expected, actual)
                    + "\n(if the change is intended: -Dgolden.update=true)");
        }
    }

    /** Every predicate and class the expected graphs use is declared in the ontology (or is RDF/RDFS/OWL/XSD). */
    @Test
    void expectedGraphsUseOnlyDeclaredTerms() throws IOException {
        Graph ontology = OntologyFiles.load(OntologyFiles.ONTOLOGY);
        Set<String> undeclared = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(CASES)) {
            files = all.filter(p -> p.getFileName().toString().equals("expected.trig")).toList();
        }
        for (Path file : files) {
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            RDFParser.source(file).lang(Lang.TRIG).parse(dataset);
            dataset.stream().forEach(quad -> {
                List<Node> terms = quad.getPredicate().equals(RDF.type.asNode())
                        ? List.of(quad.getPredicate(), quad.getObject()) : List.of(quad.getPredicate());
                for (Node term : terms) {
                    used.add(term.getURI());
                    boolean builtIn = Stream.of(RDF.uri, RDFS.uri, OWL.NS, XSD.NS).anyMatch(term.getURI()::startsWith);
                    if (!builtIn && !ontology.contains(term, RDF.type.asNode(), Node.ANY)) {
                        undeclared.add(term.getURI());
                    }
                }
            });
        }
        assertEquals(Set.of(), undeclared);
        for (var term : List.of(Kg.Tenure, Kg.Meeting, Kg.Evidence, Org.Post, Kg.met, Schema.attendee,
                Schema.location, Schema.startDate, Kg.occursOn, Kg.titleAsWritten, Kg.reportedOn, Org.holds, Kg.fromCaption)) {
            assertTrue(used.contains(term.getURI()), "the golden cases exercise " + term);
        }
    }

    /** The case's input: input.txt, input.html, input.jsonl, or the file named in input.path. */
    static Path input(Path dir) throws IOException {
        for (String name : List.of("input.txt", "input.html", "input.jsonl")) {
            if (Files.exists(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        Path pointer = dir.resolve("input.path");
        assertTrue(Files.exists(pointer), dir + " has no input file");
        return Path.of(Files.readString(pointer, StandardCharsets.UTF_8).strip());
    }

    /** Reads the one article of {@code input} and maps its analysis, as {@code kg ingest} would store it. */
    static DatasetGraph run(Path input) {
        List<Article> articles = new ArrayList<>();
        PIPELINE.inputs().read(input, InputFormat.AUTO, outcome -> {
            switch (outcome) {
                case ArticleRead.Ok ok -> articles.add(ok.article());
                case ArticleRead.Failed failed -> fail(failed.message());
            }
        });
        assertEquals(1, articles.size(), input + " holds one article");
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Article article = articles.get(0);
        PIPELINE.rdf().write(article, PIPELINE.analyzer().analyze(article), StreamRDFLib.dataset(dataset));
        return dataset;
    }

    /** Quads only in one of the two datasets, one per line (the graphs hold no blank nodes). */
    static String diff(DatasetGraph expected, DatasetGraph actual) {
        Set<String> want = lines(expected);
        Set<String> got = lines(actual);
        StringBuilder out = new StringBuilder();
        want.stream().filter(q -> !got.contains(q)).limit(60).forEach(q -> out.append("- ").append(q).append('\n'));
        got.stream().filter(q -> !want.contains(q)).limit(60).forEach(q -> out.append("+ ").append(q).append('\n'));
        return out.toString();
    }

    private static Set<String> lines(DatasetGraph dataset) {
        return dataset.stream().map(GoldenGraphTest::line).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String line(Quad quad) {
        return FmtUtils.stringForNode(quad.getSubject()) + " " + FmtUtils.stringForNode(quad.getPredicate()) + " "
                + FmtUtils.stringForNode(quad.getObject()) + " @" + FmtUtils.stringForNode(quad.getGraph());
    }
}
