package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.List;

/**
 * An unnamed post-holder ({@code 외교부 장관}: one Person mention holding its Title) right after a name
 * ({@code 박진 외교부 장관}) is that named person's post, not somebody else: the title rule saw no name there only
 * because the name is one it does not read alone (a two-syllable name the tagger found). The phrase mention is
 * dropped, its body and title mentions stay, and the post rules give the post to the name. So too right before a
 * name ({@code 일본 정부 대변인 스가 요시히데}): the post is written first and the name after it. Runs once on the
 * merged, sorted list.
 */
final class NamedPostHolders {

    List<Mention> drop(Document document, List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        Mention lastPerson = null;
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (m.type() == MentionType.PERSON && lastPerson != null && holdsATitle(sorted, i)
                    && m.start() == lastPerson.end() + 1 && document.slice(lastPerson.end(), m.start()).equals(" ")) {
                continue;
            }
            if (m.type() == MentionType.PERSON && holdsATitle(sorted, i) && nameRightAfter(document, sorted, i)) {
                continue; // 일본 정부 대변인 스가 요시히데: the post written before the name is that person's
            }
            out.add(m);
            if (m.type() == MentionType.PERSON) {
                lastPerson = m;
            }
        }
        return out;
    }

    /** Whether a named person (holding no title of its own phrase) follows the phrase at {@code i} after one space. */
    private static boolean nameRightAfter(Document document, List<Mention> sorted, int i) {
        Mention phrase = sorted.get(i);
        for (int j = i + 1; j < sorted.size(); j++) {
            Mention next = sorted.get(j);
            if (next.start() < phrase.end()) {
                continue;
            }
            return next.type() == MentionType.PERSON && next.start() == phrase.end() + 1
                    && document.slice(phrase.end(), next.start()).equals(" ") && !holdsATitle(sorted, j);
        }
        return false;
    }

    /** Whether a Title mention nests inside the Person mention at {@code i} (the list is sorted by start). */
    private static boolean holdsATitle(List<Mention> sorted, int i) {
        Mention person = sorted.get(i);
        for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < person.end(); j++) {
            Mention inner = sorted.get(j);
            if (inner.type() == MentionType.TITLE && inner.end() <= person.end()) {
                return true;
            }
        }
        return false;
    }
}
