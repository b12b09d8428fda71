package officialskg.cli;

import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.extract.Document;
import officialskg.extract.MentionExtractor;
import officialskg.extract.date.DateExtractor;
import officialskg.extract.eval.ArticleScore;
import officialskg.extract.eval.GraphEvaluation;
import officialskg.extract.eval.GraphGold;
import officialskg.extract.eval.GraphReport;
import officialskg.extract.eval.HeldOutSplit;
import officialskg.extract.eval.NerError;
import officialskg.extract.eval.NerEvaluation;
import officialskg.extract.eval.NerReport;
import officialskg.extract.eval.PredictedGraph;
import officialskg.extract.eval.SpanMeasure;
import officialskg.extract.event.EventExtractor;
import officialskg.extract.relation.RelationEvaluation;
import officialskg.extract.relation.RuleRelationExtractor;
import officialskg.extract.tagger.SequenceTagger;
import officialskg.extract.tagger.TaggerThroughput;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import officialskg.pipeline.ArticleAnalyzer;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the extractor on labelled data (repeatable figures for the closing notes).",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Relations.class, EvalCommand.Graph.class,
                EvalCommand.Dates.class, EvalCommand.Events.class, EvalCommand.Speed.class,
                EvalCommand.TaggerSpeed.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Path readable(Path file) {
        if (!Files.isReadable(file)) {
            throw new UserError(file + ": cannot read (missing or no permission)");
        }
        return file;
    }

    private static ArticleAnalyzer analyzer() {
        return new KgPipeline(PipelineSettings.defaults(KgVersion.current())).analyzer();
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Exact-span precision, recall and F1 per type (PS↔Person, OG↔Organization, LC↔Place) of "
                    + "the full extraction engine on a KLUE-NER-style JSON Lines file, with an error listing.",
                    "--held-out scores only the sentences the tagger's training held out (the honest figure)."})
    static final class Ner implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.jsonl")
        Path file;

        @Option(names = "--held-out", description = "Only the held-out sentences of the training split.")
        boolean heldOut;

        @Option(names = "--errors", defaultValue = "30", description = "Errors to list (default: ${DEFAULT-VALUE}).")
        int errors;

        @Override
        public Integer call() throws IOException {
            ArticleAnalyzer analyzer = analyzer();
            NerEvaluation evaluation = new NerEvaluation(text -> analyzer.analyze(text, Optional.empty()).mentions(),
                    heldOut ? Optional.of(new HeldOutSplit(HeldOutSplit.DEFAULT_FRACTION)) : Optional.empty());
            NerReport report;
            try {
                report = evaluation.evaluate(readable(file));
            } catch (IllegalArgumentException e) {
                throw new UserError(file + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.toText());
            List<NerError> listed = report.errors().subList(0, Math.min(errors, report.errors().size()));
            if (!listed.isEmpty()) {
                out.println("first " + listed.size() + " of " + report.errors().size() + " errors:");
                listed.forEach(e -> out.println("  " + e));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "re", mixinStandardHelpOptions = true,
            description = "Precision, recall and F1 of per:title, per:employee_of and org:top_members/employees on a "
                    + "KLUE-RE CSV, reading holdsPosition/memberOf in the contract's roles.")
    static final class Relations implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Option(names = "--split", defaultValue = "heldout", description = "heldout|dev|all (default: ${DEFAULT-VALUE}).")
        String split;

        @Override
        public Integer call() {
            var scores = new RelationEvaluation(new RuleRelationExtractor(), new NoriKoreanAnalyzer())
                    .evaluate(readable(file), split);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("KLUE-RE %s (%s)%n%-28s %6s %6s %6s %5s %5s %5s%n", split, file, "label", "P", "R", "F1",
                    "TP", "FP", "FN");
            for (var s : scores) {
                out.printf("%-28s %6.3f %6.3f %6.3f %5d %5d %5d%n", s.label(), s.precision(), s.recall(), s.f1(),
                        s.truePositives(), s.falsePositives(), s.falseNegatives());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "graph", mixinStandardHelpOptions = true,
            description = {"Precision, recall and F1 of the full extraction (what kg extract writes) against gold "
                    + "graphs (GRAPH-GUIDELINES.md): persons, organizations, places, events, tenures, affiliations, "
                    + "meetings and participations, with counts (gold, predicted, matched) summed over the articles, "
                    + "and the mean F1 of the eight.",
                    "Scores the articles of FILE.jsonl that have a gold file GOLD_DIR/<id>.json.",
                    "Matching: strings compared without whitespace, quotes (‘’“”'\") and middle dots (·ㆍ・‧), case folded. A gold "
                            + "and a predicted entity of the same category match when any predicted string (label "
                            + "or mention text) equals any gold string (name or surface); one-to-one, most shared "
                            + "strings first. Relations match when their arguments map to matched entities: tenures "
                            + "by person and title (equal, or one containing the other, as written or without status "
                            + "words: 서울시장 ~ 시장, 국무총리 ~ 총리 후보자; organization and status ignored; a "
                            + "restatement of a matched tenure counts once); affiliations are (person, organization) from gold tenures with an "
                            + "organization, and from holdsPosition with an Organization argument plus memberOf; "
                            + "meetings are unordered pairs; participations are (person or organization, event) from "
                            + "any relation with an event argument. Each distinct item counts once per article.",
                    "A category with neither gold nor predicted items scores 1."})
    static final class Graph implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Directory of gold files <id>.json.")
        Path goldDir;

        @Parameters(index = "1", paramLabel = "FILE.jsonl", description = "The articles (JSON Lines).")
        Path file;

        @Option(names = "--split", paramLabel = "FILE",
                description = "Score only the article ids listed in FILE, one per line (blank lines and # comments "
                        + "skipped), e.g. a tuning or a held-out list.")
        Path split;

        @Option(names = "--errors", description = "List per article the missed and spurious items per category.")
        boolean errors;

        @Option(names = "--format", defaultValue = "table", description = "table|json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() throws IOException {
            String shape = format.toLowerCase(Locale.ROOT);
            if (!shape.equals("table") && !shape.equals("json")) {
                throw new UserError("unknown format '" + format + "' (use table or json)");
            }
            if (!Files.isDirectory(goldDir)) {
                throw new UserError(goldDir + ": not a directory");
            }
            PrintWriter err = spec.commandLine().getErr();
            Map<String, Path> goldFiles = GraphGold.filesIn(goldDir);
            if (split != null) {
                Set<String> ids = splitIds(readable(split));
                List<String> withoutGold = ids.stream().filter(id -> !goldFiles.containsKey(id)).toList();
                if (!withoutGold.isEmpty()) {
                    err.println("kg: " + withoutGold.size() + " of the ids in " + split + " have no gold file: "
                            + String.join(", ", withoutGold.subList(0, Math.min(10, withoutGold.size())))
                            + (withoutGold.size() > 10 ? ", …" : ""));
                }
                goldFiles.keySet().retainAll(ids);
            }
            if (goldFiles.isEmpty()) {
                throw new UserError(goldDir + ": no gold files (<id>.json)" + (split != null ? " for the ids of "
                        + split : ""));
            }
            Map<String, GraphGold> gold = new TreeMap<>();
            for (var entry : goldFiles.entrySet()) {
                try {
                    gold.put(entry.getKey(), GraphGold.read(entry.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage());
                }
            }
            KgPipeline pipeline = new KgPipeline(PipelineSettings.defaults(KgVersion.current()));
            ArticleAnalyzer analyzer = pipeline.analyzer();
            Map<String, ArticleScore> scores = new TreeMap<>();
            pipeline.inputs().read(readable(file), InputFormat.JSONL, read -> {
                switch (read) {
                    case ArticleRead.Failed f -> err.println("kg: " + f.message());
                    case ArticleRead.Ok ok -> {
                        GraphGold g = gold.get(ok.article().id());
                        if (g != null && !scores.containsKey(g.id())) {
                            String line = ExtractJson.line(ok.article(), analyzer.analyze(ok.article()));
                            scores.put(g.id(), GraphEvaluation.score(g, PredictedGraph.fromContractJson(line)));
                        }
                    }
                }
            });
            List<String> unread = gold.keySet().stream().filter(id -> !scores.containsKey(id)).toList();
            if (!unread.isEmpty()) {
                err.println("kg: " + unread.size() + " gold files have no article in " + file + " (not scored): "
                        + String.join(", ", unread.subList(0, Math.min(10, unread.size())))
                        + (unread.size() > 10 ? ", …" : ""));
            }
            err.flush();
            GraphReport report = new GraphReport(List.copyOf(scores.values()));
            PrintWriter out = spec.commandLine().getOut();
            if (shape.equals("json")) {
                out.println(report.toJson(errors));
            } else {
                out.print(report.toTable());
                if (errors) {
                    out.println();
                    out.print(report.errorsText());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static Set<String> splitIds(Path file) throws IOException {
            Set<String> ids = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            return ids;
        }
    }

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = "Characters per second of the full extraction vs Nori tokenization alone on the same "
                    + "articles, in one run (after warm-up passes of 2 million characters each).")
    static final class Speed implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--rounds", defaultValue = "3", description = "Timed passes of each (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--threads", paramLabel = "N", description = "Also time both with the texts shared out over "
                + "N threads, as an ingest's analysis workers do (default: the number of cores; 1: one thread only).")
        Integer threads;

        @Override
        public Integer call() {
            int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
            List<String> texts = new ArrayList<>();
            new KgPipeline(PipelineSettings.defaults(KgVersion.current())).inputs()
                    .read(readable(file), InputFormat.AUTO, read -> {
                        if (read instanceof ArticleRead.Ok ok) {
                            texts.add(officialskg.article.AnalyzedText.of(ok.article()));
                        }
                    });
            ExtractionSpeed speed = ExtractionSpeed.measure(texts, analyzer(), rounds, workers);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("input: %s, %d articles, %d characters; best of %d passes, one thread%n", file, texts.size(),
                    speed.chars(), rounds);
            out.printf("nori only:       %,12.0f chars/s  %,12.0f chars per CPU second%n",
                    speed.noriCharsPerSecond(), speed.noriCharsPerCpuSecond());
            out.printf("full extraction: %,12.0f chars/s  %,12.0f chars per CPU second%n",
                    speed.fullCharsPerSecond(), speed.fullCharsPerCpuSecond());
            out.printf("ratio extraction/nori: %.2f (CPU time: %.2f)%n", speed.ratio(), speed.cpuRatio());
            if (speed.parallel() != null) {
                ExtractionSpeed.Parallel p = speed.parallel();
                out.printf("on %d threads: nori only %,.0f chars/s, full extraction %,.0f chars/s: ratio %.2f; "
                                + "full extraction on %d threads vs nori on one: %.2f%n", p.threads(),
                        speed.chars() / p.noriSeconds(), speed.chars() / p.fullSeconds(), speed.parallelRatio(),
                        p.threads(), speed.parallelFullVsOneThreadNori());
            }
            return ExitCodes.OK;
        }
    }

    /** Prints a {@link SpanMeasure} result: the counts, then the mentions outside every gold span. */
    private static void printSpans(PrintWriter out, String name, SpanMeasure.Gold gold, SpanMeasure.Result r) {
        out.printf(Locale.ROOT, "%s %s: %d sentences, gold %d, found %d, exact %d (P %.2f, R %.2f), overlapping %d%n",
                name, gold.label, r.sentences(), r.gold(), r.found(), r.exact(), r.precision(), r.recall(),
                r.overlapping());
        out.println("found outside every " + gold.label + " span: " + r.outside());
        out.flush();
    }

    private static SpanMeasure.Result measureSpans(Path file, SpanMeasure.Gold gold,
                                                   MentionExtractor extractor) throws IOException {
        NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();
        try {
            return SpanMeasure.measure(readable(file), gold, text -> extractor.extract(
                    new Document(text, analyzer.analyze(text), Optional.empty(), false)));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = {"Date spans of the date extractor (no publication date) against the DT spans of a "
                    + "KLUE-NER-style JSON Lines file: exact, overlapping, and the mentions outside every DT span.",
                    "KLUE tags clock times apart (TI) and durations as DT (1년, 이틀), while the extractor joins a day "
                            + "and its time and leaves durations out: both ratios are lower bounds. Values are not "
                            + "measured."})
    static final class Dates implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.jsonl")
        Path file;

        @Override
        public Integer call() throws IOException {
            printSpans(spec.commandLine().getOut(), "KLUE", SpanMeasure.Gold.KLUE_DATES,
                    measureSpans(file, SpanMeasure.Gold.KLUE_DATES, new DateExtractor()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Event spans of the event extractor against the KoNNE EV_* spans (fine_entities) of a "
                    + "KLUE-NER-style JSON Lines file: exact, overlapping, and the mentions outside every EV span.",
                    "KoNNE also tags bare heads (대선) and games (2차전) that the extractor leaves out on purpose: "
                            + "recall is a lower bound. Lines without fine_entities are skipped."})
    static final class Events implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.jsonl")
        Path file;

        @Override
        public Integer call() throws IOException {
            printSpans(spec.commandLine().getOut(), "KoNNE", SpanMeasure.Gold.KONNE_EVENTS,
                    measureSpans(file, SpanMeasure.Gold.KONNE_EVENTS, new EventExtractor()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "tagger-speed", mixinStandardHelpOptions = true,
            description = "Characters per second on one thread of Nori alone and of Nori plus the sequence tagger, "
                    + "and per CPU second of the tagger alone on texts analyzed beforehand, over the text fields of a "
                    + "JSON Lines file; one line a round, the first round warming up.")
    static final class TaggerSpeed implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.jsonl")
        Path file;

        @Option(names = "--rounds", defaultValue = "3", description = "Timed passes (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--model", paramLabel = "MODEL", description = "A model file instead of the committed one.")
        Path model;

        @Override
        public Integer call() throws IOException {
            List<String> texts = TaggerThroughput.texts(readable(file));
            SequenceTagger tagger = model != null ? SequenceTagger.load(readable(model)) : SequenceTagger.loadDefault();
            PrintWriter out = spec.commandLine().getOut();
            TaggerThroughput.measure(texts, rounds, new NoriKoreanAnalyzer(), tagger, r -> {
                out.printf(Locale.ROOT, "round %d: %d texts, %d chars, %d sentences, %d mentions; "
                                + "nori %.0f chars/s, nori+tagger %.0f chars/s; per CPU second: nori %.0f, "
                                + "nori+tagger %.0f, tagger alone %.0f%n", r.number(), r.texts(), r.chars(),
                        r.sentences(), r.mentions(), r.noriCharsPerSecond(), r.noriTaggerCharsPerSecond(),
                        r.noriCharsPerCpuSecond(), r.noriTaggerCharsPerCpuSecond(), r.taggerCharsPerCpuSecond());
                out.flush();
            });
            return ExitCodes.OK;
        }
    }
}
