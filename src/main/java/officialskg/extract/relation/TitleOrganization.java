package officialskg.extract.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Splits a title written as one word with its organization ({@code 서울시장}, {@code 경기도지사}, {@code 감사원장}) into
 * the organization and the normalized role, so the pipeline can link the post to the body even when no
 * Organization mention was found inside the title.
 *
 * <p>Normalization (rules in {@code title-roles.tsv}): local-government heads keep the generic role and rebuild the
 * body from the stem and the suffix's first syllable ({@code 서울시장} → {@code 서울시} + {@code 시장},
 * {@code 경기도지사} → {@code 경기도} + {@code 도지사}); heads whose title is built from the body's own name keep the
 * whole title as role ({@code 감사원장} → {@code 감사원} + {@code 감사원장}, never {@code 원장}, which alone names no
 * office). A title of several words ({@code 국방부 장관}) is not split: its organization is a mention of its own.
 */
public final class TitleOrganization {

    /** The body a title names and the role held in it. */
    public record Split(String organization, String role) {
    }

    /** @param role the normalized role, or null when the whole title is the role */
    private record Rule(String suffix, String bodySyllables, String role) {
    }

    private static final int MIN_STEM = 2;
    private static final String RESOURCE = "title-roles.tsv";

    private final List<Rule> rules;

    /** Loads the rules beside this class. */
    public TitleOrganization() {
        this.rules = load();
    }

    /** @return the organization and role of a one-word title, or empty when the title embeds no organization */
    public Optional<Split> split(String title) {
        String word = title.strip();
        if (word.isEmpty() || word.codePoints().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            if (!word.endsWith(rule.suffix())) {
                continue;
            }
            String stem = word.substring(0, word.length() - rule.suffix().length());
            if (stem.codePointCount(0, stem.length()) < MIN_STEM) {
                continue;
            }
            String body = stem + rule.bodySyllables();
            return Optional.of(new Split(body, rule.role() == null ? word : rule.role()));
        }
        return Optional.empty();
    }

    private static List<Rule> load() {
        InputStream in = TitleOrganization.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + " beside " + TitleOrganization.class);
        }
        List<Rule> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || cols[0].isBlank() || cols[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number
                            + ": expected suffix, body syllables and role (or whole) separated by tabs");
                }
                out.add(new Rule(cols[0], cols[1].equals("-") ? "" : cols[1], cols[2].equals("whole") ? null : cols[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        out.sort(Comparator.comparingInt((Rule r) -> r.suffix().length()).reversed());
        return List.copyOf(out);
    }
}
