package officialskg.extract.date;

import officialskg.extract.date.DateAtom.Kind;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a partial date falls relative to the publication date: the month of a bare day, the year of a month, the
 * century of a two-digit year. The rules are the ones documented on {@link DateExtractor}.
 */
final class ReferencePlacement {

    /** the publication date, or {@code null}: then only {@link #twoDigitYear} may be asked (callers check first) */
    private final LocalDate reference;

    ReferencePlacement(LocalDate reference) {
        this.reference = reference;
    }

    /** {@code 24년} is 2024 unless that is more than 50 years ahead of the reference ({@code 98년} → 1998). */
    int twoDigitYear(int yy) {
        int now = reference == null ? 2000 : reference.getYear();
        int year = now / 100 * 100 + yy;
        return year > now + 50 ? year - 100 : year;
    }

    /** The year of a month span without a year: the cue, else the tense, else the nearest sensible year. */
    int yearOf(int firstMonth, int lastMonth, Integer cue, Tense tense) {
        int y = reference.getYear();
        int m = reference.getMonthValue();
        if (cue != null && cue == DateAtom.PAST) {
            return firstMonth <= m ? y : y - 1;
        }
        if (cue != null && cue == DateAtom.FUTURE) {
            return lastMonth >= m ? y : y + 1;
        }
        if (cue != null) {
            return y;
        }
        if (firstMonth > m && (tense == Tense.PAST || tense == Tense.UNKNOWN && firstMonth - m >= 10)) {
            return y - 1; // 12월 in a January report is last December
        }
        if (lastMonth < m && tense == Tense.FUTURE && m - lastMonth >= 2) {
            return y + 1; // 2월 열릴 in an October report is next February
        }
        return y;
    }

    /** The month of a bare day: {@code 지난 5일} is past, {@code 오는 15일} future, else by tense. */
    YearMonth monthOfDay(int d, Integer cue, Tense tense) {
        YearMonth ym = YearMonth.from(reference);
        int today = reference.getDayOfMonth();
        if (cue != null && cue == DateAtom.FUTURE) {
            return d >= today ? ym : ym.plusMonths(1);
        }
        if (cue != null && cue == DateAtom.PAST) {
            return d <= today ? ym : ym.minusMonths(1);
        }
        if (d > today && !tense.isAhead()) {
            return ym.minusMonths(1); // 28일 in a report of the 2nd: a past day of last month
        }
        if (d < today && tense == Tense.FUTURE && today - d >= 10) {
            return ym.plusMonths(1); // 3일 개막할 예정 in a report of the 25th
        }
        return ym;
    }

    /**
     * {@code 17일(월)}: when the written weekday does not fall on the resolved day, the nearest month (or year, for a
     * month and day) where it does is taken instead; when none does, the weekday is ignored.
     */
    DateValue matchWeekday(DateExpression e, DateValue value) {
        DateAtom weekday = e.find(Kind.WEEKDAY_NOTE);
        if (value == null || weekday == null || reference == null || !value.isSingleDay() || !e.isRelative()
                || e.find(Kind.DAY) == null || value.first().getDayOfWeek().getValue() == weekday.a()) {
            return value;
        }
        boolean monthWritten = e.find(Kind.MONTH) != null;
        int day = value.first().getDayOfMonth();
        for (int step : new int[] {0, -1, 1}) {
            try {
                LocalDate candidate = monthWritten
                        ? value.first().withYear(reference.getYear() + step)
                        : YearMonth.from(reference).plusMonths(step).atDay(day);
                if (candidate.getDayOfWeek().getValue() == weekday.a() && candidate.getDayOfMonth() == day) {
                    return DateValue.day(candidate);
                }
            } catch (DateTimeException noSuchDay) {
                // 31일 in a shorter month: try the next candidate
            }
        }
        return value;
    }
}
