package officialskg.cli;

import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.rdf.IriMinter;
import officialskg.store.StoreLocation;
import officialskg.store.TdbStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that open a store. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR|URL", defaultValue = Locations.DEFAULT_STORE,
            description = {"TDB2 store directory (default: ${DEFAULT-VALUE}), or the dataset URL of a remote SPARQL "
                    + "1.1 store (http://host:port/ds; HTTP Basic credentials from the URL or $"
                    + StoreLocation.USER_ENV + " / $" + StoreLocation.PASSWORD_ENV + ")."})
    String store;

    @Option(names = "--base-iri", paramLabel = "IRI",
            description = {"Base under which entity, article and graph IRIs are minted. Default: the base the "
                    + "store's articles were minted under; for a new or empty store " + IriMinter.DEFAULT_BASE
                    + " (kg demo and kg serve: the address they serve, http://localhost:PORT/kg/). A store keeps "
                    + "one base: another one is refused."})
    String baseIri;

    /** A pipeline minting under {@link #knownBase()}, else {@link IriMinter#DEFAULT_BASE} for a new store. */
    KgPipeline pipeline(int threads) {
        return pipelineMinting(knownBase().orElse(IriMinter.DEFAULT_BASE), threads);
    }

    /** A pipeline minting under {@code baseIri}, which the caller took from {@link #knownBase()} when present. */
    static KgPipeline pipelineMinting(String baseIri, int threads) {
        PipelineSettings settings = PipelineSettings.defaults(KgVersion.current()).withBaseIri(baseIri);
        return new KgPipeline(threads > 0 ? settings.withThreads(threads) : settings);
    }

    /**
     * The base this store mints under when it is known: {@code --base-iri}, else the base its articles were minted
     * under; empty for a new or empty store without {@code --base-iri}. One store holds one base, so that every
     * article names an entity by the same IRI: a {@code --base-iri} other than the store's is a user error.
     */
    java.util.Optional<String> knownBase() {
        java.util.Optional<String> minted = mintedBase();
        if (baseIri == null) {
            return minted;
        }
        String given;
        try {
            given = new IriMinter(baseIri).base();
        } catch (IllegalArgumentException e) {
            throw new UserError("--base-iri: " + e.getMessage());
        }
        if (minted.isPresent() && !minted.get().equals(given)) {
            throw new UserError("--base-iri " + baseIri + ": the store " + store + " was minted under "
                    + minted.get() + " (a store keeps one base; leave --base-iri out to use it)");
        }
        return java.util.Optional.of(given);
    }

    /** The base the embedded store's articles were minted under; empty for a new or empty store or a remote one. */
    java.util.Optional<String> mintedBase() {
        return location() instanceof StoreLocation.Directory directory
                ? TdbStore.mintedBase(directory.dir()) : java.util.Optional.empty();
    }

    /** What {@code --store} names; credentials of a remote store come from the URL or the environment. */
    StoreLocation location() {
        return StoreLocation.parse(store, System.getenv());
    }

    /** The store directory, for commands that only work on the embedded store (a user error for a URL). */
    Path directory(String command) {
        return switch (location()) {
            case StoreLocation.Directory directory -> directory.dir();
            case StoreLocation.Remote remote -> throw new UserError("kg " + command + " needs an embedded TDB2 store "
                    + "directory, not the remote store " + remote + " (serve a remote store with its own server)");
        };
    }
}
