package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins two adjacent names that Korean news writes as one: a place qualified by the place that contains it
 * ({@code 미국 네바다주}, {@code 인도네시아 자카르타}, {@code 경기도 양평}) and a body qualified by its parent or
 * its place ({@code 국회 국토교통위원회}, {@code 수원지법 평택지원}, {@code 부산 기장경찰서}).
 *
 * <p>A place is joined only to a region that follows it (a gazetteer country, state, province, city or district),
 * never to a venue. Only pairs separated by one space are joined, and only once: {@code 미국 네바다주 라스베이거스} gives
 * {@code 미국 네바다주} and {@code 라스베이거스}, because a third part is usually the place the sentence is about.
 * The joined mention refers to what the second part refers to (the more specific place or body), so the graph still
 * links it to the gazetteer entry. Runs after the {@link MentionMerger}, on its sorted output.
 */
final class CompoundNames {

    /** Bodies that exist only inside a parent: committees, branch courts and prosecutors, police stations. */
    private static final Pattern BRANCH = Pattern.compile(".*(위원회|지원|지청|지검|경찰서|소방서|지점|지사|분원|출장소)$");

    List<Mention> join(Document document, List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            Mention first = sorted.get(i);
            int next = nextTopLevel(sorted, i);
            if (next >= 0 && joinable(first, sorted.get(next)) && nothingElseBetween(sorted, i, next)
                    && document.slice(first.end(), sorted.get(next).start()).equals(" ")) {
                Mention second = sorted.get(next);
                out.add(new Mention(first.start(), second.end(), document.slice(first.start(), second.end()), second.type(),
                        "compound(" + first.extractor() + "," + second.extractor() + ")",
                        Math.min(first.confidence(), second.confidence()), second.normalized(),
                        second.referenceId()));
                i = next + 1;
            } else {
                out.add(first);
                i++;
            }
        }
        return out;
    }

    private static boolean joinable(Mention first, Mention second) {
        if (second.start() != first.end() + 1) {
            return false;
        }
        return switch (second.type()) {
            case PLACE -> first.type() == MentionType.PLACE && isRegion(second);
            case ORGANIZATION -> (first.type() == MentionType.PLACE || first.type() == MentionType.ORGANIZATION)
                    && BRANCH.matcher(second.text()).matches();
            default -> false;
        };
    }

    /**
     * A country, state, province, city or district from the gazetteer: the parts a place name is qualified by.
     * A venue ({@code 서울 고척스카이돔}, {@code 워싱턴 백악관}) stays its own name: it is what the sentence is about.
     */
    private static boolean isRegion(Mention m) {
        String id = m.referenceId();
        return id != null && !id.startsWith("kg:venue/");
    }

    /** The first mention starting at or after {@code sorted[i].end}, or -1. */
    private static int nextTopLevel(List<Mention> sorted, int i) {
        int end = sorted.get(i).end();
        for (int j = i + 1; j < sorted.size(); j++) {
            if (sorted.get(j).start() >= end) {
                return j;
            }
        }
        return -1;
    }

    /** No mention nested in either part or crossing the join: joining must not orphan a nested mention. */
    private static boolean nothingElseBetween(List<Mention> sorted, int i, int next) {
        return next == i + 1 && (next + 1 >= sorted.size() || sorted.get(next + 1).start() >= sorted.get(next).end());
    }
}
