package officialskg.pipeline;

import officialskg.article.ArticleInputs;
import officialskg.rdf.ArticleRdf;
import officialskg.extract.gazetteer.Gazetteer;
import officialskg.rdf.IriMinter;
import officialskg.resolve.NamesakeRule;
import officialskg.resolve.OrganizationNames;
import officialskg.resolve.PersonContexts;
import officialskg.store.KgStore;
import officialskg.store.RemoteSparqlStore;
import officialskg.store.StoreLocation;
import officialskg.store.TdbStore;

import java.nio.file.Path;

/**
 * The stages wired from {@link PipelineSettings}. The language models load once, on first use, and are shared by
 * every ingest and extract run of this pipeline.
 */
public final class KgPipeline {

    private final PipelineSettings settings;
    private final IriMinter iris;
    private volatile ArticleAnalyzer analyzer;
    private volatile Gazetteer gazetteer;

    public KgPipeline(PipelineSettings settings) {
        this.settings = settings;
        this.iris = new IriMinter(settings.baseIri());
    }

    public PipelineSettings settings() {
        return settings;
    }

    public IriMinter iris() {
        return iris;
    }

    public ArticleInputs inputs() {
        return new ArticleInputs();
    }

    public ArticleRdf rdf() {
        return new ArticleRdf(iris, settings.softwareVersion(), new OrganizationNames(gazetteer()));
    }

    public ArticleAnalyzer analyzer() {
        ArticleAnalyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = DefaultStages.analyzer(gazetteer());
                }
                a = analyzer;
            }
        }
        return a;
    }

    /** The bundled reference data, loaded once and shared by extraction and the RDF mapping. */
    private Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            synchronized (this) {
                if (gazetteer == null) {
                    gazetteer = Gazetteer.loadDefault();
                }
                g = gazetteer;
            }
        }
        return g;
    }

    public Ingest ingest() {
        return new Ingest(inputs(), analyzer(), rdf(), namesakes(), settings.threads());
    }

    /** Cross-article identity of named people (see {@link NamesakeRule}), over the bundled reference data. */
    public NamesakeRule namesakes() {
        return new NamesakeRule(new PersonContexts(new OrganizationNames(gazetteer())));
    }

    /**
     * The step that stores one analyzed article into {@code store} ({@link ArticleWriter}), with its own cross-article
     * identity over the store: what an article's people are is decided right before it is written. Every path that
     * stores articles (ingest, the REST API) goes through one.
     */
    public ArticleWriter articleWriter(KgStore store) {
        return new ArticleWriter(rdf(), new PersonIdentities(namesakes(), store.personLookup()), store::replaceArticle);
    }

    /** Ingest into a new store through TDB2's bulk loader (see {@link BulkIngest}). */
    public BulkIngest bulkIngest() {
        return bulkIngest(officialskg.store.BulkLoad.Loader.PHASED);
    }

    public BulkIngest bulkIngest(officialskg.store.BulkLoad.Loader loader) {
        return new BulkIngest(ingest(), iris, loader);
    }

    /** Opens the embedded TDB2 store in {@code dir}, creating it when absent. */
    public KgStore openStore(Path dir) {
        return TdbStore.open(dir, iris);
    }

    /** Opens the store a {@code --store} value names: an embedded TDB2 directory or a remote SPARQL store. */
    public KgStore openStore(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Directory directory -> openStore(directory.dir());
            case StoreLocation.Remote remote -> RemoteSparqlStore.open(remote.settings(), iris);
        };
    }
}
