package officialskg.extract.relation;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationExtractor;
import officialskg.nlp.Sentence;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Relations from patterns over mentions and Nori particles, one sentence at a time (the sentence is the evidence):
 * {@code holdsPosition} with status, {@code memberOf}, {@code attends}, {@code organizes}, {@code candidateIn},
 * {@code speaksAt}, {@code boycotts}, {@code meets}, {@code visits}, {@code locatedIn}, {@code occursOn}. Only one thing crosses a sentence boundary: a sentence with no
 * subject of its own takes the main subject of the previous sentence when both stand in one paragraph, or when it
 * opens with a word that continues the story (이어, 또한); and a 후보 of an article that names one election ran in
 * it ({@link ArticleCandidacies}), and who played in a match report took part in its one competition
 * ({@link ArticleCompetitors}).
 *
 * <p>Same type over the same arguments is reported once, at its highest confidence. Thread-safe: no state between
 * calls.
 */
public final class RuleRelationExtractor implements RelationExtractor {

    /** Openers that carry the subject on across a paragraph break. */
    private static final Pattern CONTINUES = Pattern.compile("^(이어|이어서|또|또한|아울러|그러면서|이와 함께)\\s");

    private final RoleWords roles = new RoleWords();
    private final TitleOrganization titles = new TitleOrganization();
    private final ParticipationCues cues = new ParticipationCues();
    private final OwnEventRule ownEvents = new OwnEventRule();
    private final MeetingEventRule meetingEvents = new MeetingEventRule();
    private final CompetitionWords competitionWords = new CompetitionWords();

    @Override
    public List<Relation> extract(Document document, List<Mention> mentions) {
        RelationSink sink = new RelationSink();
        Subjects.Actor previousSubject = null;
        List<Integer> previousPersons = List.of();
        Sentence previous = null;
        ArticleCandidacies candidacies = new ArticleCandidacies();
        ArticleCompetitors competitors = new ArticleCompetitors(competitionWords);
        for (Sentence sentence : document.sentences()) {
            SentenceView view = new SentenceView(document, sentence, mentions);
            Map<Integer, Integer> holders = PositionRule.apply(view, sink);
            MembershipRule.apply(view, roles, titles, sink);
            BodyContextRule.apply(view, sink);
            boolean continues = carriesOver(document, previous, sentence);
            Subjects.Actor carried = continues ? previousSubject : null;
            Subjects subjects = new Subjects(view, holders,
                    continues ? new Subjects.Antecedents(carried, previousPersons) : Subjects.Antecedents.NONE);
            PredicateRule.apply(view, holders, subjects, roles, sink);
            ActionRule.apply(view, holders, subjects, carried, sink);
            ParticipationRule.apply(view, holders, subjects, carried, cues, sink);
            EventVenueRule.apply(view, holders, subjects, sink);
            HostRule.apply(view, sink);
            candidacies.read(view, holders, subjects);
            competitors.read(view, holders, subjects);
            ownEvents.apply(view, sink);
            meetingEvents.apply(view, sink);
            SettingRule.apply(view, sink);
            SubEventRule.apply(view, sink.inSentence(view), sink);
            if (sink.mayHaveVisitAndAttend(view)) {
                TripSettingRule.apply(view, sink.inSentence(view), sink);
            }
            previousSubject = named(subjects.main());
            previousPersons = persons(view);
            previous = sentence;
        }
        candidacies.addTo(sink, mentions);
        competitors.addTo(sink, mentions);
        PartyCandidacies.addTo(sink, mentions);
        return sink.relations();
    }

    static boolean carriesOver(Document document, Sentence previous, Sentence current) {
        if (previous == null) {
            return false;
        }
        boolean sameParagraph = lineBreaks(document.codePoints(), previous.end(), current.start()) < 2;
        return sameParagraph || CONTINUES.matcher(current.text()).find();
    }

    private static int lineBreaks(int[] text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Only a named subject carries over; a person or a body, never "기업들이". */
    /** The sentence's person mentions in text order. */
    private static List<Integer> persons(SentenceView view) {
        return view.units.stream().filter(u -> view.type(u) == MentionType.PERSON).toList();
    }

    private static Subjects.Actor named(Subjects.Actor actor) {
        return actor.known() ? actor : null;
    }
}
