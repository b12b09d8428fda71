package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.resolve.EntityLookup;
import officialskg.resolve.PersonContext;
import officialskg.resolve.PersonSighting;
import officialskg.vocab.Kg;
import officialskg.vocab.Org;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link EntityLookup} over the stored article graphs of any store, embedded or remote, in one SPARQL query per name.
 * The query starts from the bound name ({@code kg:nameKey}, an indexed lookup), then reads each person's tenures
 * ({@code org:member}: organization and role) and {@code org:memberOf} within that person's own article graph — never
 * a scan. The ingest writer caches answers per name, so a run asks each name once.
 */
final class QueriedPersons implements EntityLookup {

    private static final Query QUERY = QueryFactory.create("""
            PREFIX kg: <%s>
            PREFIX org: <%s>
            SELECT ?g ?person ?org ?role WHERE {
              GRAPH ?g {
                ?person kg:nameKey ?key .
                OPTIONAL {
                  { ?tenure org:member ?person . OPTIONAL { ?tenure org:organization ?org } OPTIONAL { ?tenure org:role ?role } }
                  UNION
                  { ?person org:memberOf ?org }
                }
              }
            }""".formatted(Kg.NS, Org.NS));
    private static final Var KEY = Var.alloc("key");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final QueryTarget target;
    private final IriMinter iris;

    QueriedPersons(QueryTarget target, IriMinter iris) {
        this.target = target;
        this.iris = iris;
    }

    @Override
    public List<PersonSighting> personsNamed(String nameKey, String excludedArticle) {
        Binding key = BindingFactory.binding(KEY, NodeFactory.createLiteralString(nameKey));
        // One context per (article, person), filled from every row of that pair.
        Map<List<String>, Found> contexts = new LinkedHashMap<>();
        target.execute(QUERY, key, TIMEOUT, exec -> {
            exec.select().forEachRemaining(row -> {
                Node graph = row.get("g");
                Node person = row.get("person");
                if (graph == null || person == null || !graph.isURI() || !person.isURI()) {
                    return;
                }
                Optional<String> article = iris.articleIdOfGraph(graph.getURI());
                Optional<String> entity = iris.entityIdOf(person.getURI());
                if (article.isEmpty() || entity.isEmpty() || article.get().equals(excludedArticle)) {
                    return;
                }
                Found context = contexts.computeIfAbsent(List.of(article.get(), entity.get()),
                        k -> new Found(new TreeSet<>(), new TreeSet<>()));
                id(row.get("org")).ifPresent(context.organizations()::add);
                id(row.get("role")).map(role -> role.substring(role.indexOf('/') + 1))
                        .ifPresent(context.roles()::add);
            });
            return null;
        });
        List<PersonSighting> out = new ArrayList<>();
        contexts.forEach((pair, context) -> out.add(new PersonSighting(pair.get(0), pair.get(1),
                new PersonContext(context.organizations(), context.roles()))));
        return out;
    }

    /** A context while its rows arrive. */
    private record Found(Set<String> organizations, Set<String> roles) {
    }

    private Optional<String> id(Node node) {
        return node != null && node.isURI() ? iris.entityIdOf(node.getURI()) : Optional.empty();
    }
}
