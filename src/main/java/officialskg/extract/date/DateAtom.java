package officialskg.extract.date;

/**
 * One piece of a date expression as the scanner found it, in UTF-16 indexes of the text ({@code [from, to)}).
 * Pieces that follow each other in {@link Kind} order are chained into one expression: {@code 지난해 3월 8일 오후 3시}.
 *
 * @param a first number or code of the piece (year, month, day, offset, hour ...), {@code b} and {@code c} the
 *          second and third where the kind has them (range end, minute ...); a weekday note holds its ISO day
 *          number (월 = 1)
 */
record DateAtom(Kind kind, int from, int to, int a, int b, int c) {

    /** Kinds in the order they may be chained; {@link #slot} is that order. */
    enum Kind {
        CUE(0), FULL_DATE(1), DECADE(1), YEAR(1), TWO_DIGIT_YEAR(1), RELATIVE_YEAR(1),
        MONTH(2), MONTH_RANGE(2), RELATIVE_MONTH(2), HALF(2), QUARTER(2), SEASON(2), YEAR_PART(2),
        MONTH_PART(3), DAY(4), DAY_RANGE(4), RELATIVE_DAY(4), RELATIVE_WEEK(4),
        WEEKDAY_NOTE(5), LOCAL_TIME_NOTE(6), TIME(7);

        final int slot;

        Kind(int slot) {
            this.slot = slot;
        }
    }

    /** Cue codes in {@code a} of a {@link Kind#CUE}. */
    static final int PAST = -1;
    static final int FUTURE = 1;
    static final int THIS = 0;
}
