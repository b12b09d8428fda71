package officialskg.vocab;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import java.util.Map;

/** The prefixes every writer declares (exports, query output), in a stable order. */
public final class Prefixes {

    public static final Map<String, String> STANDARD = orderedMap(
            Kg.PREFIX, Kg.NS,
            Schema.PREFIX, Schema.NS,
            Org.PREFIX, Org.NS,
            Prov.PREFIX, Prov.NS,
            "skos", SKOS.uri,
            "rdf", RDF.uri,
            "rdfs", RDFS.uri,
            "owl", OWL.NS,
            "xsd", XSD.NS);

    private Prefixes() {
    }

    private static Map<String, String> orderedMap(String... pairs) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
