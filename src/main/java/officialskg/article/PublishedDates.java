package officialskg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication times: ISO-8601 values (JSON Lines, HTML meta, JSON-LD) and the date lines of Korean pages
 * ({@code 입력 2024-01-08 11:15}, {@code 기사입력 2024.01.08. 오전 11:15}, {@code 2024년 01월 08일 11시 15분}).
 * A local time is Seoul time; a date without a time stays date-only.
 */
final class PublishedDates {

    /** Year, month, day, then an optional time of day with optional 오전/오후 (or AM/PM). */
    private static final Pattern KOREAN_DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-./년]\\s*(\\d{1,2})\\s*[-./월]\\s*(\\d{1,2})\\s*(?:일|\\.)?"
                    + "(?:\\s*\\(\\s*[월화수목금토일]\\s*\\))?"
                    + "(?:\\s*(오전|오후|AM|PM|am|pm)?\\s*(\\d{1,2})\\s*(?::|시)\\s*(?:(\\d{1,2})\\s*분?)?"
                    + "(?::(\\d{2}))?)?");

    /** Words that introduce a modification time, never the publication time. */
    private static final Pattern MODIFIED_LABEL = Pattern.compile("(수정|업데이트|최종|갱신|updated|Updated)\\s*[:：]?\\s*$");

    private PublishedDates() {
    }

    /** An ISO-8601 date, date-time with offset or zone, or local date-time (a space may replace {@code T}). */
    static Optional<PublishedAt> parseIso(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PublishedAt.ofDateTime(ZonedDateTime.parse(v, DateTimeFormatter.ISO_ZONED_DATE_TIME)));
        } catch (DateTimeParseException ignored) {
            // not zoned: try the other ISO shapes below
        }
        String t = v.length() > 10 && v.charAt(10) == ' ' ? v.substring(0, 10) + 'T' + v.substring(11) : v;
        try {
            return Optional.of(PublishedAt.ofDateTime(OffsetDateTime.parse(t).toZonedDateTime()));
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return Optional.of(PublishedAt.ofDateTime(LocalDateTime.parse(t).atZone(PublishedAt.KOREA)));
        } catch (DateTimeParseException ignored) {
            // no time
        }
        try {
            return Optional.of(PublishedAt.ofDate(LocalDate.parse(v), PublishedAt.KOREA));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /** ISO first, then the Korean shapes (some HTML meta tags carry {@code 2024.01.08 11:15}). */
    static Optional<PublishedAt> parseAny(String value) {
        Optional<PublishedAt> iso = parseIso(value);
        return iso.isPresent() ? iso : firstInLine(value);
    }

    /** The first date in a line that is not introduced by a modification label such as {@code 수정}. */
    static Optional<PublishedAt> firstInLine(String line) {
        Matcher m = KOREAN_DATE_TIME.matcher(line);
        int previousEnd = 0;
        while (m.find()) {
            String label = line.substring(previousEnd, m.start());
            previousEnd = m.end();
            if (MODIFIED_LABEL.matcher(label).find()) {
                continue;
            }
            Optional<PublishedAt> at = toPublishedAt(m);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /** Code points a date match covers in the line, to judge whether a line is a date line or prose. */
    static int matchedLength(String line) {
        Matcher m = KOREAN_DATE_TIME.matcher(line);
        int total = 0;
        while (m.find()) {
            total += m.end() - m.start();
        }
        return total;
    }

    /** The line with every date removed, to see what else it says. */
    static String withoutDates(String line) {
        return KOREAN_DATE_TIME.matcher(line).replaceAll(" ");
    }

    private static Optional<PublishedAt> toPublishedAt(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(5) == null) {
                return Optional.of(PublishedAt.ofDate(date, PublishedAt.KOREA));
            }
            int hour = Integer.parseInt(m.group(5));
            String half = m.group(4);
            if (half != null && (half.equals("오후") || half.equalsIgnoreCase("PM")) && hour < 12) {
                hour += 12;
            } else if (half != null && (half.equals("오전") || half.equalsIgnoreCase("AM")) && hour == 12) {
                hour = 0;
            }
            int minute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            return Optional.of(PublishedAt.ofDateTime(
                    date.atTime(hour, minute, second).atZone(PublishedAt.KOREA)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
