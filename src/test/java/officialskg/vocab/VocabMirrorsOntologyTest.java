package officialskg.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocab constants and ontology/officials-kg.ttl name the same terms. */
class VocabMirrorsOntologyTest {

    static final Set<Node> DECLARATIONS = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode());

    static Graph ontology() throws Exception {
        try (InputStream in = VocabMirrorsOntologyTest.class.getClassLoader()
                .getResourceAsStream("officialskg/ontology/officials-kg.ttl")) {
            assertNotNull(in, "ontology on the classpath");
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        }
    }

    static Set<String> constants(Class<?> vocabulary) throws IllegalAccessException {
        var terms = new TreeSet<String>();
        for (Field field : vocabulary.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertEquals(field.getName(), term.getLocalName(), "constant named after its term");
                terms.add(term.getURI());
            }
        }
        return terms;
    }

    static Set<String> declared(Graph ontology, String namespace) {
        return ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> DECLARATIONS.contains(t.getObject()) && t.getSubject().isURI()
                        && t.getSubject().getURI().startsWith(namespace))
                .mapWith(t -> t.getSubject().getURI()).toList().stream()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyKgConstantIsDeclaredAndEveryDeclaredTermHasAConstant() throws Exception {
        assertEquals(declared(ontology(), Kg.NS), constants(Kg.class));
    }

    @Test
    void reusedVocabulariesAreListedInTheOntology() throws Exception {
        Graph ontology = ontology();
        for (Class<?> vocabulary : new Class<?>[]{Schema.class, Org.class, Prov.class}) {
            Set<String> missing = constants(vocabulary);
            missing.removeAll(declared(ontology, ""));
            assertEquals(Set.of(), missing, vocabulary.getSimpleName() + " terms not listed in the ontology");
            for (String term : constants(vocabulary)) {
                assertTrue(ontology.contains(NodeFactory.createURI(term), RDFS.isDefinedBy.asNode(), Node.ANY),
                        term + " has rdfs:isDefinedBy");
            }
        }
    }

    @Test
    void ownTermsHaveKoreanAndEnglishLabelsAndComments() throws Exception {
        Graph ontology = ontology();
        for (String term : declared(ontology, Kg.NS)) {
            for (Node property : new Node[]{RDFS.label.asNode(), RDFS.comment.asNode()}) {
                Set<String> languages = ontology.find(NodeFactory.createURI(term), property, Node.ANY)
                        .mapWith(t -> t.getObject().getLiteralLanguage()).toSet();
                assertTrue(languages.containsAll(Set.of("ko", "en")), term + " " + property + " in ko and en: "
                        + languages);
            }
        }
    }

    @Test
    void prefixesCoverEveryVocabulary() {
        Set<String> namespaces = Arrays.stream(new String[]{Kg.NS, Schema.NS, Org.NS, Prov.NS})
                .collect(Collectors.toSet());
        assertTrue(Prefixes.STANDARD.values().containsAll(namespaces));
        assertFalse(Prefixes.STANDARD.containsKey(""));
    }
}
