package officialskg.extract.date;

import officialskg.extract.date.DateAtom.Kind;

import java.util.List;

/** Atoms chained into one date expression, in text order ({@code 지난달 28일 오후 3시}). */
record DateExpression(List<DateAtom> atoms) {

    DateExpression {
        atoms = List.copyOf(atoms);
    }

    int from() {
        return atoms.getFirst().from();
    }

    int to() {
        return atoms.getLast().to();
    }

    /** The first atom of one of the kinds, or {@code null}. */
    DateAtom find(Kind... kinds) {
        for (DateAtom atom : atoms) {
            for (Kind k : kinds) {
                if (atom.kind() == k) {
                    return atom;
                }
            }
        }
        return null;
    }

    /** {@link DateAtom#PAST}, {@link DateAtom#FUTURE}, {@link DateAtom#THIS}, or {@code null} without a cue. */
    Integer cue() {
        DateAtom cue = find(Kind.CUE);
        return cue == null ? null : cue.a();
    }

    /** Whether the value depends on the publication date (no year written). */
    boolean isRelative() {
        return find(Kind.FULL_DATE, Kind.YEAR, Kind.DECADE) == null;
    }
}
