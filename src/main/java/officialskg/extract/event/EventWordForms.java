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
}
