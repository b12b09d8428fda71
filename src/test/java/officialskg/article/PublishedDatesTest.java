package officialskg.article;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Date lines of Korean news pages and ISO values, all to Seoul time unless the value states its zone. */
class PublishedDatesTest {

    private static String line(String line) {
        return PublishedDates.firstInLine(line).map(p -> p.dateTime() + (p.timeKnown() ? "" : " date")).orElse("none");
    }

    @Test
    void koreanDateLines() {
        String expected = "2024-01-08T11:15+09:00[Asia/Seoul]";
        assertEquals(expected, line("입력 2024-01-08 11:15"));
        assertEquals(expected, line("기사입력 2024.01.08. 오전 11:15"));
        assertEquals("2024-01-08T11:15:32+09:00[Asia/Seoul]", line("등록 2024-01-08 11:15:32"));
        assertEquals(expected, line("승인 2024.01.08 11:15"));
        assertEquals(expected, line("2024년 01월 08일 11시 15분"));
        assertEquals("2024-03-05T14:30+09:00[Asia/Seoul]", line("기사입력 2024.03.05. 오후 2:30"));
        assertEquals("2024-03-05T00:10+09:00[Asia/Seoul]", line("입력 2024.03.05 오전 12:10"));
        assertEquals("2024-01-08T00:00+09:00[Asia/Seoul] date", line("입력 2024.01.08"));
    }

    @Test
    void modificationTimeIsSkipped() {
        assertEquals("2024-01-08T11:15+09:00[Asia/Seoul]", line("수정 2024-01-08 13:40 입력 2024-01-08 11:15"));
        assertEquals("none", line("수정 2024-01-08 13:40"));
        assertEquals("none", line("업데이트 2024.05.21 18:03"));
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertEquals("none", line("입력 2024-13-45 11:15"));
    }

    @Test
    void isoValues() {
        assertEquals("2024-09-25T14:05+09:00", iso("2024-09-25T14:05:00+09:00"));
        assertEquals("2024-03-10T08:00Z", iso("2024-03-10T08:00:00Z"));
        assertEquals("2024-10-15T09:00+09:00[Asia/Seoul]", iso("2024-10-15T09:00:00"));
        assertEquals("2024-10-15T09:00+09:00[Asia/Seoul]", iso("2024-10-15 09:00"));
        Optional<PublishedAt> date = PublishedDates.parseIso("2009-01-20");
        assertFalse(date.orElseThrow().timeKnown());
        assertEquals("2009-01-20", date.orElseThrow().lexical());
        assertTrue(PublishedDates.parseIso("어제").isEmpty());
        assertTrue(PublishedDates.parseIso("2024-02-30").isEmpty());
    }

    private static String iso(String value) {
        return PublishedDates.parseIso(value).orElseThrow().dateTime().toString();
    }
}
