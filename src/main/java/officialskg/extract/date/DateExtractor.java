package officialskg.extract.date;

import officialskg.nlp.CodePointIndex;
import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.extract.date.DateAtom.Kind;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Korean date expressions and resolves them against the article's publication date
 * ({@link Document#reference()}, read in its own zone: an article stamped 2024-01-07T20:00Z is a Seoul 2024-01-08).
 *
 * <h2>Normalized forms ({@link Mention#normalized()})</h2>
 * <ul>
 *   <li>day {@code 2024-01-08}; with a clock time {@code 2024-01-08T15:00} ({@code 8일 오후 3시})</li>
 *   <li>month {@code 2024-03}, year {@code 2023}, decade {@code 199} ({@code 1990년대}), ISO week {@code 2024-W02}
 *       ({@code 이번 주, 지난주, 다음 주})</li>
 *   <li>half {@code 2025-H1}, quarter {@code 2024-Q3}; {@code 연초}/{@code 올해 초} → January ({@code 2024-01}),
 *       {@code 연말}/{@code 지난해 말} → December ({@code 2023-12}), {@code 연중} → the year</li>
 *   <li>intervals in ISO 8601 form {@code start/end}: ranges {@code 8~9일}, {@code 8일부터 11일까지}
 *       ({@code 2024-01-08/2024-01-11}), {@code 1~3월}; seasons by months ({@code 올 여름} →
 *       {@code 2024-06/2024-08}, winter {@code 2024-12/2025-02}); {@code 3월 초/중순/말} → days 1–10, 11–20, 21–end</li>
 * </ul>
 * A trailing {@code (현지시간)} or weekday {@code (월)} stays inside the span; the value is the local date as written,
 * never shifted to Seoul time ({@link #isLocalTime(Mention)} tells such mentions apart).
 *
 * <h2>Resolution rules</h2>
 * <ul>
 *   <li>A bare day {@code 8일}: in the publication month when not after the publication day. A later day belongs to
 *       the previous month ({@code 28일} in a report of 2024-01-02 → 2023-12-28) unless the clause is present or
 *       future: cue {@code 오는}, or the first tense marker after the date ({@code -한다, 열리는, 예정, 계획, 열릴}).
 *       An earlier day moves to next month only with an explicit plan ({@code 예정, 계획, -ㄹ 것}) 10+ days back.
 *       A weekday note ({@code 17일(월)}) picks the nearest month where that day has that weekday. A bare day
 *       after {@code 과, 와, 및} shares the month before it ({@code 3월 10일과 11일}).
 *       {@code 지난 N일} is the latest past N-th; {@code 오는 N일} the next one (next month when N is before today).</li>
 *   <li>A month without year: {@code 지난 N월} most recent, {@code 오는 N월} next; otherwise the publication year,
 *       except a later month told in the past tense, or 10+ months later ({@code 12월} in January), which is last
 *       year, and an earlier month in a future clause (2+ months back), which is next year. Halves, quarters and
 *       seasons follow the same rule with their first and last month.</li>
 *   <li>{@code 오늘, 어제, 그제, 내일, 모레} count from the publication date; {@code 이날, 당일, 전날, 다음날, 이튿날}
 *       from the day the story is about: the last single day resolved before in the text, else the publication
 *       date.</li>
 *   <li>Without a reference only expressions with a written year get a value; relative ones are still emitted with
 *       {@code normalized == null}. Vague words ({@code 최근, 당시, 현재}) and lunar holidays ({@code 설 연휴, 추석})
 *       are not emitted: no value can be computed without a lunar calendar. Bare weekdays ({@code 월요일}) are skipped.</li>
 *   <li>Durations and counts are no dates and are not emitted: {@code 4박 7일}, {@code 7일간}, {@code 7일 일정},
 *       {@code 10년 만에}, {@code 지난 10년}, {@code 24시간}. A two-digit year ({@code 24년}) stands only with an
 *       apostrophe, a month after it, or within a year of the publication year.</li>
 * </ul>
 */
public final class DateExtractor implements MentionExtractor {

    private static final Pattern RANGE_GAP = Pattern.compile("\\s?(?:[~∼〜–\\-]|부터)\\s?");
    /** {@code 3월 10일과 11일}: a bare day after a coordinating particle shares the month before it. */
    private static final Pattern AND_GAP = Pattern.compile("(?:과|와|,|·|및|이나|또는)\\s?");
    private static final String UNTIL = "까지";
    private static final double ABSOLUTE = 0.95;
    private static final double RELATIVE = 0.85;
    private static final double UNRESOLVED = 0.5;

    private final DateAtomScanner scanner = new DateAtomScanner();
    private final DateChainer chainer = new DateChainer();

    @Override
    public String name() {
        return "date";
    }

    /** Whether a date mention carries a {@code (현지시간)} note: its value is the local date at the place told of. */
    public static boolean isLocalTime(Mention mention) {
        return mention.type() == MentionType.DATE && mention.text().contains("현지");
    }

    @Override
    public List<Mention> extract(Document document) {
        String text = document.text();
        LocalDate reference = document.reference().map(ZonedDateTime::toLocalDate).orElse(null);
        DateResolver resolver = new DateResolver(reference);
        CodePointIndex cps = document.codePointIndex();
        List<DateExpression> expressions = chainer.chain(scanner.scan(text), text);
        List<Mention> out = new ArrayList<>();
        LocalDate anchor = reference;
        int previousEnd = -1;
        DateValue previous = null;
        for (int i = 0; i < expressions.size(); i++) {
            DateExpression first = expressions.get(i);
            if (!plausible(first, resolver, reference)) {
                continue;
            }
            int end = first.to();
            LocalDate shared = previous != null && isBareDay(first)
                    && AND_GAP.matcher(text).region(previousEnd, first.from()).matches() ? previous.first() : null;
            DateValue value = resolver.resolve(first, Tense.after(text, end), anchor, shared);
            DateExpression second = i + 1 < expressions.size() ? expressions.get(i + 1) : null;
            if (second != null && joinsAsRange(text, first, second)) {
                end = second.to() + (text.startsWith(UNTIL, second.to()) ? UNTIL.length() : 0);
                DateValue last = value == null ? null
                        : resolver.resolve(second, Tense.UNKNOWN, anchor, value.first());
                value = last == null ? null : value.to(last);
                i++;
            }
            if (value != null && value.isSingleDay()) {
                anchor = value.first();
            }
            previous = value;
            previousEnd = end;
            int start = cps.at(first.from());
            int stop = cps.at(end);
            double confidence = value == null ? UNRESOLVED : first.isRelative() ? RELATIVE : ABSOLUTE;
            out.add(new Mention(start, stop, text.substring(first.from(), end), MentionType.DATE, name(), confidence,
                    value == null ? null : value.iso(), null));
        }
        return out;
    }

    /** {@code 8일부터 11일까지}, {@code 1월 8일~2월 3일}: the second part is no coarser than the first. */
    private static boolean joinsAsRange(String text, DateExpression first, DateExpression second) {
        Matcher gap = RANGE_GAP.matcher(text).region(first.to(), second.from());
        return gap.matches() && second.find(Kind.RELATIVE_DAY, Kind.RELATIVE_WEEK, Kind.DAY_RANGE,
                Kind.MONTH_RANGE) == null && first.find(Kind.DAY_RANGE, Kind.MONTH_RANGE) == null;
    }

    private static boolean isBareDay(DateExpression e) {
        Kind first = e.atoms().getFirst().kind();
        return first == Kind.DAY || first == Kind.DAY_RANGE;
    }

    /** A lone two-digit year is kept only when it reads as a year: {@code '24년}, or near the publication year. */
    private static boolean plausible(DateExpression e, DateResolver resolver, LocalDate reference) {
        if (e.atoms().size() != 1 || e.atoms().getFirst().kind() != Kind.TWO_DIGIT_YEAR) {
            return true;
        }
        DateAtom yy = e.atoms().getFirst();
        return yy.b() == 1 || reference != null && Math.abs(resolver.twoDigitYear(yy.a()) - reference.getYear()) <= 1;
    }
}
