package officialskg.cli;

import officialskg.extract.Document;
import officialskg.extract.tagger.SequenceTagger;
import officialskg.nlp.Sentence;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures characters per second on one thread: Nori analysis alone, and Nori plus the tagger, over the
 * {@code text} fields of a JSON Lines file, and the tagger alone on texts analyzed beforehand (per CPU second).
 * {@code TaggerThroughput FILE.jsonl [ROUNDS [MODEL]]} (MODEL: a model file instead of the committed one); the first
 * round warms up. In {@code cli} because it chooses the analyzer (Nori); the tagger itself sees only
 * {@code KoreanAnalyzer}'s output.
 */
public final class TaggerThroughput {

    private TaggerThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TaggerThroughput FILE.jsonl [ROUNDS [MODEL]]");
            System.exit(2);
        }
        ObjectMapper json = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asString());
            }
        }
        long chars = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();
        SequenceTagger tagger = args.length > 2 ? SequenceTagger.load(Path.of(args[2])) : SequenceTagger.loadDefault();
        // CPU time of this thread as well as wall time: on a shared machine the wall clock measures the neighbours
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Document> analyzedTexts = new ArrayList<>();
        for (String text : texts) {
            analyzedTexts.add(new Document(text, analyzer.analyze(text), Optional.empty(), false));
        }
        for (int round = 0; round < rounds; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long sentences = 0;
            for (String text : texts) {
                sentences += analyzer.analyze(text).size();
            }
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            long mentions = 0;
            for (String text : texts) {
                List<Sentence> analyzed = analyzer.analyze(text);
                mentions += tagger.extract(new Document(text, analyzed, Optional.empty(), false)).size();
            }
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            for (Document document : analyzedTexts) {
                mentions += tagger.extract(document).size();
            }
            long c3 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: %d texts, %d chars, %d sentences, %d mentions; "
                            + "nori %.0f chars/s, nori+tagger %.0f chars/s; per CPU second: nori %.0f, "
                            + "nori+tagger %.0f, tagger alone %.0f%n", round + 1, texts.size(), chars, sentences, mentions,
                    chars / ((t1 - t0) / 1e9), chars / ((t2 - t1) / 1e9), chars / ((c1 - c0) / 1e9),
                    chars / ((c2 - c1) / 1e9), chars / ((c3 - c2) / 1e9));
        }
    }
}
