package officialskg.pipeline;

import officialskg.rdf.IriMinter;

/**
 * Typed configuration of a pipeline, with stated defaults.
 *
 * @param baseIri         entity, article and graph IRIs are minted under it; default {@link IriMinter#DEFAULT_BASE},
 *                        which points at {@code kg serve}'s default address so IRIs open their pages
 * @param threads         analysis workers; default: the number of cores
 * @param softwareVersion recorded in each article graph's extraction run
 */
public record PipelineSettings(String baseIri, int threads, String softwareVersion) {

    public PipelineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static PipelineSettings defaults(String softwareVersion) {
        return new PipelineSettings(IriMinter.DEFAULT_BASE, Runtime.getRuntime().availableProcessors(),
                softwareVersion);
    }

    public PipelineSettings withBaseIri(String iri) {
        return new PipelineSettings(iri, threads, softwareVersion);
    }

    public PipelineSettings withThreads(int n) {
        return new PipelineSettings(baseIri, n, softwareVersion);
    }
}
