package officialskg.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FirstCharacterSearchTest {

    /** Date- and event-like branches: lookbehinds, a named group in some only, a shorter one before a longer one. */
    private static final List<String> ALTERNATIVES = List.of(
            "(?<![\\d.])(?<day>\\d{1,2})일",
            "(?<![가-힣])(?<rel>이번\\s?주|이날|내일|내년)",
            "회",
            "정상회의",
            "회의",
            "(?<time>(?:오전|오후)\\s?(?<![\\d.])\\d{1,2}시)");
    private static final String SUFFIX = "(?![가-힣&&[^을를에은는]])";
    private static final String TEXT = "🎉 서울시는 8일 오세훈 시장이 내일 2.12일과 내년 15일, 이어 이번 주 정상회의를 "
            + "오후 3시에 연다고 밝혔다. 회의는 이날 열린다 12일";

    private static List<String> plain(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:" + String.join("|", ALTERNATIVES) + ")" + SUFFIX).matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> dispatched(FirstCharacterSearch search, String text) {
        List<String> out = new ArrayList<>();
        FirstCharacterSearch.Scan scan = search.over(text);
        for (Matcher m = scan.find(0); m != null; m = scan.find(FirstCharacterSearch.next(m))) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void findsWhatTheWholeAlternationFinds() {
        List<String> expected = plain(TEXT);
        // 12일 inside 2.12일 is no day (the lookbehind sees the text before each try); 회 before 의 fails the
        // suffix, so the next branch, 회의, is tried; 이어 is passed over on its second character
        assertEquals(List.of("8:8일", "19:내일", "29:내년", "32:15일", "40:이번 주", "45:정상회의", "51:오후 3시",
                "67:회의", "71:이날", "78:12일"), expected);
        FirstCharacterSearch search = new FirstCharacterSearch("0123456789이내회정오", ALTERNATIVES, SUFFIX);
        assertEquals(expected, dispatched(search, TEXT));
        // the pairs remembered from the first text must not change the answers for another one
        String other = "이번주 이날 이어서 내일모레 회의를 9일 오전 10시";
        assertEquals(plain(other), dispatched(search, other));
        assertEquals(List.of(), dispatched(search, ""));
    }

    @Test
    void aGroupOutsideTheBranchesTriedIsAbsent() {
        FirstCharacterSearch search = new FirstCharacterSearch("0123456789이내회정오", ALTERNATIVES, SUFFIX);
        Matcher m = search.over("내일 8일").find(0);
        assertEquals("내일", m.group("rel"));
        // only the branches that can start with 내 were compiled for this position
        assertEquals(false, m.namedGroups().containsKey("day"));
        Matcher day = search.over("내일 8일").find(FirstCharacterSearch.next(m));
        assertEquals("8", day.group("day"));
        assertNull(search.over("아무것도 없다").find(0));
    }
}
