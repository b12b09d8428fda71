package officialskg.extract.engine;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.gazetteer.GazetteerEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one policy that turns all extractors' candidates into a consistent mention list, sorted by start.
 * <ol>
 *   <li><b>Same span, same type</b>: one mention; the most confident candidate's values win (ties: extractor
 *       priority), a missing {@code normalized}/{@code referenceId} is taken from the others, and the extractor
 *       names are joined with {@code +} so the evidence of every extractor stays visible.</li>
 *   <li><b>Overlap</b>: candidates are taken longest first, then most confident, then by extractor priority
 *       ({@code gazetteer} &gt; {@code title} &gt; {@code pattern…} &gt; {@code tagger} &gt; anything else), then
 *       leftmost; a candidate that overlaps one already taken is dropped — unless it nests.</li>
 *   <li><b>Allowed nesting</b> (the inner span lies wholly inside the outer): a Title or Organization inside a
 *       Person (the unnamed post-holder {@code MLB 국제사업총괄 부사장} keeps {@code MLB} and {@code 부사장}), and an
 *       Organization inside a Title ({@code 서울시} in {@code 서울시장}, {@code 감사원} in {@code 감사원장}) —
 *       the post builder needs those parts. Nothing else nests: a Place inside an Event name, for example, is
 *       dropped because the event's own name carries it. Inner mentions must not cross each other either.</li>
 *   <li><b>Same span, other type</b>: a kept mention without a reference id takes the id of a dropped candidate of
 *       exactly its span when the id may name something of the kept type: a polity (country, Korean administrative
 *       unit) is both a place and, acting, its state or government, so {@code 네덜란드} kept as the Organization in
 *       {@code 네덜란드 대사} (a Place may not nest in a Person) is still the Netherlands. Any other entry keeps its
 *       own type: a venue's id is not carried to an Organization of the same name, nor a company's to a Person.</li>
 * </ol>
 */
public final class MentionMerger {

    private static final Map<MentionType, Set<MentionType>> NESTS_INSIDE = Map.of(
            MentionType.PERSON, Set.of(MentionType.TITLE, MentionType.ORGANIZATION),
            MentionType.TITLE, Set.of(MentionType.ORGANIZATION));

    /** Lower is preferred when span and confidence tie. */
    static int priority(String extractor) {
        // the first name of a "+"-joined list decides; the prefixes hold no "+", so testing the whole string is the
        // same test without splitting it (this runs inside every sort comparison)
        if (extractor.startsWith("gazetteer")) {
            return 0;
        }
        if (extractor.startsWith("title")) {
            return 1;
        }
        if (extractor.startsWith("pattern")) {
            return 2;
        }
        return extractor.startsWith("tagger") ? 3 : 4;
    }

    private static final Comparator<Mention> PREFERENCE = Comparator.comparingInt(Mention::length).reversed()
            .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
            .thenComparingInt(m -> priority(m.extractor()))
            .thenComparingInt(Mention::start)
            .thenComparing(m -> m.type().ordinal());

    public List<Mention> merge(List<Mention> candidates) {
        List<Mention> ranked = new ArrayList<>(mergeDuplicates(eventsAfterPersons(candidates)));
        ranked.sort(PREFERENCE);
        List<Mention> kept = new ArrayList<>();
        List<Mention> dropped = new ArrayList<>();
        // kept mentions by start, so that only those that can overlap a candidate are looked at
        TreeMap<Integer, List<Mention>> keptByStart = new TreeMap<>();
        int longest = 0;
        for (Mention c : ranked) {
            boolean fits = true;
            for (List<Mention> near : keptByStart.subMap(c.start() - longest, true, c.end(), false).values()) {
                for (Mention k : near) {
                    fits &= !k.overlaps(c) || nests(c, k);
                }
            }
            if (fits) {
                kept.add(c);
                keptByStart.computeIfAbsent(c.start(), x -> new ArrayList<>()).add(c);
                longest = Math.max(longest, c.length());
            } else if (c.referenceId() != null) {
                dropped.add(c);
            }
        }
        carryReferences(kept, dropped);
        kept.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end)
                .reversed()).thenComparing(m -> m.type().ordinal()));
        return List.copyOf(kept);
    }

    /**
     * Gives a kept mention without a reference id the id of the first (most preferred) dropped candidate of exactly
     * its span whose id it may carry; the dropped candidate's extractor joins the kept one's, as for duplicates.
     */
    private static void carryReferences(List<Mention> kept, List<Mention> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        Map<Long, Integer> unreferencedBySpan = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).referenceId() == null) {
                unreferencedBySpan.putIfAbsent(span(kept.get(i)), i);
            }
        }
        for (Mention d : dropped) {
            Integer i = unreferencedBySpan.get(span(d));
            if (i != null && mayCarry(d, kept.get(i).type())) {
                Mention k = kept.get(i);
                Set<String> extractors = new TreeSet<>(Comparator.comparingInt(MentionMerger::priority)
                        .thenComparing(Comparator.naturalOrder()));
                extractors.addAll(List.of(k.extractor().split("\\+")));
                extractors.addAll(List.of(d.extractor().split("\\+")));
                kept.set(i, new Mention(k.start(), k.end(), k.text(), k.type(), String.join("+", extractors),
                        k.confidence(), k.normalized(), d.referenceId()));
                unreferencedBySpan.remove(span(d));
            }
        }
    }

    /**
     * Whether a mention of {@code type} may carry {@code source}'s reference id (of another type: candidates of one
     * span and type were merged before).
     */
    private static boolean mayCarry(Mention source, MentionType type) {
        return isOrgOrPlace(source.type()) && isOrgOrPlace(type) && GazetteerEntry.namesPolity(source.referenceId());
    }

    private static boolean isOrgOrPlace(MentionType type) {
        return type == MentionType.ORGANIZATION || type == MentionType.PLACE;
    }

    private static long span(Mention m) {
        return ((long) m.start() << 32) | m.end();
    }

    /** Whether {@code inner} may stay although it overlaps the already kept {@code outer}. */
    private static boolean nests(Mention inner, Mention outer) {
        boolean inside = outer.start() <= inner.start() && inner.end() <= outer.end() && outer.length() > inner.length();
        return inside && NESTS_INSIDE.getOrDefault(outer.type(), Set.of()).contains(inner.type());
    }

    private record SpanAndType(int start, int end, MentionType type) {
    }

    /**
     * An event whose name starts inside a person's name ({@code 바이든 미국 대선} after {@code 조 바이든}) starts after
     * it: the person is the candidate or the host, not part of the event's name, and the longer event would else
     * push the person out.
     */
    private static List<Mention> eventsAfterPersons(List<Mention> candidates) {
        List<Mention> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Mention e = candidates.get(i);
            if (e.type() != MentionType.EVENT) {
                continue;
            }
            for (Mention p : candidates) {
                if (p.type() == MentionType.PERSON && p.start() < e.start() && e.start() < p.end()
                        && p.end() < e.end()) {
                    int[] cps = e.text().codePoints().toArray();
                    int from = p.end() - e.start();
                    while (from < cps.length && Character.isWhitespace(cps[from])) {
                        from++;
                    }
                    if (out == null) {
                        out = new ArrayList<>(candidates);
                    }
                    out.set(i, from >= cps.length ? null : new Mention(e.start() + from, e.end(),
                            new String(cps, from, cps.length - from), e.type(), e.extractor(), e.confidence(),
                            e.normalized(), e.referenceId()));
                    break;
                }
            }
        }
        if (out == null) {
            return candidates;
        }
        out.removeIf(Objects::isNull);
        return out;
    }

    private static List<Mention> mergeDuplicates(List<Mention> candidates) {
        Map<SpanAndType, List<Mention>> bySpanAndType = new LinkedHashMap<>();
        for (Mention m : candidates) {
            bySpanAndType.computeIfAbsent(new SpanAndType(m.start(), m.end(), m.type()), k -> new ArrayList<>(1))
                    .add(m);
        }
        List<Mention> out = new ArrayList<>();
        for (List<Mention> same : bySpanAndType.values()) {
            if (same.size() == 1 && same.get(0).extractor().indexOf('+') < 0) {
                out.add(same.get(0)); // alone, with one extractor name: merging would rebuild the same mention
                continue;
            }
            same.sort(Comparator.comparingDouble(Mention::confidence).reversed()
                    .thenComparingInt(m -> priority(m.extractor())));
            Mention best = same.get(0);
            String normalized = best.normalized();
            String reference = best.referenceId();
            Set<String> extractors = new TreeSet<>(Comparator.comparingInt(MentionMerger::priority)
                    .thenComparing(Comparator.naturalOrder()));
            for (Mention m : same) {
                normalized = normalized != null ? normalized : m.normalized();
                reference = reference != null ? reference : m.referenceId();
                extractors.addAll(List.of(m.extractor().split("\\+")));
            }
            out.add(new Mention(best.start(), best.end(), best.text(), best.type(), String.join("+", extractors),
                    best.confidence(), normalized, reference));
        }
        return out;
    }
}
