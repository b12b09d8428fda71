package officialskg.cli;

import officialskg.rdf.IriMinter;
import officialskg.store.TdbStore;
import officialskg.vocab.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus ({@code src/test/resources/officialskg/badinput/}, 60 malformed or hostile files, plus a
 * sparse 500 MB page and a JSON Lines file with a 100 MB line made here) goes through ONE {@code kg ingest} run, in a
 * child JVM with a 256 MB heap, into a store that already holds a good article. Every input must end as
 * {@code badinput-expected.tsv} says: a one-line error naming the file (and line) with its reason, or a stored
 * article whose text holds (and lacks) the given words. The run survives (exit 1: inputs were skipped, not 2), and
 * the earlier article's graph is unchanged.
 */
class BadInputCorpusTest {

    private static final IriMinter IRIS = new IriMinter();
    private static final Path GOOD = Path.of("samples/yonhap-busan-mayor.txt");

    @TempDir
    Path dir;

    /** One line of the expectations file. */
    record Expected(String input, boolean stored, String detail, List<String> checks) {
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everyBadInputEndsAsExpectedInOneRun() throws Exception {
        Map<String, Expected> expected = expectations();
        Path in = dir.resolve("in");
        copyCorpus(in);
        writeHugeInputs(in);
        Path store = dir.resolve("store");

        Path firstLog = dir.resolve("first.log");
        Process first = KgProcess.start(firstLog, List.of("-Xmx256m"), "ingest", GOOD.toString(), "--store",
                store.toString(), "--threads", "1");
        assertTrue(first.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue(), Files.readString(firstLog));
        Graph before = graphOf(store, "yonhap-busan-mayor");
        assertTrue(before.size() > 100, "a real article graph: " + before.size());

        Path log = dir.resolve("corpus.log");
        Process run = KgProcess.start(log, List.of("-Xmx256m"), "ingest", in.toString(), "--store",
                store.toString(), "--threads", "2");
        assertTrue(run.waitFor(20, TimeUnit.MINUTES), "the corpus run ends");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, run.exitValue(), "exit 1 (inputs skipped), not 2 (internal error):\n" + output);

        // What the run reported, input by input.
        String prefix = "skipped: " + in + "/";
        Map<String, String> errors = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        for (String line : output.lines().toList()) {
            if (!line.startsWith("skipped: ")) {
                continue;
            }
            String rest = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
            String key = expected.keySet().stream().filter(k -> rest.startsWith(k + ": "))
                    .max(Comparator.comparingInt(String::length)).orElse(null);
            if (key == null || errors.containsKey(key)) {
                unexpected.add(line);
            } else {
                errors.put(key, rest.substring(key.length() + 2));
            }
        }
        assertEquals(List.of(), unexpected, "skipped inputs the expectations do not name (or name twice)");

        Map<String, String> storedTexts = texts(store);
        List<String> wrong = new ArrayList<>();
        for (Expected e : expected.values()) {
            if (e.stored()) {
                if (errors.containsKey(e.input())) {
                    wrong.add(e.input() + ": expected stored as " + e.detail() + ", got error: "
                            + errors.get(e.input()));
                } else if (!storedTexts.containsKey(e.detail())) {
                    wrong.add(e.input() + ": expected stored as " + e.detail() + ", not in the store");
                } else {
                    String text = storedTexts.get(e.detail());
                    for (String check : e.checks()) {
                        boolean must = check.startsWith("+");
                        if (text.contains(check.substring(1)) != must) {
                            wrong.add(e.input() + ": text " + (must ? "lacks " : "holds ") + check.substring(1));
                        }
                    }
                }
            } else if (!errors.containsKey(e.input())) {
                wrong.add(e.input() + ": expected error '" + e.detail() + "', but no error was reported");
            } else if (!errors.get(e.input()).contains(e.detail())) {
                wrong.add(e.input() + ": expected error '" + e.detail() + "', got '" + errors.get(e.input()) + "'");
            }
        }
        assertEquals(List.of(), wrong, "inputs that did not end as expected");

        Set<String> wantIds = expected.values().stream().filter(Expected::stored).map(Expected::detail)
                .collect(Collectors.toCollection(TreeSet::new));
        wantIds.add("yonhap-busan-mayor");
        assertEquals(wantIds, storedTexts.keySet(), "exactly the expected articles are stored");
        long storedCount = expected.values().stream().filter(Expected::stored).count();
        assertTrue(output.contains("stored: " + storedCount + ", skipped: " + errors.size() + ","), output.lines()
                .filter(l -> l.startsWith("articles read")).findFirst().orElse(output));
        assertTrue(before.isIsomorphicWith(graphOf(store, "yonhap-busan-mayor")),
                "the article stored before the corpus run is intact");
        System.out.printf("bad-input corpus: %d inputs, %d stored, %d refused with a reason%n", expected.size(),
                storedCount, errors.size());
    }

    private static Map<String, Expected> expectations() throws IOException {
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(resource("badinput-expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            List<String> checks = Arrays.stream(cells).skip(3).map(BadInputCorpusTest::unescape).toList();
            Expected e = new Expected(cells[0], cells[1].equals("stored"), cells[2], checks);
            assertTrue(cells[1].equals("stored") || cells[1].equals("error"), line);
            assertTrue(expected.put(e.input(), e) == null, "listed twice: " + e.input());
        }
        return expected;
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        return m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
    }

    private static Path resource(String name) {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/officialskg/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("test resource missing: " + name, e);
        }
    }

    private static void copyCorpus(Path in) throws IOException {
        Path corpus = resource("badinput");
        Files.createDirectories(in);
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName().toString()));
            }
        }
    }

    /**
     * A 500 MB page (sparse: a real first paragraph, then a hole) and a JSON Lines file whose second line holds a
     * 100 MB text, between two good lines. Both must be refused without being read into memory.
     */
    private static void writeHugeInputs(Path in) throws IOException {
        Path page = in.resolve("huge-500mb.txt");
        Files.writeString(page, "부산시, 국제행사 유치 전략 발표\n\n박형준 부산시장은 3일 기자회견을 열었다.\n");
        try (RandomAccessFile file = new RandomAccessFile(page.toFile(), "rw")) {
            file.setLength(500L * 1024 * 1024);
        }
        String good = "{\"id\":\"hl-%d\",\"title\":\"부산시, 국제행사 유치 전략 발표\",\"text\":\"박형준 부산시장은 3일 "
                + "부산시청에서 기자회견을 열고 국제행사 유치 전략을 발표했다.\"}\n";
        byte[] block = "부산시장은 국제행사 유치 전략을 발표했다. ".repeat(16 * 1024).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(in.resolve("huge-line.jsonl")))) {
            out.write(good.formatted(1).getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"hl-2\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 100L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(good.formatted(3).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Article id → its stored {@code schema:text}. */
    private static Map<String, String> texts(Path store) {
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            Map<String, String> texts = new TreeMap<>();
            Txn.executeRead(s.datasetGraph(), () -> {
                for (String id : s.articleIds()) {
                    Node article = NodeFactory.createURI(IRIS.articleIri(id));
                    var found = s.datasetGraph().find(NodeFactory.createURI(IRIS.articleGraph(id)), article,
                            Schema.text.asNode(), Node.ANY);
                    texts.put(id, found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "");
                }
            });
            return texts;
        }
    }

    private static Graph graphOf(Path store, String id) {
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            return Txn.calculateRead(s.datasetGraph(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                s.datasetGraph().getGraph(NodeFactory.createURI(IRIS.articleGraph(id))).find()
                        .forEachRemaining(copy::add);
                return copy;
            });
        }
    }
}
