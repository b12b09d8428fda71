package officialskg.store.text;

import officialskg.rdf.IriMinter;
import officialskg.store.TdbStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Korean full-text search through SPARQL, kept in sync with article replace and delete (real TDB2, real Nori). */
class KgTextIndexTest {

    private static final IriMinter IRIS = new IriMinter();

    @TempDir
    Path dir;

    @Test
    void compoundPartFindsTheCompoundAndDeleteRemovesIt() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"), IRIS)) {
            store.replaceArticle("a1", sink -> sink.triple(label("org/kcci", "대한상공회의소")));
            store.replaceArticle("a2", sink -> sink.triple(label("org/kcci", "대한상공회의소")));
            assertEquals(Set.of(IRIS.entityIri("org/kcci")), search(store, "상공회의소"));

            store.deleteArticle("a1");
            assertEquals(Set.of(IRIS.entityIri("org/kcci")), search(store, "상공회의소"),
                    "a2 still holds the label");
            store.replaceArticle("a2", sink -> sink.triple(label("person/오세훈", "오세훈 서울시장")));
            assertEquals(Set.of(), search(store, "상공회의소"));
            assertEquals(Set.of(IRIS.entityIri("person/오세훈")), search(store, "서울시장"));
        }
    }

    @Test
    void reopenedStoreKeepsItsIndex() {
        Path store = dir.resolve("store");
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            s.replaceArticle("a1", sink -> sink.triple(label("person/오세훈", "오세훈")));
        }
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            assertEquals(Set.of(IRIS.entityIri("person/오세훈")), search(s, "오세훈"));
        }
    }

    private static org.apache.jena.graph.Triple label(String id, String text) {
        return org.apache.jena.graph.Triple.create(NodeFactory.createURI(IRIS.entityIri(id)), SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralString(text));
    }

    static Set<String> search(TdbStore store, String words) {
        var query = new ParameterizedSparqlString("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s WHERE { ?s text:query ?q }""");
        query.setLiteral("q", words);
        var dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> found = new TreeSet<>();
            RowSet rows = QueryExec.dataset(dsg).query(query.asQuery()).select();
            rows.forEachRemaining(b -> found.add(b.get("s").getURI()));
            return found;
        });
    }
}
