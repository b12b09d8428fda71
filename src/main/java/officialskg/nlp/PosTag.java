package officialskg.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * A part-of-speech tag of the Sejong tag set as Lucene Nori names it (its {@code POS.Tag}s, names unchanged), so
 * that {@link #parse} reads every tag Nori writes. The extractors ask a tag for its class ({@link #isParticle()}:
 * J…, {@link #isNoun()}: NN…) rather than compare names.
 */
public enum PosTag {
    // Endings: pre-final, final, connective, nominal, adnominal.
    EP, EF, EC, ETN, ETM,
    // Interjection.
    IC,
    // Particles (josa): subject, complement, adnominal (의), object, adverbial, vocative, quotative, topic
    // (은/는), conjunctive.
    JKS, JKC, JKG, JKO, JKB, JKV, JKQ, JX, JC,
    // Modifiers: general adverb, conjunctive adverb, determiner.
    MAG, MAJ, MM,
    // Nominals: common, proper and bound nouns, unit noun, pronoun, numeral.
    NNG, NNP, NNB, NNBC, NP, NR,
    // Symbols: sentence-final mark, Chinese characters, Latin letters, numbers, space, closing and opening brackets,
    // separator, other symbols, ellipsis.
    SF, SH, SL, SN, SP, SSC, SSO, SC, SY, SE,
    // Predicates: adjective, negative and positive copula, verb, auxiliary.
    VA, VCN, VCP, VV, VX,
    // Affixes and roots: noun prefix, root, adjective, noun and verb suffixes.
    XPN, XR, XSA, XSN, XSV,
    // Nori's unknown, unknown symbol, unanalyzable and verb-suffix-like tags.
    UNKNOWN, UNA, NA, VSV;

    private static final PosTag[] ALL = values();
    private static final Map<String, PosTag> BY_NAME = new HashMap<>();
    /** The written form of every (first, last) pair, made once: asked for each morpheme the tagger's features read. */
    private static final String[][] WRITTEN = new String[ALL.length][ALL.length];

    static {
        for (PosTag first : ALL) {
            BY_NAME.put(first.name(), first);
            for (PosTag last : ALL) {
                WRITTEN[first.ordinal()][last.ordinal()] = first == last ? first.name()
                        : first.name() + "+" + last.name();
            }
        }
    }

    /** The first letter of the name: the Sejong class (N, V, M, I, J, E, X, S, U). */
    private final char family;
    private final boolean noun;
    private final boolean suffix;

    PosTag() {
        String name = name();
        this.family = name.charAt(0);
        this.noun = name.startsWith("NN");
        this.suffix = name.startsWith("XS");
    }

    /** The tag Nori names {@code name} ({@code NNP}, {@code JKS}, …; case matters). */
    public static PosTag parse(String name) {
        PosTag tag = BY_NAME.get(name);
        if (tag == null) {
            throw new IllegalArgumentException("not a Nori part-of-speech tag: " + name);
        }
        return tag;
    }

    /**
     * The tag as Nori writes it for a morpheme whose first and last parts have these tags: {@code NNP}, or
     * {@code VV+EC} for an inflected form whose parts differ.
     */
    public static String written(PosTag first, PosTag last) {
        return WRITTEN[first.ordinal()][last.ordinal()];
    }

    /** J…: a particle (josa). */
    public boolean isParticle() {
        return family == 'J';
    }

    /** E…: a verbal ending. */
    public boolean isEnding() {
        return family == 'E';
    }

    /** S…: a symbol, number or word in another script (SF, SN, SL, SH, brackets, …). */
    public boolean isSymbol() {
        return family == 'S';
    }

    /** M…: an adverb or determiner (MAG, MAJ, MM). */
    public boolean isModifier() {
        return family == 'M';
    }

    /** V…: a verb, adjective, copula or auxiliary (and Nori's VSV). */
    public boolean isPredicate() {
        return family == 'V';
    }

    /** X…: an affix or root (XPN, XR, XSA, XSN, XSV). */
    public boolean isAffix() {
        return family == 'X';
    }

    /** N…: a noun, pronoun or numeral (and Nori's NA, unanalyzable). */
    public boolean isNominal() {
        return family == 'N';
    }

    /** NN…: a common, proper or bound noun (NNG, NNP, NNB, NNBC). */
    public boolean isNoun() {
        return noun;
    }

    /** XS…: a suffix (XSA, XSN, XSV). */
    public boolean isSuffix() {
        return suffix;
    }
}
