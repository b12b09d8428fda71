package officialskg.extract.tagger;

/**
 * BIO label numbering over {@link EntityTag}: 0 is outside, {@code 1 + 2t} begins tag {@code t}, {@code 2 + 2t}
 * continues it. The numbering is part of the model file format.
 */
final class BioLabels {

    static final int OUTSIDE = 0;
    static final int COUNT = 1 + 2 * EntityTag.values().length;
    static final int ALL = (1 << COUNT) - 1;

    private BioLabels() {
    }

    static int begin(EntityTag tag) {
        return 1 + 2 * tag.ordinal();
    }

    static int inside(EntityTag tag) {
        return 2 + 2 * tag.ordinal();
    }

    static boolean isInside(int label) {
        return label != OUTSIDE && label % 2 == 0;
    }

    static boolean isBegin(int label) {
        return label % 2 == 1;
    }

    /** The tag of a begin or inside label; undefined for {@link #OUTSIDE}. */
    static EntityTag tagOf(int label) {
        return EntityTag.values()[(label - 1) / 2];
    }

    /** Whether {@code current} may follow {@code previous} ({@code -1} = sentence start): I-t only after B-t or I-t. */
    static boolean allowed(int previous, int current) {
        if (!isInside(current)) {
            return true;
        }
        return previous != -1 && previous != OUTSIDE && tagOf(previous) == tagOf(current);
    }
}
