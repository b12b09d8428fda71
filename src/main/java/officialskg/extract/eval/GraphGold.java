package officialskg.extract.eval;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One article's gold graph, as written by annotators following {@code GRAPH-GUIDELINES.md}: a file
 * {@code <id>.json} with the keys {@code id, persons, organizations, places, events, tenures, meetings,
 * participations}. Missing lists are empty; an entity without {@code surfaces} has its name as its one surface.
 */
public record GraphGold(String id, List<Named> persons, List<Named> organizations, List<Named> places,
                        List<Named> events, List<Tenure> tenures, List<Meeting> meetings,
                        List<Participation> participations) {

    /** A named person, organization, place or event and every string the article uses for it. */
    public record Named(String name, List<String> surfaces) {
        public Named {
            surfaces = List.copyOf(surfaces);
        }
    }

    /** @param organization an organization's or a place's name, or {@code null} when the article does not say */
    public record Tenure(String person, String title, String organization, String status) {
    }

    /** An unordered pair of persons' names. */
    public record Meeting(String person, String other) {
    }

    /** @param participant a person's or an organization's name */
    public record Participation(String participant, String event) {
    }

    public GraphGold {
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        events = List.copyOf(events);
        tenures = List.copyOf(tenures);
        meetings = List.copyOf(meetings);
        participations = List.copyOf(participations);
    }

    /** The gold entities of an entity category. */
    public List<Named> entities(GraphCategory category) {
        return switch (category) {
            case PERSONS -> persons;
            case ORGANIZATIONS -> organizations;
            case PLACES -> places;
            case EVENTS -> events;
            default -> throw new IllegalArgumentException(category + " is not an entity category");
        };
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The gold files of a directory by article id (the file name without {@code .json}), sorted by id. */
    public static Map<String, Path> filesIn(Path directory) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .forEach(p -> {
                        String name = p.getFileName().toString();
                        files.put(name.substring(0, name.length() - ".json".length()), p);
                    });
        }
        return files;
    }

    /**
     * Reads one gold file. Fails with the file and the reason on malformed JSON, a missing name, a meeting that is
     * not a pair, or an {@code id} other than the file's name.
     */
    public static GraphGold read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String expectedId = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        try {
            GraphGold gold = parse(Files.readString(file, StandardCharsets.UTF_8), expectedId);
            if (!gold.id().equals(expectedId)) {
                throw new IllegalArgumentException("its id is '" + gold.id() + "', not the file's name");
            }
            return gold;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not a gold graph file: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Parses a gold document; {@code defaultId} is used when it has no {@code id}. */
    public static GraphGold parse(String json, String defaultId) {
        JsonNode root = JSON.readTree(json);
        if (!root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode idNode = root.get("id");
        String id = idNode == null || idNode.isNull() ? defaultId : idNode.asString();
        List<Tenure> tenures = new ArrayList<>();
        for (JsonNode t : array(root, "tenures")) {
            tenures.add(new Tenure(text(t, "person"), text(t, "title"), optional(t, "organization"),
                    optional(t, "status")));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (JsonNode m : array(root, "meetings")) {
            if (!m.isArray() || m.size() != 2) {
                throw new IllegalArgumentException("a meeting is not a pair of names: " + m);
            }
            meetings.add(new Meeting(m.get(0).asString(), m.get(1).asString()));
        }
        List<Participation> participations = new ArrayList<>();
        for (JsonNode p : array(root, "participations")) {
            participations.add(new Participation(text(p, "participant"), text(p, "event")));
        }
        return new GraphGold(id, named(root, "persons"), named(root, "organizations"), named(root, "places"),
                named(root, "events"), tenures, meetings, participations);
    }

    private static List<Named> named(JsonNode root, String key) {
        List<Named> out = new ArrayList<>();
        for (JsonNode e : array(root, key)) {
            String name = e.isString() ? e.asString() : text(e, "name");
            List<String> surfaces = new ArrayList<>();
            for (JsonNode s : e.path("surfaces")) {
                surfaces.add(s.asString());
            }
            if (surfaces.isEmpty()) {
                surfaces.add(name);
            }
            out.add(new Named(name, surfaces));
        }
        return out;
    }

    private static Iterable<JsonNode> array(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("'" + key + "' is not a list");
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing '" + field + "' in " + node);
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
