package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.gazetteer.Gazetteer;
import officialskg.extract.gazetteer.GazetteerExtractor;
import officialskg.extract.gazetteer.GazetteerMatcher;
import officialskg.extract.pattern.OrganizationPatternExtractor;
import officialskg.extract.pattern.PlacePatternExtractor;
import officialskg.extract.title.TitlePersonExtractor;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every extractor over a document and settles their candidates with one {@link MentionMerger}.
 * The extractor list is open: {@link #ruleBasedExtractors} gives this package's own, and callers add others
 * (dates, events, a statistical tagger) to the list they pass in.
 */
public final class ExtractionEngine {

    private final List<MentionExtractor> extractors;
    private final MentionMerger merger;
    private final CompoundNames compounds = new CompoundNames();
    private final PersonNameForms names = new PersonNameForms();
    private final RoleArbitration roles = new RoleArbitration();
    private final PlaceBeforeKnownBody places = new PlaceBeforeKnownBody();
    private final NotPersonNames notNames = new NotPersonNames();
    private final RepeatedNameParts repeats = new RepeatedNameParts();
    private final RepeatedFullNames fullNames = new RepeatedFullNames();
    private final NamedPostHolders namedHolders = new NamedPostHolders();
    private final TitlesAfterNames titlesAfterNames = new TitlesAfterNames();
    private final PlayerNames players = new PlayerNames();

    public ExtractionEngine(List<MentionExtractor> extractors) {
        this(extractors, new MentionMerger());
    }

    public ExtractionEngine(List<MentionExtractor> extractors, MentionMerger merger) {
        this.extractors = List.copyOf(extractors);
        this.merger = merger;
    }

    /** The rule-based extractors: gazetteer, titles and persons, organization and place patterns. */
    public static List<MentionExtractor> ruleBasedExtractors(Gazetteer gazetteer) {
        // one trie over the gazetteer, built once and only read afterwards, serves all four
        GazetteerMatcher matcher = new GazetteerMatcher(gazetteer);
        return List.of(new GazetteerExtractor(matcher), new TitlePersonExtractor(matcher),
                new OrganizationPatternExtractor(matcher), new PlacePatternExtractor(matcher));
    }

    /** The rule-based extractors over the bundled gazetteer. */
    public static ExtractionEngine ruleBased() {
        return new ExtractionEngine(ruleBasedExtractors(Gazetteer.loadDefault()));
    }

    public List<MentionExtractor> extractors() {
        return extractors;
    }

    /** All extractors' mentions, merged, sorted by start; offsets are code points into {@code document.text()}. */
    public List<Mention> extract(Document document) {
        List<Mention> candidates = new ArrayList<>();
        for (MentionExtractor e : extractors) {
            try {
                candidates.addAll(e.extract(document));
            } catch (RuntimeException ex) {
                throw new IllegalStateException("extractor '" + e.name() + "' failed: " + ex.getMessage(), ex);
            }
        }
        List<Mention> settled = notNames.filter(document, places.separate(roles.arbitrate(candidates)));
        List<Mention> named = titlesAfterNames.add(document, players.add(document,
                namedHolders.drop(document, names.normalize(compounds.join(document, merger.merge(settled))))));
        List<Mention> spread = fullNames.add(document, named);
        // a name spread to its other sentences gets the post written after it there too (김원웅 광복회장의 발언)
        return repeats.add(document, spread == named ? named : titlesAfterNames.add(document, spread));
    }
}
