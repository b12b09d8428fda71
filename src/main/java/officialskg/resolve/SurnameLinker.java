package officialskg.resolve;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Links short person mentions to the full name they stand for, only when that is unambiguous in the document:
 * a lone surname with a title ({@code 오 시장}) to the single full name with that surname and the same role
 * (or, if that name has no role at all, the single full name with that surname); a one-word name to the single
 * multi-word name ending with it ({@code 오바마} → {@code 버락 오바마}).
 */
final class SurnameLinker {

    /** How far after a person a title may start and still be that person's ({@code 최태원 서울상공회의소 회장}). */
    private static final int ROLE_WINDOW = 16;

    private final List<Mention> mentions;

    SurnameLinker(List<Mention> mentions) {
        this.mentions = mentions;
    }

    void link(String[] keys) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != MentionType.PERSON || m.text().contains(" ")) {
                continue;
            }
            String target = m.length() <= 2 ? bySurname(m, i, keys) : byLastWord(m, keys);
            if (target != null) {
                keys[i] = target;
            }
        }
    }

    private String bySurname(Mention lone, int index, String[] keys) {
        String role = roleAfter(index);
        Set<String> sameSurname = new LinkedHashSet<>();
        Set<String> sameRole = new LinkedHashSet<>();
        Set<String> noRole = new LinkedHashSet<>();
        for (int j = 0; j < mentions.size(); j++) {
            Mention full = mentions.get(j);
            if (full.type() != MentionType.PERSON || full.length() <= lone.length() || full.text().contains(" ")
                    || !full.text().startsWith(lone.text()) || full.length() > 4) {
                continue;
            }
            sameSurname.add(keys[j]);
            String fullRole = roleAfter(j);
            if (fullRole == null) {
                noRole.add(keys[j]);
            } else if (fullRole.equals(role)) {
                sameRole.add(keys[j]);
            }
        }
        if (sameRole.size() == 1) {
            return sameRole.iterator().next();
        }
        boolean onlyCandidate = sameSurname.size() == 1 && sameRole.isEmpty() && noRole.size() == 1;
        return onlyCandidate ? noRole.iterator().next() : null;
    }

    private String byLastWord(Mention single, String[] keys) {
        Set<String> candidates = new LinkedHashSet<>();
        for (int j = 0; j < mentions.size(); j++) {
            Mention full = mentions.get(j);
            if (full.type() == MentionType.PERSON && full.text().endsWith(" " + single.text())) {
                candidates.add(keys[j]);
            }
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /** The role of the first title starting shortly after person mention {@code i}, before any other person. */
    private String roleAfter(int i) {
        Mention p = mentions.get(i);
        List<Mention> after = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= p.end() && m.start() - p.end() <= ROLE_WINDOW) {
                after.add(m);
            }
        }
        after.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : after) {
            if (m.type() == MentionType.PERSON) {
                return null;
            }
            if (m.type() == MentionType.TITLE) {
                return m.normalized();
            }
        }
        return null;
    }
}
