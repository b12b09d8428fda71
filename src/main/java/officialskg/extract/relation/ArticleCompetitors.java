package officialskg.extract.relation;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.extract.event.EventWordForms;
import officialskg.extract.lexicon.SportWords;
import officialskg.nlp.Morpheme;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code attends} across a match report: a person or team the article says played (scored, missed a penalty, took
 * part, won a medal: {@code 전반 6분 이정은의 선제골로}, {@code 장슬기의 슛이 성공하여}, {@code 1명의 알파인 스키 선수 파이크
 * 아브디가 출전했고}) took part in the competition the article is about, when it names exactly one. The evidence is the
 * first sentence of play, at a lower confidence than a participation stated with the event in the sentence. One
 * article at a time; not thread-safe.
 */
final class ArticleCompetitors {

    static final double CONFIDENCE = 0.5;

    private final CompetitionWords words;
    private final Map<String, Sighting> players = new LinkedHashMap<>();
    private final Map<String, Integer> competitions = new LinkedHashMap<>();

    private record Sighting(int mention, SentenceView view) {
    }

    ArticleCompetitors(CompetitionWords words) {
        this.words = words;
    }

    void read(SentenceView v, Map<Integer, Integer> holders, Subjects subjects) {
        for (int unit : v.units) {
            if (v.type(unit) == MentionType.EVENT && words.namesACompetition(v.m(unit).text())) {
                competitions.putIfAbsent(ArticleCandidacies.eventKey(v.m(unit).text()), unit);
            }
        }
        List<Morpheme> ms = v.morphemes();
        for (int k = 0; k < ms.size(); k++) {
            if (!words.isPlay(ms.get(k).surface()) || quoted(v, ms.get(k).start())) {
                continue; // 황영조의 금메달 inside a commentator's words is no play of this match
            }
            boolean describing = describesAnother(ms, ActionRule.adnominalEnding(ms, k))
                    || writtenAdnominalOfAnother(v, ms.get(k).end());
            if (!describing) {
                clauseMates(v, ms, k).forEach(unit -> sighted(v, unit));
            }
            int owner = ownerBefore(v, ms, k);
            int head = owner >= 0 ? -1 : ActionRule.relativeHead(v, holders, ms, k);
            if (owner >= 0) {
                sighted(v, owner);
            } else if (head >= 0) {
                sighted(v, head); // 마라톤에 출전한 오주한 선수는
            } else if (!describing) {
                Subjects.Actor actor = subjects.at(k);
                if (actor.known() && !EventVenueRule.clauseBetween(ms,
                        v.morphemeFrom(v.m(actor.mention()).end()), ms.get(k).start())) {
                    actor.doers().forEach(d -> sighted(v, d));
                }
            }
        }
    }

    /** 출전한 선수 that the analyzer reads as 출전 + 한 (one): the adnominal form by its letters. */
    private static final java.util.regex.Pattern ADNOMINAL_WRITTEN = java.util.regex.Pattern.compile("(한|하는|했던|하던) ");

    /** Time nouns after an adnominal ending: 실축한 이후 keeps the subject's play, 출전한 선수 describes someone else. */
    private static final Set<String> TIME_NOUNS = Set.of("이후", "후", "뒤", "다음", "때", "직후", "끝", "가운데", "중");

    /** The letters after the word of play: 출전한 선수 describes the 선수, 실축한 이후 keeps the subject. */
    private static boolean writtenAdnominalOfAnother(SentenceView v, int end) {
        java.util.regex.Matcher m = ADNOMINAL_WRITTEN.matcher(v.text(end, end + 12));
        if (!m.lookingAt()) {
            return false;
        }
        String next = v.text(end + m.end(), end + 12).split("[\\s,.]", 2)[0];
        return TIME_NOUNS.stream().noneMatch(next::startsWith);
    }

    /** Whether the word of play ends in an adnominal form that describes a noun after it other than a time. */
    private static boolean describesAnother(List<Morpheme> ms, int adnominal) {
        return adnominal >= 0 && (adnominal + 1 >= ms.size() || !TIME_NOUNS.contains(ms.get(adnominal + 1).surface()));
    }

    /** Words that open the name of one contest of a larger competition: 남자 육상 마라톤, 혼성 계주. */
    private static final Set<String> PART_OPENERS = Set.of("남자", "여자", "혼성", "남녀");

    /** Whether a competition's name is that of a part of a larger one: it opens with a sport or a sex. */
    private static boolean namesAPart(List<String> words) {
        return !words.isEmpty() && (SportWords.isSport(words.getFirst()) || PART_OPENERS.contains(words.getFirst()));
    }

    /** Whether an offset lies inside quotation marks opened earlier in its sentence. */
    private static boolean quoted(SentenceView v, int offset) {
        String before = v.text(v.sentence.start(), offset);
        long opened = before.chars().filter(c -> c == '“' || c == '‘').count();
        long closed = before.chars().filter(c -> c == '”' || c == '’').count();
        long straight = before.chars().filter(c -> c == '"').count();
        return opened > closed || straight % 2 == 1;
    }

    /** The particles that make a name a side of the play written after it in its clause. */
    private static final Set<String> SIDE_PARTICLES = Set.of("이", "가", "은", "는", "에게", "을", "를", "와", "과");

    /**
     * The names in the clause of a word of play that take part in it as a side: its subject, and the side it was
     * played against ({@code 외질이 골을 기록하며}, {@code 클로제에게 골을 내주고}, {@code 러시아올림픽위원회를 꺾고}), each
     * marked by a particle with no verb or ending between it and the word.
     */
    private static List<Integer> clauseMates(SentenceView v, List<Morpheme> ms, int k) {
        List<Integer> sides = new java.util.ArrayList<>();
        for (int unit : v.units) {
            MentionType type = v.type(unit);
            if (v.m(unit).end() > ms.get(k).start()
                    || type != MentionType.PERSON && type != MentionType.ORGANIZATION) {
                continue;
            }
            int p = v.morphemeFrom(v.m(unit).end());
            if (p < k && ms.get(p).start() == v.m(unit).end() && ms.get(p).tag().isParticle()
                    && SIDE_PARTICLES.contains(ms.get(p).surface()) && !EventVenueRule.clauseBetween(ms, p, ms.get(k).start())) {
                sides.add(unit);
            }
        }
        return sides;
    }

    /** 이정은의 선제골: the name right before 의 and the word of play. */
    private static int ownerBefore(SentenceView v, List<Morpheme> ms, int k) {
        if (k < 1 || !ms.get(k - 1).surface().equals("의") || !ms.get(k - 1).tag().isParticle()) {
            return -1;
        }
        int unit = v.unitEndingBefore(ms.get(k - 1).start());
        return unit >= 0 && v.m(unit).end() == ms.get(k - 1).start() ? unit : -1;
    }

    private void sighted(SentenceView v, int mention) {
        MentionType type = v.type(mention);
        if (type == MentionType.PERSON || type == MentionType.ORGANIZATION) {
            players.putIfAbsent(ArticleCandidacies.nameKey(v.m(mention).text()), new Sighting(mention, v));
        }
    }

    /**
     * Adds each player to the sole competition (names written inside a longer one count as it), unless some relation
     * already has them take part in it.
     */
    void addTo(RelationSink sink, List<Mention> mentions) {
        // 도쿄 올림픽 and 2020 도쿄올림픽 are one competition written two ways
        List<String> names = ArticleCandidacies.wholeNames(competitions, mentions);
        if (names.size() > 1) {
            // 남자 육상 마라톤 and 양궁 여자 단체전 are parts of the 올림픽 the article is about
            List<String> wholes = names.stream().filter(k -> !namesAPart(
                    EventWordForms.get().words(mentions.get(competitions.get(k)).text()))).toList();
            names = wholes.isEmpty() ? names : wholes;
        }
        if (names.size() != 1) {
            return;
        }
        int competition = competitions.get(names.getFirst());
        String key = ArticleCandidacies.eventKey(mentions.get(competition).text());
        Set<String> taking = new HashSet<>();
        for (var r : sink.relations()) {
            String role = r.type().participantRole();
            if (role != null && key.equals(ArticleCandidacies.eventKey(mentions.get(r.args().get("event")).text()))) {
                taking.add(ArticleCandidacies.nameKey(mentions.get(r.args().get(role)).text()));
            }
        }
        for (Map.Entry<String, Sighting> p : players.entrySet()) {
            if (!taking.contains(p.getKey())) {
                sink.add(RelationType.ATTENDS, Map.of(RelationType.ATTENDS.participantRole(), p.getValue().mention(), "event", competition),
                        null, CONFIDENCE, p.getValue().view());
            }
        }
    }
}
