package officialskg.article;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When an article says it was published. Many sources give only a date (Wikinews), so whether the time of day is
 * known is kept: a date-only value is stored as {@code xsd:date}, never as a made-up midnight.
 *
 * @param dateTime the moment (start of day in {@code zone} when only the date is known)
 * @param timeKnown whether the source stated the time of day
 */
public record PublishedAt(ZonedDateTime dateTime, boolean timeKnown) {

    /** Korean news states local time without a zone; that is Seoul time. */
    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    public PublishedAt {
        Objects.requireNonNull(dateTime, "dateTime");
    }

    public static PublishedAt ofDate(LocalDate date, ZoneId zone) {
        return new PublishedAt(date.atStartOfDay(zone), false);
    }

    public static PublishedAt ofDateTime(ZonedDateTime dateTime) {
        return new PublishedAt(dateTime, true);
    }

    public LocalDate date() {
        return dateTime.toLocalDate();
    }

    public ZoneId zone() {
        return dateTime.getZone();
    }

    /** Lexical form for RDF: {@code 2024-01-08T11:15:00+09:00} (xsd:dateTime) or {@code 2009-01-20} (xsd:date). */
    public String lexical() {
        return timeKnown
                ? dateTime.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                : date().toString();
    }
}
