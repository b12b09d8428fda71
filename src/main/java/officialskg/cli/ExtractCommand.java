package officialskg.cli;

import officialskg.article.Article;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.rdf.ArticleRdf;
import officialskg.rdf.IriMinter;
import officialskg.resolve.Analysis;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract mentions, entities and relations from articles without a store.",
                "--out jsonl writes one JSON object per document in input order (the contract in docs/architecture.md); "
                        + "ttl|trig|nq|jsonld write the RDF that ingest would store.",
                "Unreadable inputs are reported on stderr and exit 1 after the rest is written."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    KgCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files, directories, or - for stdin.")
    List<String> files;

    @Option(names = "--in", defaultValue = "auto", description = "auto|text|html|jsonl (default: ${DEFAULT-VALUE}).")
    String in;

    @Option(names = "--out", defaultValue = "jsonl", description = "jsonl|ttl|trig|nq|jsonld (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--base-iri", defaultValue = IriMinter.DEFAULT_BASE, description = "Base IRI for RDF output.")
    String baseIri;

    @Override
    public Integer call() {
        InputFormat format = Formats.input(in);
        KgPipeline pipeline = new KgPipeline(PipelineSettings.defaults(KgVersion.current()).withBaseIri(baseIri));
        Sink sink = sinkFor(out.toLowerCase(Locale.ROOT), pipeline.rdf());
        AtomicInteger failures = new AtomicInteger();
        OutputStream stdout = new BufferedOutputStream(parent.stdout());
        var err = spec.commandLine().getErr();
        java.util.function.Consumer<ArticleRead> handle = read -> {
            switch (read) {
                case ArticleRead.Failed f -> {
                    failures.incrementAndGet();
                    err.println("kg: " + f.message());
                    err.flush();
                }
                case ArticleRead.Ok ok -> sink.accept(ok.article(), pipeline.analyzer().analyze(ok.article()), stdout);
            }
        };
        for (String file : files) {
            if (file.equals("-")) {
                pipeline.inputs().read("<stdin>", System.in, format, handle);
            } else {
                pipeline.inputs().read(Path.of(file), format, handle);
            }
        }
        sink.finish(stdout);
        try {
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failures.get() == 0 ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }

    private static Sink sinkFor(String out, ArticleRdf rdf) {
        return switch (out) {
            case "jsonl" -> new JsonLinesSink();
            case "ttl" -> new RdfSink(rdf, Lang.TURTLE);
            case "trig" -> new RdfSink(rdf, Lang.TRIG);
            case "nq" -> new RdfSink(rdf, Lang.NQUADS);
            case "jsonld" -> new RdfSink(rdf, Lang.JSONLD);
            default -> throw new UserError("unknown output format '" + out + "' (use jsonl, ttl, trig, nq or jsonld)");
        };
    }

    /** Where analyzed articles go: written as they come (JSON Lines) or gathered and written at the end (RDF). */
    interface Sink {
        void accept(Article article, Analysis analysis, OutputStream out);

        default void finish(OutputStream out) {
        }
    }

    static final class JsonLinesSink implements Sink {
        @Override
        public void accept(Article article, Analysis analysis, OutputStream out) {
            try {
                out.write(ExtractJson.line(article, analysis).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Collects every article's graph in memory (extract is for single files and small batches), then writes. */
    static final class RdfSink implements Sink {
        private final ArticleRdf rdf;
        private final Lang lang;
        private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();

        RdfSink(ArticleRdf rdf, Lang lang) {
            this.rdf = rdf;
            this.lang = lang;
        }

        @Override
        public void accept(Article article, Analysis analysis, OutputStream out) {
            rdf.write(article, analysis, StreamRDFLib.dataset(dataset));
        }

        @Override
        public void finish(OutputStream out) {
            RdfPrefixes.apply(dataset.getDefaultGraph().getPrefixMapping());
            if (lang == Lang.TURTLE) {
                var union = dataset.getUnionGraph();
                RdfPrefixes.apply(union.getPrefixMapping());
                RDFDataMgr.write(out, union, Lang.TURTLE);
            } else {
                RDFDataMgr.write(out, dataset, lang);
            }
        }
    }
}
