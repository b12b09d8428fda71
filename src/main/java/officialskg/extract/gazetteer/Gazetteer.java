package officialskg.extract.gazetteer;

import officialskg.extract.MentionType;
import officialskg.extract.lexicon.WordLists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data of names: entries read from TSV files
 * ({@code id, type, canonical name, aliases separated by |, Wikidata QID, note}; {@code #} starts a comment line).
 * The default set lists its files in {@code files.txt} beside this class; see {@code SOURCES.md} there.
 */
public final class Gazetteer {

    private static final String INDEX = "files.txt";
    private final Map<String, GazetteerEntry> byId;

    private Gazetteer(Map<String, GazetteerEntry> byId) {
        this.byId = byId;
    }

    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        Map<String, GazetteerEntry> map = new LinkedHashMap<>();
        for (GazetteerEntry e : entries) {
            if (map.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate gazetteer id " + e.id() + " in " + e.source());
            }
        }
        return new Gazetteer(map);
    }

    /** The bundled reference data (Korean administrative units, countries, organizations, assembly members...). */
    public static Gazetteer loadDefault() {
        List<GazetteerEntry> all = new ArrayList<>();
        for (String file : WordLists.lines(Gazetteer.class, INDEX)) {
            try (Reader r = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
                all.addAll(read(file, r));
            } catch (IOException e) {
                throw new UncheckedIOException("gazetteer " + file + ": cannot read", e);
            }
        }
        return of(all);
    }

    /** Reads one TSV; a malformed line fails with the file name, line number and reason. */
    public static List<GazetteerEntry> read(String name, Reader reader) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException(name + ":" + n + ": expected id, type, name[, aliases, qid, note]");
            }
            MentionType type;
            try {
                type = MentionType.fromLabel(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + n + ": unknown type '" + f[1] + "'", e);
            }
            List<String> aliases = f.length > 3 && !f[3].isBlank()
                    ? Arrays.stream(f[3].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            String qid = f.length > 4 && !f[4].isBlank() ? f[4].strip() : null;
            String note = f.length > 5 && !f[5].isBlank() ? f[5].strip() : null;
            out.add(new GazetteerEntry(f[0].strip(), type, f[2].strip(), aliases, qid, note, name));
        }
        return out;
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static InputStream open(String file) {
        InputStream in = Gazetteer.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing: " + file);
        }
        return in;
    }
}
