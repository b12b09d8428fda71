package officialskg.rdf;

import officialskg.resolve.Analysis;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every predicate and class the mapping emits is declared in the ontology (own or reused term) or is RDF/OWL itself. */
class EmittedTermsAreDeclaredTest {

    static final List<String> BUILT_IN = List.of(RDF.uri, RDFS.uri, OWL.NS, XSD.NS);

    @Test
    void predicatesAndClassesAreDeclared() {
        Graph ontology = OntologyFiles.load(OntologyFiles.ONTOLOGY);
        var undeclared = new TreeSet<String>();
        var used = new TreeSet<String>();
        for (var sample : List.of(
                new Object[]{SampleArticles.ces(), SampleArticles.cesAnalysis()},
                new Object[]{SampleArticles.cabinet(), SampleArticles.cabinetAnalysis()},
                new Object[]{SampleArticles.forum(), SampleArticles.forumAnalysis()})) {
            DatasetGraph dsg = ArticleRdfTest.written((officialskg.article.Article) sample[0], (Analysis) sample[1]);
            for (Quad quad : dsg.stream().toList()) {
                check(quad.getPredicate(), ontology, used, undeclared);
                if (quad.getPredicate().equals(RDF.type.asNode())) {
                    check(quad.getObject(), ontology, used, undeclared);
                }
            }
        }
        assertEquals(Set.of(), undeclared, "emitted but not declared in ontology/officials-kg.ttl");
        assertTrue(used.size() > 40, "the samples exercise most of the mapping: " + used.size());
    }

    private static void check(Node term, Graph ontology, Set<String> used, Set<String> undeclared) {
        used.add(term.getURI());
        boolean builtIn = BUILT_IN.stream().anyMatch(ns -> term.getURI().startsWith(ns));
        if (!builtIn && !ontology.contains(term, RDF.type.asNode(), Node.ANY)) {
            undeclared.add(term.getURI());
        }
    }
}
