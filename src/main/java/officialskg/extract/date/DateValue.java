package officialskg.extract.date;

import java.time.LocalDate;

/**
 * A resolved date expression: its normalized form and the first and last day it covers.
 *
 * @param iso   the value written into {@code Mention.normalized} (see {@link DateExtractor} for the forms)
 * @param first first day covered
 * @param last  last day covered (equal to {@code first} for a single day)
 */
record DateValue(String iso, LocalDate first, LocalDate last) {

    static DateValue day(LocalDate day) {
        return new DateValue(day.toString(), day, day);
    }

    boolean isSingleDay() {
        return first.equals(last);
    }

    /** The ISO 8601 interval from this value to {@code end}: {@code 2024-01-08/2024-01-11}; from an interval's start
     *  to the other's end when either is one ({@code 1월 중순부터 22일까지} → {@code 2013-01-11/2013-02-22}). */
    DateValue to(DateValue end) {
        return new DateValue(startIso() + "/" + end.endIso(), first, end.last);
    }

    private String startIso() {
        int slash = iso.indexOf('/');
        return slash < 0 ? iso : iso.substring(0, slash);
    }

    private String endIso() {
        int slash = iso.indexOf('/');
        return slash < 0 ? iso : iso.substring(slash + 1);
    }
}
