package officialskg.extract.event;

import officialskg.extract.lexicon.WordLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words an event name stands for, with short and glued forms spelled out ({@code event-word-forms.tsv} beside this
 * class): {@code 미국 대선} and {@code 미국 대통령 선거} are the same three words, so one event.
 */
public final class EventWordForms {

    static final String RESOURCE = "event-word-forms.tsv";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final EventWordForms INSTANCE = new EventWordForms();

    private final Map<String, List<String>> forms = new HashMap<>();

    private EventWordForms() {
        for (List<String> row : WordLists.rows(EventWordForms.class, RESOURCE, 2, 2)) {
            forms.put(row.get(0), List.of(SPACES.split(row.get(1))));
        }
    }

    public static EventWordForms get() {
        return INSTANCE;
    }

    /** The words of an event name, each short or glued form replaced by the words it stands for. */
    public List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(name.strip())) {
            out.addAll(forms.getOrDefault(w, List.of(w)));
        }
        return out;
    }

    /** One key for the names of one event however written: its spelled-out words run together (미국대통령선거). */
    public String key(String name) {
        return String.join("", words(name));
    }

    /**
     * Whether an event name of words {@code shorter} is the name of words {@code longer} with some words left out
     * ({@code 2010년 월드컵} of {@code 2010년 FIFA 월드컵}, {@code 2014월드컵 유럽예선} of {@code 2014월드컵 유럽 지역 예선}):
     * fewer words, ending in the same head, the rest {@linkplain #inOrder in order}.
     */
    public static boolean shortForm(List<String> shorter, List<String> longer) {
        return longer.size() > shorter.size() && !shorter.isEmpty()
                && shorter.getLast().endsWith(longer.getLast()) && inOrder(shorter, longer);
    }

    /**
     * Whether every word of {@code part} appears in {@code whole}, in the same order; a word of {@code part} may be
     * several words of {@code whole} run together, in order, with words between them left out ({@code 유럽예선} for
     * {@code 유럽 지역 예선}).
     */
    static boolean inOrder(List<String> part, List<String> whole) {
        int at = 0;
        for (String w : part) {
            at = gluedFrom(w, whole, at);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }

    /** The index after the words of {@code whole} from {@code from} on that spell {@code word} in order, or -1. */
    private static int gluedFrom(String word, List<String> whole, int from) {
        String rest = word;
        int at = from;
        while (!rest.isEmpty()) {
            while (at < whole.size() && !rest.startsWith(whole.get(at))) {
                at++;
            }
            if (at == whole.size()) {
                return -1;
            }
            rest = rest.substring(whole.get(at).length());
            at++;
        }
        return at;
    }

}
