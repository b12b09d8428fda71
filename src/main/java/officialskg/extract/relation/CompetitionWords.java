package officialskg.extract.relation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Competition heads and words of play ({@code competition-words.tsv}, beside this class). Immutable. */
final class CompetitionWords {

    static final String RESOURCE = "competition-words.tsv";

    private final List<String> heads;
    private final Set<String> plays;

    CompetitionWords() {
        List<String> headWords = new java.util.ArrayList<>();
        Set<String> playWords = new HashSet<>();
        try (InputStream in = CompetitionWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + CompetitionWords.class);
            }
            int lineNo = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !cols[1].equals("head") && !cols[1].equals("play")) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected word<TAB>head|play");
                }
                (cols[1].equals("head") ? headWords : playWords).add(cols[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        this.heads = List.copyOf(headWords);
        this.plays = Set.copyOf(playWords);
    }

    /** Whether an event's name ends with a competition's head (… 여자 월드컵, … 선수권 대회). */
    boolean namesACompetition(String eventName) {
        String name = eventName.strip();
        return heads.stream().anyMatch(name::endsWith);
    }

    /** Whether a morpheme's surface is a word of play (골, 실축, 출전). */
    boolean isPlay(String morpheme) {
        return plays.contains(morpheme);
    }
}
