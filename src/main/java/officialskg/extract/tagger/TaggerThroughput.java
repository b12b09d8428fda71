package officialskg.extract.tagger;

import officialskg.extract.Document;
import officialskg.nlp.KoreanAnalyzer;
import officialskg.nlp.Sentence;
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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures characters per second on one thread: Nori analysis alone, and Nori plus the tagger, over the
 * {@code text} fields of a JSON Lines file, and the tagger alone on texts analyzed beforehand (per CPU second);
 * {@code kg eval tagger-speed} prints the rounds. The first round warms up.
 */
public final class TaggerThroughput {

    /** One timed pass over all texts: wall-clock rates and, steadier on a shared machine, rates per CPU second. */
    public record Round(int number, int texts, long chars, long sentences, long mentions, double noriCharsPerSecond,
                        double noriTaggerCharsPerSecond, double noriCharsPerCpuSecond,
                        double noriTaggerCharsPerCpuSecond, double taggerCharsPerCpuSecond) {
    }

    private TaggerThroughput() {
    }

    /** The {@code text} field of every non-blank line of a JSON Lines file. */
    public static List<String> texts(Path jsonl) throws IOException {
        ObjectMapper json = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asString());
            }
        }
        return texts;
    }

    /**
     * Times {@code rounds} passes over the texts with {@code analyzer} (the caller's choice, Nori for kg) and
     * {@code tagger}, handing each round over as it ends.
     */
    public static void measure(List<String> texts, int rounds, KoreanAnalyzer analyzer, SequenceTagger tagger,
                               Consumer<Round> each) {
        long chars = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
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
            each.accept(new Round(round + 1, texts.size(), chars, sentences, mentions, chars / ((t1 - t0) / 1e9),
                    chars / ((t2 - t1) / 1e9), chars / ((c1 - c0) / 1e9), chars / ((c2 - c1) / 1e9),
                    chars / ((c3 - c2) / 1e9)));
        }
    }
}
