package officialskg.server;

import officialskg.pipeline.KgPipeline;
import officialskg.store.TdbStore;

/** What the web layer serves: the open store, the pipeline that ingests into it, and how to reach Fuseki. */
public record ServedGraph(TdbStore store, KgPipeline pipeline, Credentials credentials, ServerSettings settings,
                          String fusekiUrl) {
}
