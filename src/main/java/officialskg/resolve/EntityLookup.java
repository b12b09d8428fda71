package officialskg.resolve;

import java.util.List;

/**
 * What cross-article identity needs from a store: the people other articles recorded under a name. Implemented
 * over the stored graphs (by the store) and over what an ingest run assigned before writing (by the pipeline).
 */
public interface EntityLookup {

    /** No stored articles (e.g. {@code kg extract}): every person is judged on its own article. */
    EntityLookup NONE = (name, excluded) -> List.of();

    /**
     * @param nameKey         the normalized name: as written, spaces removed ({@code 김철수})
     * @param excludedArticle the article being (re-)written, whose stored record must not count; may be null
     * @return one sighting per article and entity recorded under that name, in no particular order
     */
    List<PersonSighting> personsNamed(String nameKey, String excludedArticle);
}
