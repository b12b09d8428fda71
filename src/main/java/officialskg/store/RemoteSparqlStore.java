package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.rdf.OntologyFiles;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;

import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A store kept by a remote SPARQL 1.1 server (Fuseki or any other): articles are written with the Graph Store
 * Protocol, read with SPARQL queries, through Jena's {@link RDFLink} over one shared {@link HttpClient} (HTTP Basic
 * credentials, connect timeout).
 *
 * <p>The dataset must query the union of its named graphs as its default graph, as the embedded store does (Fuseki
 * with TDB2: {@code tdb2:unionDefaultGraph true}; some stores, such as GraphDB and Virtuoso, do it by default):
 * the analyst queries rely on it. {@link #open} checks it on a stored triple and refuses a store that does not.
 *
 * <p>Why N ingest workers can share one remote store without coordination: every article is one named graph, and
 * {@link #replaceArticle} replaces it with a single GSP {@code PUT}, which the server applies atomically (one
 * request, one transaction). A worker writes only the graphs of its own articles (entity IRIs are shared, but each
 * article states what it says about them in its own graph), so as long as each article id goes to one worker
 * ({@code kg ingest --shard k/N}) no two workers ever write the same graph, no write depends on what another worker
 * wrote, and no locks are needed; a reader sees an article either before or after its replacement, never half of
 * it. The ontology graph is written the same way by whichever
 * worker finds it missing or stale; its content is the same for all of them, so a race only repeats the same PUT.
 */
public final class RemoteSparqlStore implements KgStore {

    private static final Query ARTICLE_GRAPHS = QueryFactory.create("SELECT ?g { GRAPH ?g { } }");
    private static final Query TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    private static final Query SOME_QUAD = QueryFactory.create(
            "SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o FILTER(isIRI(?s) && !isBlank(?o)) } } LIMIT 1");
    private static final Query IN_DEFAULT_GRAPH = QueryFactory.create("ASK { ?s ?p ?o }");
    private static final Query GRAPH = QueryFactory.create("CONSTRUCT { ?s ?p ?o } { GRAPH ?g { ?s ?p ?o } }");

    private static final Duration CLIENT_GRACE = Duration.ofSeconds(2);

    private final RemoteStoreSettings settings;
    private final IriMinter iris;
    private final HttpClient http;
    private final QueryRunner queries;
    private final Exporter exporter;
    private volatile boolean ontologyCurrent;

    private RemoteSparqlStore(RemoteStoreSettings settings, IriMinter iris) {
        this.settings = settings;
        this.iris = iris;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        settings.credentials().ifPresent(c -> builder.authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(c.user(), c.password().toCharArray());
            }
        }));
        this.http = builder.build();
        QueryTarget target = this::query;
        this.queries = new QueryRunner(target);
        this.exporter = new Exporter(target, iris);
    }

    /**
     * Connects to the dataset and checks that it can be read and that its default graph is the union of its named
     * graphs; a clear {@link StoreException} otherwise. Nothing is written until the first article.
     */
    public static RemoteSparqlStore open(RemoteStoreSettings settings, IriMinter iris) {
        RemoteSparqlStore store = new RemoteSparqlStore(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(iris, "iris"));
        try {
            store.requireUnionDefaultGraph();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void requireUnionDefaultGraph() {
        Binding quad = query(SOME_QUAD, BindingFactory.empty(), settings.requestTimeout(),
                exec -> {
                    var rows = exec.select();
                    return rows.hasNext() ? rows.next().detach() : null;
                });
        if (quad != null && !query(IN_DEFAULT_GRAPH, quad, settings.requestTimeout(), QueryExec::ask)) {
            throw new StoreException("remote store " + settings.datasetUrl() + " does not query the union of its "
                    + "named graphs as its default graph, which the analyst queries need (Fuseki with TDB2: set "
                    + "tdb2:unionDefaultGraph true on the dataset)");
        }
    }

    private RDFLink link() {
        String url = settings.datasetUrl();
        return RDFLinkHTTP.newBuilder().destination(url).queryEndpoint(url).updateEndpoint(url).gspEndpoint(url)
                .httpClient(http).triplesFormat(RDFFormat.NTRIPLES).build();
    }

    private <T> T query(Query query, Binding substitution, Duration timeout, Function<QueryExec, T> use) {
        return remote("query", () -> {
            try (RDFLink link = link()) {
                QueryExecBuilder builder = link.newQuery().query(query).substitution(substitution);
                if (!timeout.isZero()) {
                    // The server is asked to stop at the limit (Fuseki's timeout parameter, whole seconds), since a
                    // client giving up alone leaves the query running there; the client waits a little longer, so
                    // that a server that ignores the parameter is still not waited for much beyond it.
                    builder.timeout(timeout.toMillis() + CLIENT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                    if (builder instanceof QueryExecHTTPBuilder http) {
                        http.param("timeout", Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000)));
                    }
                }
                try (QueryExec exec = builder.build()) {
                    return use.apply(exec);
                }
            }
        }, timeout);
    }

    /** Runs one exchange with the server, turning HTTP failures into one-line {@link StoreException}s. */
    private <T> T remote(String what, Supplier<T> exchange, Duration timeout) {
        try {
            return exchange.get();
        } catch (HttpException | QueryException e) {
            throw failure(what, e, timeout);
        }
    }

    private StoreException failure(String what, RuntimeException e, Duration timeout) {
        String where = "remote store " + settings.datasetUrl();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return new StoreException(what.equals("query")
                        ? "query stopped: it ran longer than its time limit of " + timeout.toMillis() + " ms (" + where
                        + ")" : where + ": no answer in time to the " + what, e);
            }
            if (t instanceof ConnectException) {
                return new StoreException("cannot reach " + where + ": connection refused", e);
            }
        }
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        if (status == 503 && what.equals("query") && !timeout.isZero()) {
            // Fuseki answers 503 to a query it stopped at its timeout parameter.
            return new StoreException("query stopped: it ran longer than its time limit of " + timeout.toMillis()
                    + " ms (" + where + " answered HTTP 503)", e);
        }
        if (status == 401 || status == 403) {
            return new StoreException(where + " refused the " + what + " (HTTP " + status + "): give credentials "
                    + "in the URL (http://user:password@host:port/ds) or in $" + StoreLocation.USER_ENV + " and $"
                    + StoreLocation.PASSWORD_ENV, e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return new StoreException(where + ": " + what + " failed" + (status > 0 ? " (HTTP " + status + ")" : "")
                + ": " + message.lines().findFirst().orElse(""), e);
    }

    /**
     * Collects the article's graph, then replaces the stored one with one GSP {@code PUT}: atomic on the server, and
     * when the writer throws nothing is sent, so the previous graph stays as it was.
     */
    @Override
    public void replaceArticle(String articleId, Consumer<StreamRDF> writer) {
        Node name = NodeFactory.createURI(iris.articleGraph(articleId));
        Graph graph = GraphFactory.createDefaultGraph();
        writer.accept(new ArticleGraphStream(name, graph::add));
        ensureOntology();
        remote("write of article " + articleId, () -> {
            try (RDFLink link = link()) {
                link.put(name, graph);
            }
            return null;
        }, settings.requestTimeout());
    }

    /** Puts the ontology graph when it is missing or differs from the ontology files, once per store object. */
    private void ensureOntology() {
        if (ontologyCurrent) {
            return;
        }
        synchronized (this) {
            if (ontologyCurrent) {
                return;
            }
            Node name = NodeFactory.createURI(IriMinter.ONTOLOGY_GRAPH);
            Graph wanted = OntologyFiles.ontologyGraph();
            Graph stored = query(GRAPH, BindingFactory.binding(Var.alloc("g"), name), settings.requestTimeout(),
                    QueryExec::construct);
            if (!stored.isIsomorphicWith(wanted)) {
                remote("write of the ontology graph", () -> {
                    try (RDFLink link = link()) {
                        link.put(name, wanted);
                    }
                    return null;
                }, settings.requestTimeout());
            }
            ontologyCurrent = true;
        }
    }

    /** One GSP {@code DELETE}; a store that answers 404 had no such graph. */
    @Override
    public boolean deleteArticle(String articleId) {
        Node name = NodeFactory.createURI(iris.articleGraph(articleId));
        try (RDFLink link = link()) {
            link.delete(name);
            return true;
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return false;
            }
            throw failure("delete of article " + articleId, e, settings.requestTimeout());
        }
    }

    @Override
    public long articleCount() {
        return articleIds().size();
    }

    @Override
    public long tripleCount() {
        return query(TRIPLES, BindingFactory.empty(), settings.requestTimeout(), exec -> {
            var rows = exec.select();
            return rows.hasNext() ? Long.parseLong(rows.next().get(Var.alloc("n")).getLiteralLexicalForm()) : 0L;
        });
    }

    @Override
    public Set<String> articleIds() {
        return query(ARTICLE_GRAPHS, BindingFactory.empty(), settings.requestTimeout(), exec -> {
            var ids = new TreeSet<String>();
            exec.select().forEachRemaining(row -> {
                Node g = row.get(Var.alloc("g"));
                if (g != null && g.isURI()) {
                    iris.articleIdOfGraph(g.getURI()).ifPresent(ids::add);
                }
            });
            return Collections.unmodifiableSet(ids);
        });
    }

    /** A copy of one named graph, empty when there is none (one query). */
    public Graph graph(Node name) {
        return query(GRAPH, BindingFactory.binding(Var.alloc("g"), name), settings.requestTimeout(),
                QueryExec::construct);
    }

    public IriMinter iris() {
        return iris;
    }

    /** Same-name people recorded by other articles, asked of the endpoint (see {@link QueriedPersons}). */
    @Override
    public officialskg.resolve.EntityLookup personLookup() {
        return new QueriedPersons(this::query, iris);
    }

    @Override
    public QueryRunner queries() {
        return queries;
    }

    @Override
    public Exporter exporter() {
        return exporter;
    }

    public String datasetUrl() {
        return settings.datasetUrl();
    }

    @Override
    public void close() {
        http.close();
    }
}
