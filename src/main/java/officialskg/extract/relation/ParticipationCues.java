package officialskg.extract.relation;

import officialskg.extract.RelationType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cue words of taking part in an event ({@code participation-cues.tsv} beside this class): which relation each states
 * and which particles the event before it takes ({@code 발인식에는 … 참석했다}, {@code 포럼에서 기조연설을},
 * {@code 선거에 출마}).
 */
final class ParticipationCues {

    static final String RESOURCE = "participation-cues.tsv";

    /**
     * One cue: its word, the relation it states, the particles its event takes, whether it must be a whole verb,
     * whether the one who takes part is its object, not its subject (정운찬 전 총리를 특사로 파견), and whether it
     * states the relation of a person only when declared (불참을 선언했다: a boycott; a person who 불참했다 was absent).
     */
    record Cue(String word, RelationType type, Set<String> particles, boolean wholeVerb, boolean byObject,
               boolean declared) {
    }

    private final List<Cue> cues;
    /** The first characters of all cues: most morphemes are ruled out by one look-up. */
    private final String initials;

    ParticipationCues() {
        InputStream in = ParticipationCues.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ParticipationCues.class);
        }
        List<Cue> read = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 3) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected cue, relation, particles");
                }
                read.add(new Cue(cols[0].strip(), type(cols[1].strip(), lineNo),
                        Set.copyOf(Arrays.asList(cols[2].strip().split(","))),
                        cols.length > 3 && cols[3].strip().equals("VV"),
                        cols.length > 4 && cols[4].strip().equals("object"),
                        cols.length > 4 && cols[4].strip().equals("declared")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        // longer cues first, so 기조연설 wins over 연설
        read.sort((a, b) -> b.word().length() - a.word().length());
        cues = List.copyOf(read);
        initials = cues.stream().map(c -> c.word().substring(0, 1)).distinct().collect(Collectors.joining());
    }

    private static RelationType type(String label, int lineNo) {
        for (RelationType t : RelationType.values()) {
            if (t.label().equals(label) && t.participantRole() != null) {
                return t;
            }
        }
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": not a participation relation: " + label);
    }

    /** The cue this morpheme states, or null; a loop, not a stream: asked for every morpheme. */
    Cue of(Morpheme m) {
        String s = m.surface();
        if (s.isEmpty() || initials.indexOf(s.charAt(0)) < 0) {
            return null;
        }
        for (Cue c : cues) {
            if (c.wholeVerb() ? s.equals(c.word()) && m.tag() == PosTag.VV : s.startsWith(c.word())) {
                return c;
            }
        }
        return null;
    }
}
