package officialskg.extract.date;

import officialskg.extract.date.DateAtom.Kind;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * Turns one chained expression into a {@link DateValue}, resolving what it leaves out against the publication
 * date ({@code reference}, may be {@code null}: then only absolute expressions get a value). The year and month
 * rules are documented on {@link DateExtractor}.
 */
final class DateResolver {

    private final LocalDate reference;
    private final ReferencePlacement placement;

    DateResolver(LocalDate reference) {
        this.reference = reference;
        this.placement = new ReferencePlacement(reference);
    }

    int twoDigitYear(int yy) {
        return placement.twoDigitYear(yy);
    }

    /**
     * @param anchor  the day the story is about so far (for 이날, 전날), or the reference
     * @param context for the second half of a range: the first half's start, whose year and month fill in what the
     *                second half leaves out ({@code 8일부터 11일까지}); else {@code null}
     * @return the value, or {@code null} when it cannot be known
     */
    DateValue resolve(DateExpression e, Tense tense, LocalDate anchor, LocalDate context) {
        try {
            DateValue value = placement.matchWeekday(e, resolveDate(e, tense, anchor, context));
            DateAtom time = e.find(Kind.TIME);
            if (value != null && time != null && value.isSingleDay()) {
                LocalDate day = time.a() == 24 ? value.first().plusDays(1) : value.first();
                String iso = String.format("%sT%02d:%02d", day, time.a() % 24, time.b());
                return new DateValue(iso, day, day);
            }
            return value;
        } catch (DateTimeException invalid) {
            return null; // 2월 30일, 31일 in a 30-day month: no such day
        }
    }

    private DateValue resolveDate(DateExpression e, Tense tense, LocalDate anchor, LocalDate context) {
        DateAtom full = e.find(Kind.FULL_DATE);
        if (full != null) {
            return DateValue.day(LocalDate.of(full.a(), full.b(), full.c()));
        }
        if (e.find(Kind.RELATIVE_DAY) != null || e.find(Kind.RELATIVE_WEEK) != null) {
            return reference == null ? null : relativeDayOrWeek(e, anchor);
        }
        DateAtom decade = e.find(Kind.DECADE);
        if (decade != null) {
            int start = decade.a() * 10;
            return new DateValue(String.valueOf(decade.a()), LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
        }
        Integer cue = e.cue();
        Integer year = year(e, cue, context);
        DateAtom monthLevel = e.find(Kind.MONTH, Kind.MONTH_RANGE, Kind.RELATIVE_MONTH, Kind.HALF, Kind.QUARTER,
                Kind.SEASON, Kind.YEAR_PART);
        DateAtom day = e.find(Kind.DAY, Kind.DAY_RANGE);
        DateAtom monthPart = e.find(Kind.MONTH_PART);
        if (monthLevel == null) {
            if (day != null) {
                return days(day, dayMonth(day, cue, tense, context)); // chaining never puts a bare day after a year
            }
            if (year == null) {
                return null;
            }
            if (monthPart != null) { // 지난해 말, 올해 초
                return monthPart.a() == 2 ? null : month(YearMonth.of(year, monthPart.a() == 1 ? 1 : 12));
            }
            return new DateValue(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (monthLevel.kind() == Kind.RELATIVE_MONTH) {
            if (reference == null) {
                return null;
            }
            YearMonth ym = YearMonth.from(reference).plusMonths(monthLevel.a());
            return day != null ? days(day, ym) : monthPart != null ? monthPart(ym, monthPart) : month(ym);
        }
        int firstMonth = firstMonth(monthLevel);
        int lastMonth = lastMonth(monthLevel);
        if (year == null) {
            if (context != null) {
                year = context.getMonthValue() > firstMonth ? context.getYear() + 1 : context.getYear();
            } else if (reference == null) {
                return null;
            } else {
                year = placement.yearOf(firstMonth, Math.min(lastMonth, 12), cue, tense);
            }
        }
        return switch (monthLevel.kind()) {
            case MONTH -> {
                YearMonth ym = YearMonth.of(year, firstMonth);
                yield day != null ? days(day, ym) : monthPart != null ? monthPart(ym, monthPart) : month(ym);
            }
            case MONTH_RANGE -> month(YearMonth.of(year, firstMonth)) // 12~2월 ends in the next year
                    .to(month(YearMonth.of(lastMonth < firstMonth ? year + 1 : year, lastMonth)));
            case HALF -> period(year + "-H" + monthLevel.a(), year, firstMonth, lastMonth);
            case QUARTER -> period(year + "-Q" + monthLevel.a(), year, firstMonth, lastMonth);
            case YEAR_PART -> monthLevel.a() == 2
                    ? new DateValue(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                    : month(YearMonth.of(year, firstMonth));
            default -> { // SEASON: months as an interval; winter runs into the next year
                YearMonth start = YearMonth.of(year, firstMonth);
                yield month(start).to(month(start.plusMonths(2)));
            }
        };
    }

    private Integer year(DateExpression e, Integer cue, LocalDate context) {
        DateAtom y = e.find(Kind.YEAR, Kind.TWO_DIGIT_YEAR, Kind.RELATIVE_YEAR);
        if (y == null) {
            boolean thisYear = cue != null && cue == DateAtom.THIS && reference != null;
            return thisYear ? Integer.valueOf(reference.getYear()) : null;
        }
        return switch (y.kind()) {
            case YEAR -> y.a();
            case TWO_DIGIT_YEAR -> placement.twoDigitYear(y.a());
            default -> reference == null ? null : reference.getYear() + y.a();
        };
    }

    /** The month of a bare day; in the second half of a range, the first half's month or the next. */
    private YearMonth dayMonth(DateAtom day, Integer cue, Tense tense, LocalDate context) {
        int d = day.kind() == Kind.DAY_RANGE ? day.b() : day.a();
        if (context != null) {
            YearMonth ym = YearMonth.from(context);
            return d < context.getDayOfMonth() ? ym.plusMonths(1) : ym;
        }
        return reference == null ? null : placement.monthOfDay(d, cue, tense);
    }

    private static DateValue days(DateAtom day, YearMonth ym) {
        if (ym == null) {
            return null;
        }
        if (day.kind() == Kind.DAY) {
            return DateValue.day(ym.atDay(day.a()));
        }
        YearMonth startMonth = day.a() <= day.b() ? ym : ym.minusMonths(1);
        return DateValue.day(startMonth.atDay(day.a())).to(DateValue.day(ym.atDay(day.b())));
    }

    private DateValue relativeDayOrWeek(DateExpression e, LocalDate anchor) {
        DateAtom rday = e.find(Kind.RELATIVE_DAY);
        if (rday != null) {
            LocalDate base = rday.b() == 1 && anchor != null ? anchor : reference;
            return DateValue.day(base.plusDays(rday.a()));
        }
        LocalDate d = reference.plusWeeks(e.find(Kind.RELATIVE_WEEK).a());
        LocalDate monday = d.with(DayOfWeek.MONDAY);
        String iso = String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new DateValue(iso, monday, monday.plusDays(6));
    }

    private static DateValue month(YearMonth ym) {
        return new DateValue(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
    }

    /** 초 = days 1–10, 중순 = 11–20, 말 = 21–end, as an interval of days. */
    private static DateValue monthPart(YearMonth ym, DateAtom part) {
        int from = part.a() == 1 ? 1 : part.a() == 2 ? 11 : 21;
        LocalDate last = part.a() == 1 ? ym.atDay(10) : part.a() == 2 ? ym.atDay(20) : ym.atEndOfMonth();
        return DateValue.day(ym.atDay(from)).to(DateValue.day(last));
    }

    private static DateValue period(String iso, int year, int firstMonth, int lastMonth) {
        return new DateValue(iso, LocalDate.of(year, firstMonth, 1), YearMonth.of(year, lastMonth).atEndOfMonth());
    }

    private static int firstMonth(DateAtom monthLevel) {
        return switch (monthLevel.kind()) {
            case HALF -> monthLevel.a() == 1 ? 1 : 7;
            case QUARTER -> monthLevel.a() * 3 - 2;
            case YEAR_PART -> monthLevel.a() == 3 ? 12 : 1;
            default -> monthLevel.a();
        };
    }

    private static int lastMonth(DateAtom monthLevel) {
        return switch (monthLevel.kind()) {
            case MONTH_RANGE -> monthLevel.b();
            case HALF -> monthLevel.a() == 1 ? 6 : 12;
            case QUARTER -> monthLevel.a() * 3;
            case SEASON -> monthLevel.a() + 2;
            case YEAR_PART -> monthLevel.a() == 3 ? 12 : monthLevel.a() == 2 ? 12 : 1;
            default -> monthLevel.a();
        };
    }
}
