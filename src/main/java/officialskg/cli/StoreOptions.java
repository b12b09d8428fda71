package officialskg.cli;

import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.rdf.IriMinter;
import officialskg.store.StoreLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that open a store. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR|URL", defaultValue = Locations.DEFAULT_STORE,
            description = {"TDB2 store directory (default: ${DEFAULT-VALUE}), or the dataset URL of a remote SPARQL "
                    + "1.1 store (http://host:port/ds; HTTP Basic credentials from the URL or $"
                    + StoreLocation.USER_ENV + " / $" + StoreLocation.PASSWORD_ENV + ")."})
    String store;

    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base under which entity, article and graph IRIs are minted (default: ${DEFAULT-VALUE}).")
    String baseIri;

    KgPipeline pipeline(int threads) {
        PipelineSettings settings = PipelineSettings.defaults(KgVersion.current()).withBaseIri(baseIri);
        return new KgPipeline(threads > 0 ? settings.withThreads(threads) : settings);
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
