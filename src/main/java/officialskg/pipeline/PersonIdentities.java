package officialskg.pipeline;

import officialskg.resolve.Analysis;
import officialskg.resolve.EntityLookup;
import officialskg.resolve.NamesakeRule;
import officialskg.resolve.PersonSighting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-article identity for one writer: applies the {@link NamesakeRule} to each article right before it is
 * written, in input order, against what the store holds and what this writer assigned earlier in the same run.
 *
 * <p>The run-local memory matters when the store is written later than the articles are decided (a bulk load at the
 * end): an article decided earlier in the run counts as written, and replaces whatever the store still holds for
 * the same article id. Store answers are cached per name for the run: the store changes only by this run's
 * articles, and for those the memory is what counts. Not thread-safe: one writer thread uses it.
 */
public final class PersonIdentities implements EntityLookup {

    /** Names whose store answer is kept; beyond this the least recently used is asked again. */
    private static final int CACHED_NAMES = 20_000;

    private final NamesakeRule rule;
    private final EntityLookup store;
    private final Set<String> decided = new HashSet<>();
    private final Map<String, List<PersonSighting>> byArticle = new HashMap<>();
    private final Map<String, List<PersonSighting>> byName = new HashMap<>();
    private final Map<String, List<PersonSighting>> storeAnswers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PersonSighting>> eldest) {
            return size() > CACHED_NAMES;
        }
    };

    public PersonIdentities(NamesakeRule rule, EntityLookup store) {
        this.rule = rule;
        this.store = store;
    }

    /** The article's analysis with its people's cross-article ids; remembered as written until {@link #forget}. */
    public Analysis assign(String articleId, Analysis analysis) {
        forget(articleId);
        NamesakeRule.Outcome outcome = rule.assign(articleId, analysis, this);
        decided.add(articleId);
        byArticle.put(articleId, outcome.sightings());
        for (PersonSighting s : outcome.sightings()) {
            byName.computeIfAbsent(nameOf(s.entityId()), k -> new ArrayList<>()).add(s);
        }
        return outcome.analysis();
    }

    /** The article was not written after all (its write failed): its stored record, if any, counts again. */
    public void forget(String articleId) {
        decided.remove(articleId);
        List<PersonSighting> old = byArticle.remove(articleId);
        if (old != null) {
            for (PersonSighting s : old) {
                List<PersonSighting> named = byName.get(nameOf(s.entityId()));
                if (named != null) {
                    named.removeIf(x -> x.articleId().equals(articleId));
                }
            }
        }
    }

    @Override
    public List<PersonSighting> personsNamed(String nameKey, String excludedArticle) {
        List<PersonSighting> out = new ArrayList<>();
        for (PersonSighting s : byName.getOrDefault(nameKey, List.of())) {
            if (!s.articleId().equals(excludedArticle)) {
                out.add(s);
            }
        }
        List<PersonSighting> stored = storeAnswers.get(nameKey);
        if (stored == null) {
            stored = List.copyOf(store.personsNamed(nameKey, null));
            storeAnswers.put(nameKey, stored);
        }
        for (PersonSighting s : stored) {
            if (!s.articleId().equals(excludedArticle) && !decided.contains(s.articleId())) {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code person/김철수/삼성전자} → {@code 김철수}. */
    private static String nameOf(String personId) {
        String rest = personId.substring(personId.indexOf('/') + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
