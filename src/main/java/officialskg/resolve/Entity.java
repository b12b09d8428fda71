package officialskg.resolve;

import officialskg.extract.MentionType;

import java.util.List;

/**
 * One thing an article speaks of, grouping its mentions.
 *
 * @param id          stable key within the document and across articles (becomes the IRI's local part), e.g.
 *                    {@code person/오세훈}, {@code org/kostat-11}
 * @param label       the preferred label (canonical name, or the longest mention)
 * @param mentions    indices into the document's mention list
 * @param referenceId gazetteer or Wikidata id when known, else {@code null}
 */
public record Entity(String id, MentionType type, String label, List<Integer> mentions, String referenceId) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
