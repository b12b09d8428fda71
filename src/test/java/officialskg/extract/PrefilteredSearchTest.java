package officialskg.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrefilteredSearchTest {

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> prefiltered(Pattern p, String starts, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        PrefilteredSearch search = new PrefilteredSearch(starts);
        for (int at = 0; search.find(m, text, at); at = PrefilteredSearch.next(m)) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void findsWhatFindFindsLookbehindsIncluded() {
        // a look-behind must still see the character before each try: 12일 inside 2.12일 is no day
        Pattern day = Pattern.compile("(?=[0-9내])(?:(?<![\\d.])\\d{1,2}일|내일|내년)");
        String text = "🎉 서울시는 8일 오세훈 시장이 내일 2.12일과 내년 15일, 3일에 연다고 밝혔다. 12일";
        List<String> expected = plain(day, text);
        assertEquals(List.of("8:8일", "19:내일", "29:내년", "32:15일", "37:3일", "50:12일"), expected);
        assertEquals(expected, prefiltered(day, "0123456789내", text));
        assertEquals(List.of(), prefiltered(day, "0123456789내", ""));
    }
}
