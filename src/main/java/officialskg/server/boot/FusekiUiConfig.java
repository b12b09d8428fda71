package officialskg.server.boot;

import officialskg.rdf.OntologyFiles;
import officialskg.vocab.Prefixes;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's settings for the Fuseki UI: its prefixes, the analyst queries as its example queries, and (when the
 * store's IRIs are not this server's address) where its result links should go.
 *
 * <p>The UI of Jena 6.2.0 (a Vue app) hard-codes its example queries and prefixes in the query page's bundle and
 * reads no configuration. So the copy {@code kg serve} serves is given one hook: {@link #patch} makes the bundle take
 * {@code window.KG_UI.queries} and {@code window.KG_UI.prefixes} when they are set (its own lists otherwise) and show
 * each example's description as its tooltip, and adds to {@code index.html} the script {@value #SCRIPT}, which
 * {@link #write} generates. Each patch replaces one exact piece of the 6.2.0 bundle; a UI whose bundle differs is
 * served unpatched, with its own examples ({@code FusekiUiConfigTest} checks the pieces are found).
 */
final class FusekiUiConfig {

    /** The generated script: {@code window.KG_UI = {...}} followed by {@code fuseki-ui.js} from the classpath. */
    static final String SCRIPT = "kg-ui.js";

    private static final String LINKS_SCRIPT = "officialskg/server/boot/fuseki-ui.js";

    private static final String ORIGINAL_QUERIES = "queries:[{value:SELECT_TRIPLES_QUERY,text:`Selection of triples`},"
            + "{value:SELECT_CLASSES_QUERY,text:`Selection of classes`}]";
    private static final String ORIGINAL_PREFIXES = "prefixes:[{uri:`http://www.w3.org/1999/02/22-rdf-syntax-ns#`,"
            + "text:`rdf`},{uri:`http://www.w3.org/2000/01/rdf-schema#`,text:`rdfs`},{uri:`http://www.w3.org/2002/07/owl#`,"
            + "text:`owl`},{uri:`http://www.w3.org/2001/XMLSchema#`,text:`xsd`}]";
    private static final String ORIGINAL_BADGE = "{key:e.text,onClick:t=>a.setQuery(e.value),href:`#`,"
            + "class:`badge text-bg-info p-2 me-2`}";
    private static final String MODULE_SCRIPT = "<script type=\"module\"";

    private static final Pattern PREFIX = Pattern.compile("(?im)^\\s*PREFIX\\s+([A-Za-z][\\w.-]*)?:\\s*<([^>]*)>");
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(\\S+)\\s*(.*)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One example query: its file name without {@code .rq}, the title and description its header gives, its text. */
    record Example(String name, String title, String description, String text) {
    }

    /** What {@link #SCRIPT} carries; {@code links} is empty when the store's IRIs open on this server as they are. */
    record Settings(Map<String, String> prefixes, List<Example> examples, Optional<Links> links) {
    }

    /** Result links starting with {@code base} go to the pages on {@code port}, under {@code path}. */
    record Links(String base, int port, String path) {
    }

    private FusekiUiConfig() {
    }

    /** Patches the UI copy in {@code uiDir}; false when its bundle is not the one the hooks were written for. */
    static boolean patch(Path uiDir) throws IOException {
        Path index = uiDir.resolve("index.html");
        Optional<Path> query;
        try (Stream<Path> files = Files.list(uiDir.resolve("static"))) {
            query = files.filter(f -> f.getFileName().toString().matches("Query-[\\w-]+\\.js")).findFirst();
        }
        if (query.isEmpty()) {
            return false;
        }
        String html = Files.readString(index, StandardCharsets.UTF_8);
        String bundle = Files.readString(query.get(), StandardCharsets.UTF_8);
        if (!html.contains(MODULE_SCRIPT) || !bundle.contains(ORIGINAL_QUERIES) || !bundle.contains(ORIGINAL_PREFIXES)
                || !bundle.contains(ORIGINAL_BADGE)) {
            return false;
        }
        bundle = bundle.replace(ORIGINAL_QUERIES, "queries:(window.KG_UI?.queries??"
                        + ORIGINAL_QUERIES.substring("queries:".length()) + ")")
                .replace(ORIGINAL_PREFIXES, "prefixes:(window.KG_UI?.prefixes??"
                        + ORIGINAL_PREFIXES.substring("prefixes:".length()) + ")")
                .replace(ORIGINAL_BADGE, ORIGINAL_BADGE.replace("{key:e.text,", "{key:e.text,title:e.description,"));
        // A classic script in the head runs before the app's module script, so the settings are there when it starts.
        html = html.replaceFirst(Pattern.quote(MODULE_SCRIPT),
                Matcher.quoteReplacement("<script src=\"./" + SCRIPT + "\"></script>\n    " + MODULE_SCRIPT));
        Files.writeString(query.get(), bundle, StandardCharsets.UTF_8);
        Files.writeString(index, html, StandardCharsets.UTF_8);
        return true;
    }

    /** Writes {@link #SCRIPT} into {@code uiDir}. */
    static void write(Path uiDir, Settings settings) throws IOException {
        Map<String, Object> ui = new LinkedHashMap<>();
        List<Map<String, String>> prefixes = new ArrayList<>();
        settings.prefixes().forEach((prefix, uri) -> prefixes.add(Map.of("text", prefix, "uri", uri)));
        ui.put("prefixes", prefixes);
        if (!settings.examples().isEmpty()) {
            ui.put("queries", settings.examples().stream().map(e -> Map.of("text", e.title(),
                    "description", e.description() + "\n\n(queries/" + e.name() + ".rq, kg query " + e.name() + ")",
                    "value", e.text())).toList());
        }
        settings.links().ifPresent(links -> ui.put("links", Map.of("base", links.base(), "port", links.port(),
                "path", links.path())));
        String script;
        try (InputStream in = FusekiUiConfig.class.getClassLoader().getResourceAsStream(LINKS_SCRIPT)) {
            if (in == null) {
                throw new IOException("classpath resource " + LINKS_SCRIPT + " is missing");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(uiDir.resolve(SCRIPT), "window.KG_UI = " + JSON.writeValueAsString(ui) + ";\n" + script,
                StandardCharsets.UTF_8);
    }

    /** The analyst queries in {@code dir} ({@code *.rq}, by name); none when it is missing. */
    static List<Example> examples(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Example> examples = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                examples.add(example(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + dir, e);
        }
    }

    /**
     * Title and description from a query's header comment: the title is its first phrase (up to the first colon or
     * full stop), the description the whole prose, then the declared parameters.
     */
    static Example example(String name, String text) {
        StringBuilder prose = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.substring(1).strip();
            Matcher param = PARAM.matcher(comment);
            if (param.matches()) {
                parameters.add("?" + param.group(1) + " (" + param.group(2) + ") " + param.group(3).strip());
            } else if (!comment.startsWith("@")) {
                prose.append(comment.isEmpty() ? "\n" : (prose.isEmpty() || prose.toString().endsWith("\n")
                        ? "" : " ") + comment);
            }
        }
        String description = prose.toString().strip();
        String title = description.isEmpty() ? name : firstPhrase(description);
        if (!parameters.isEmpty()) {
            description += "\n\nParameters (bind them before running, e.g. with VALUES):\n"
                    + String.join("\n", parameters);
        }
        return new Example(name, title, description, text);
    }

    private static String firstPhrase(String prose) {
        String firstLine = prose.lines().findFirst().orElse(prose);
        Matcher end = Pattern.compile("[:.](\\s|$)").matcher(firstLine);
        return (end.find() ? firstLine.substring(0, end.start()) : firstLine).strip();
    }

    /**
     * The prefixes the ontology declares, then those the queries declare, then {@code text:} (jena-text's full-text
     * search); the project's usual ones first, in {@link Prefixes#STANDARD}'s order.
     */
    static Map<String, String> prefixes(List<Example> examples) {
        Map<String, String> declared = new TreeMap<>(OntologyFiles.load(OntologyFiles.ONTOLOGY).getPrefixMapping()
                .getNsPrefixMap());
        for (Example example : examples) {
            Matcher m = PREFIX.matcher(example.text());
            while (m.find()) {
                if (m.group(1) != null) {
                    declared.putIfAbsent(m.group(1), m.group(2));
                }
            }
        }
        declared.putIfAbsent("text", "http://jena.apache.org/text#");
        Map<String, String> ordered = new LinkedHashMap<>();
        Prefixes.STANDARD.keySet().stream().filter(declared::containsKey).forEach(p -> ordered.put(p, declared.get(p)));
        ordered.putAll(declared);
        return ordered;
    }
}
