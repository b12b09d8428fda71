package officialskg.resolve;

/**
 * One article's record of a named person: the entity id it gave them ({@code person/김철수} or
 * {@code person/김철수/org-삼성전자}) and the context it reported.
 */
public record PersonSighting(String articleId, String entityId, PersonContext context) {
}
