package officialskg.cli;

import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.rdf.IriMinter;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that open a store. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = Locations.DEFAULT_STORE,
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base under which entity, article and graph IRIs are minted (default: ${DEFAULT-VALUE}).")
    String baseIri;

    KgPipeline pipeline(int threads) {
        PipelineSettings settings = PipelineSettings.defaults(KgVersion.current()).withBaseIri(baseIri);
        return new KgPipeline(threads > 0 ? settings.withThreads(threads) : settings);
    }
}
