package officialskg.resolve;

import java.util.Arrays;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links short person mentions to the full name they stand for, only when that is unambiguous in the document:
 * a lone surname with a title ({@code 오 시장}) to the single full name with that surname and the same role
 * (or, if that name has no role at all, the single full name with that surname); a one-word name to the single
 * multi-word name ending with it ({@code 오바마} → {@code 버락 오바마}), or of several such names, the only one named
 * before it.
 */
final class SurnameLinker {

    /** How far after a person a title may start and still be that person's ({@code 최태원 서울상공회의소 회장}). */
    private static final int ROLE_WINDOW = 16;
    private static final String NO_ROLE = "";

    private final List<Mention> mentions;
    private final String[] roles;

    SurnameLinker(List<Mention> mentions) {
        this.mentions = mentions;
        this.roles = rolesAfterPersons(mentions);
    }

    void link(String[] keys) {
        Map<String, List<Integer>> fullNamesBySurname = new HashMap<>();
        Map<String, Map<String, Integer>> byLastWord = new HashMap<>(); // last word -> full name key -> first start
        for (int j = 0; j < mentions.size(); j++) {
            Mention full = mentions.get(j);
            if (full.type() != MentionType.PERSON) {
                continue;
            }
            String t = full.text();
            int space = t.lastIndexOf(' ');
            if (space > 0) {
                byLastWord.computeIfAbsent(t.substring(space + 1), k -> new LinkedHashMap<>())
                        .merge(keys[j], full.start(), Math::min);
            } else if (full.length() >= 3 && full.length() <= 4) {
                fullNamesBySurname.computeIfAbsent(t.substring(0, 1), k -> new ArrayList<>()).add(j);
                fullNamesBySurname.computeIfAbsent(t.substring(0, 2), k -> new ArrayList<>()).add(j);
            }
        }
        String[] linked = keys.clone();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != MentionType.PERSON || m.text().contains(" ")) {
                continue;
            }
            String target = m.length() <= 2
                    ? bySurname(i, fullNamesBySurname.getOrDefault(m.text(), List.of()), keys)
                    : namedBefore(byLastWord.get(m.text()), m.start());
            if (target != null) {
                linked[i] = target;
            }
        }
        System.arraycopy(linked, 0, keys, 0, keys.length);
    }

    private String bySurname(int lone, List<Integer> fullNames, String[] keys) {
        Set<String> sameSurname = new LinkedHashSet<>();
        Set<String> sameRole = new LinkedHashSet<>();
        Set<String> noRole = new LinkedHashSet<>();
        for (int j : fullNames) {
            if (mentions.get(j).length() <= mentions.get(lone).length()) {
                continue;
            }
            sameSurname.add(keys[j]);
            if (roles[j].equals(NO_ROLE)) {
                noRole.add(keys[j]);
            } else if (samePost(roles[j], roles[lone])) {
                sameRole.add(keys[j]);
            }
        }
        if (sameRole.size() == 1) {
            return sameRole.iterator().next();
        }
        return sameSurname.size() == 1 && noRole.size() == 1 ? noRole.iterator().next() : null;
    }

    /**
     * Whether a lone surname's post is the full name's post written shorter: equal, or its last part
     * ({@code 정 실장} for 정의용 안보실장), but not a deputy's post ({@code 부시장} is not the 시장).
     */
    private static boolean samePost(String full, String lone) {
        if (full.equals(lone)) {
            return true;
        }
        if (lone.isEmpty() || !full.endsWith(lone)) {
            return false;
        }
        String field = full.substring(0, full.length() - lone.length());
        return !field.endsWith("부") && !field.endsWith("副");
    }

    /**
     * The one full name ending in the word, or, of several ({@code 도널드 트럼프}, {@code 이방카 트럼프}), the only one
     * named before the short form: 트럼프의 장녀 이방카 트럼프 calls 도널드 트럼프 by his family name. Null otherwise.
     */
    private static String namedBefore(Map<String, Integer> candidates, int at) {
        if (candidates == null) {
            return null;
        }
        if (candidates.size() == 1) {
            return candidates.keySet().iterator().next();
        }
        List<String> before = candidates.entrySet().stream().filter(e -> e.getValue() < at).map(Map.Entry::getKey)
                .toList();
        return before.size() == 1 ? before.getFirst() : null;
    }

    /** For each person mention, the role of the first title shortly after it with no other person between. */
    private static String[] rolesAfterPersons(List<Mention> mentions) {
        String[] roles = new String[mentions.size()];
        Arrays.fill(roles, NO_ROLE);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> mentions.get(i).start()));
        for (int pos = 0; pos < order.size(); pos++) {
            Mention p = mentions.get(order.get(pos));
            if (p.type() != MentionType.PERSON) {
                continue;
            }
            for (int next = pos + 1; next < order.size(); next++) {
                Mention m = mentions.get(order.get(next));
                if (m.start() < p.end()) {
                    continue; // nested inside an unnamed post-holder's phrase
                }
                if (m.start() - p.end() > ROLE_WINDOW || m.type() == MentionType.PERSON) {
                    break;
                }
                if (m.type() == MentionType.TITLE) {
                    roles[order.get(pos)] = m.normalized() != null ? m.normalized() : m.text();
                    break;
                }
            }
        }
        return roles;
    }
}
