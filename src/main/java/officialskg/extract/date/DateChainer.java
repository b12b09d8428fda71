package officialskg.extract.date;

import officialskg.extract.date.DateAtom.Kind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Chains atoms that follow each other (at most one space apart, coarse to fine) into expressions and drops
 * pieces that are no date on their own: a lone cue ({@code 지난}), season ({@code 봄}), month part ({@code 말}),
 * note ({@code (월)}) or clock time.
 */
final class DateChainer {

    private static final Set<Kind> DAY_LEVEL = EnumSet.of(Kind.FULL_DATE, Kind.DAY, Kind.RELATIVE_DAY,
            Kind.WEEKDAY_NOTE, Kind.LOCAL_TIME_NOTE);
    private static final Set<Kind> CORE = EnumSet.of(Kind.FULL_DATE, Kind.DECADE, Kind.YEAR, Kind.TWO_DIGIT_YEAR,
            Kind.RELATIVE_YEAR, Kind.MONTH, Kind.MONTH_RANGE, Kind.RELATIVE_MONTH, Kind.HALF, Kind.QUARTER,
            Kind.YEAR_PART, Kind.DAY, Kind.DAY_RANGE, Kind.RELATIVE_DAY, Kind.RELATIVE_WEEK);
    private static final Set<Kind> YEARS = EnumSet.of(Kind.YEAR, Kind.TWO_DIGIT_YEAR, Kind.RELATIVE_YEAR);

    List<DateExpression> chain(List<DateAtom> atoms, String text) {
        List<DateExpression> out = new ArrayList<>();
        List<DateAtom> current = new ArrayList<>();
        for (DateAtom atom : atoms) {
            if (!current.isEmpty() && !canFollow(current, atom, text)) {
                close(current, out);
                current = new ArrayList<>();
            }
            current.add(atom);
        }
        close(current, out);
        return out;
    }

    private static boolean canFollow(List<DateAtom> chain, DateAtom next, String text) {
        DateAtom last = chain.getLast();
        int gap = next.from() - last.to();
        if (gap < 0 || gap > 1 || gap == 1 && text.charAt(last.to()) != ' ' || next.kind().slot <= last.kind().slot) {
            return false;
        }
        Kind k = next.kind();
        Kind prev = last.kind();
        return switch (k) {
            case RELATIVE_DAY, RELATIVE_WEEK, RELATIVE_MONTH -> false;
            case SEASON, HALF, QUARTER, YEAR_PART -> prev == Kind.CUE || YEARS.contains(prev);
            case MONTH_PART -> prev == Kind.MONTH || prev == Kind.RELATIVE_MONTH || YEARS.contains(prev);
            case DAY, DAY_RANGE -> prev == Kind.CUE || prev == Kind.MONTH || prev == Kind.RELATIVE_MONTH;
            case WEEKDAY_NOTE, LOCAL_TIME_NOTE -> DAY_LEVEL.contains(prev);
            case TIME -> DAY_LEVEL.contains(prev);
            default -> true;
        };
    }

    private static void close(List<DateAtom> chain, List<DateExpression> out) {
        List<DateAtom> atoms = chain;
        if (atoms.isEmpty() || atoms.getFirst().kind() == Kind.CUE && atoms.size() == 1) {
            return;
        }
        boolean hasCore = false;
        boolean hasSeason = false;
        for (DateAtom a : atoms) { // a loop, not two streams: this runs for every atom the scanner finds
            hasCore |= CORE.contains(a.kind());
            hasSeason |= a.kind() == Kind.SEASON;
        }
        boolean seasonWithYearOrCue = hasSeason && atoms.size() > 1;
        if (!hasCore && !seasonWithYearOrCue) {
            return;
        }
        if (atoms.getFirst().kind() == Kind.CUE && atoms.get(1).kind() == Kind.TWO_DIGIT_YEAR) {
            return; // 지난 10년: a duration
        }
        out.add(new DateExpression(atoms));
    }
}
