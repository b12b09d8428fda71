package officialskg.extract.engine;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps apart a region and the known organization written after it ({@code 울산 현대자동차}: the Hyundai Motor plant in
 * Ulsan, not a body called "울산 현대자동차"). The statistical tagger often reads such a pair as one organization;
 * when the gazetteer knows both parts — a Korean administrative unit or a country, one space, then an organization
 * — the tagger's span over exactly the two is dropped, so the place and the organization stay two mentions, each
 * with its identity. A body qualified by its place that only exists there ({@code 부산 기장경찰서}) is not known to
 * the gazetteer as a whole and is still joined by {@link CompoundNames}. Runs on the candidates, before the
 * {@link MentionMerger}.
 */
final class PlaceBeforeKnownBody {

    List<Mention> separate(List<Mention> candidates) {
        Set<Long> regionStarts = new HashSet<>();
        Set<Long> bodies = new HashSet<>();
        for (Mention m : candidates) {
            if (!m.extractor().startsWith("gazetteer") || m.referenceId() == null) {
                continue;
            }
            boolean region = m.referenceId().startsWith("kostat:") || m.referenceId().startsWith("kg:country/");
            if (region) {
                regionStarts.add(span(m.start(), m.end()));
            } else if (m.type() == MentionType.ORGANIZATION) {
                bodies.add(span(m.start(), m.end()));
            }
        }
        if (regionStarts.isEmpty() || bodies.isEmpty()) {
            return candidates;
        }
        List<Mention> out = new ArrayList<>(candidates.size());
        for (Mention m : candidates) {
            if (!(m.extractor().startsWith("tagger") && isRegionThenBody(m, regionStarts, bodies))) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isRegionThenBody(Mention m, Set<Long> regions, Set<Long> bodies) {
        if (m.type() != MentionType.ORGANIZATION && m.type() != MentionType.PLACE) {
            return false;
        }
        int space = m.text().indexOf(' ');
        if (space <= 0 || m.text().indexOf(' ', space + 1) >= 0) {
            return false;
        }
        int regionEnd = m.start() + m.text().codePointCount(0, space);
        return regions.contains(span(m.start(), regionEnd)) && bodies.contains(span(regionEnd + 1, m.end()));
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }
}
