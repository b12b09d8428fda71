/**
 * Relations between the mentions of one document, by rules over mention order and Nori particles.
 *
 * <ul>
 *   <li>{@link officialskg.extract.relation.RuleRelationExtractor}: the {@code RelationExtractor} (holdsPosition with
 *       status, memberOf, attends, organizes, candidateIn, speaksAt, boycotts, meets, visits, locatedIn, occursOn),
 *       evidence = the sentence.</li>
 *   <li>{@link officialskg.extract.relation.TitleOrganization}: splits a one-word title into body and role
 *       ({@code 서울시장} → 서울시 + 시장, {@code 감사원장} → 감사원 + 감사원장), for the pipeline to link the post.</li>
 *   <li>{@link officialskg.extract.relation.RelationEvaluation}: precision/recall/F1 on KLUE-RE
 *       (per:title, per:employee_of, org:top_members/employees); run by {@code kg eval re}.</li>
 * </ul>
 *
 * <p>Each rule is a small class reading a {@code SentenceView}: {@code PositionRule} (name/title/body shapes),
 * {@code MembershipRule} and {@code BodyContextRule} (memberships), {@code Subjects} (who the subject is at each
 * morpheme), {@code PredicateRule} (posts and memberships stated by the predicate), {@code ActionRule} (cue verbs),
 * {@code ParticipationRule} (attends, organizes, candidateIn, speaksAt, boycotts from the cue words of
 * {@code participation-cues.tsv}), {@code EventVenueRule}, {@code OwnEventRule} and {@code SettingRule} (where and when
 * events are held), {@code SubEventRule} (a part of the games passes its athletes on to the whole), and across the
 * article {@code ArticleCandidacies}, {@code ArticleCompetitors} and {@code PartyCandidacies}. Word lists live
 * beside the classes in {@code src/main/resources/officialskg/extract/relation/}.
 */
package officialskg.extract.relation;
