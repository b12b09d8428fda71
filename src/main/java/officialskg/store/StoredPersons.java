package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.resolve.EntityLookup;
import officialskg.resolve.PersonContext;
import officialskg.resolve.PersonSighting;
import officialskg.vocab.Kg;
import officialskg.vocab.Org;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link EntityLookup} over the stored article graphs. Every step is an indexed quad lookup with the predicate and
 * object, or the graph and subject, bound — never a scan: the people named {@code n} are the subjects of
 * {@code kg:nameKey "n"} (POSG index), and in each one's article graph its tenures ({@code org:member}), their
 * organizations and roles, and its {@code org:memberOf} organizations give its context.
 */
final class StoredPersons implements EntityLookup {

    private static final Node NAME_KEY = Kg.nameKey.asNode();
    private static final Node MEMBER = Org.member.asNode();
    private static final Node ORGANIZATION = Org.organization.asNode();
    private static final Node ROLE = Org.role.asNode();
    private static final Node MEMBER_OF = Org.memberOf.asNode();

    private final DatasetGraph dataset;
    private final IriMinter iris;

    StoredPersons(DatasetGraph dataset, IriMinter iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    public List<PersonSighting> personsNamed(String nameKey, String excludedArticle) {
        Node key = NodeFactory.createLiteralString(nameKey);
        return Txn.calculateRead(dataset, () -> {
            List<PersonSighting> out = new ArrayList<>();
            dataset.find(Node.ANY, Node.ANY, NAME_KEY, key).forEachRemaining(quad -> {
                Node graph = quad.getGraph();
                if (Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph) || !graph.isURI()
                        || !quad.getSubject().isURI()) {
                    return;
                }
                Optional<String> article = iris.articleIdOfGraph(graph.getURI());
                Optional<String> person = iris.entityIdOf(quad.getSubject().getURI());
                if (article.isEmpty() || person.isEmpty() || article.get().equals(excludedArticle)) {
                    return;
                }
                out.add(new PersonSighting(article.get(), person.get(), context(graph, quad.getSubject())));
            });
            return out;
        });
    }

    private PersonContext context(Node graph, Node person) {
        Set<String> organizations = new TreeSet<>();
        Set<String> roles = new TreeSet<>();
        dataset.find(graph, Node.ANY, MEMBER, person).forEachRemaining(tenure -> {
            Node t = tenure.getSubject();
            dataset.find(graph, t, ORGANIZATION, Node.ANY).forEachRemaining(q -> id(q.getObject())
                    .ifPresent(organizations::add));
            dataset.find(graph, t, ROLE, Node.ANY).forEachRemaining(q -> id(q.getObject())
                    .map(role -> role.substring(role.indexOf('/') + 1)).ifPresent(roles::add));
        });
        dataset.find(graph, person, MEMBER_OF, Node.ANY).forEachRemaining(q -> id(q.getObject())
                .ifPresent(organizations::add));
        return new PersonContext(organizations, roles);
    }

    private Optional<String> id(Node node) {
        return node.isURI() ? iris.entityIdOf(node.getURI()) : Optional.empty();
    }
}
