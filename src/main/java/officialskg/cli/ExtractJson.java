package officialskg.cli;

import officialskg.article.Article;
import officialskg.extract.Confidence;
import officialskg.extract.Mention;
import officialskg.extract.Relation;
import officialskg.extract.statement.Statement;
import officialskg.resolve.Analysis;
import officialskg.resolve.Entity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * One document of the {@code kg extract} JSON Lines contract (docs/architecture.md). The contract's fields come first
 * and keep their meaning; {@code normalized} on mentions, {@code status} and {@code evidence} on relations,
 * {@code statements} (README.md) and the article's metadata are additions that readers of the contract may ignore.
 */
final class ExtractJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ExtractJson() {
    }

    static String line(Article article, Analysis analysis) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("id", article.id());
        doc.put("text", analysis.text());
        Map<Integer, String> entityOfMention = new TreeMap<>();
        for (Entity e : analysis.entities()) {
            for (int m : e.mentions()) {
                entityOfMention.put(m, e.id());
            }
        }
        ArrayNode mentions = doc.putArray("mentions");
        for (int i = 0; i < analysis.mentions().size(); i++) {
            Mention m = analysis.mentions().get(i);
            ObjectNode node = mentions.addObject();
            node.put("start", m.start());
            node.put("end", m.end());
            node.put("text", m.text());
            node.put("type", m.type().label());
            String entity = entityOfMention.get(i);
            if (entity != null) {
                node.put("entity", entity);
            }
            if (m.normalized() != null) {
                node.put("normalized", m.normalized());
            }
        }
        ArrayNode entities = doc.putArray("entities");
        for (Entity e : analysis.entities()) {
            ObjectNode node = entities.addObject();
            node.put("id", e.id());
            node.put("type", e.type().label());
            node.put("label", e.label());
            ArrayNode refs = node.putArray("mentions");
            e.mentions().forEach(refs::add);
            if (e.referenceId() != null) {
                node.put("reference", e.referenceId());
            }
        }
        ArrayNode relations = doc.putArray("relations");
        for (Relation r : analysis.relations()) {
            ObjectNode node = relations.addObject();
            node.put("type", r.type().label());
            ObjectNode args = node.putObject("args");
            new TreeMap<>(r.args()).forEach(args::put);
            node.put("confidence", Confidence.written(r.confidence()));
            if (r.status() != null) {
                node.put("status", r.status());
            }
            node.putArray("evidence").add(r.evidenceStart()).add(r.evidenceEnd());
        }
        ArrayNode statements = doc.putArray("statements");
        for (Statement st : analysis.statements()) {
            ObjectNode node = statements.addObject();
            node.put("mode", st.mode().label());
            if (st.attributed()) {
                node.put("speaker", st.speaker());
                if (st.carried()) {
                    node.put("carried", true);
                }
            }
            node.put("start", st.textStart());
            node.put("end", st.textEnd());
            node.put("text", st.text());
            node.put("cue", st.cue());
            if (st.date() >= 0) {
                node.put("dateMention", st.date());
                node.put("date", analysis.mentions().get(st.date()).normalized());
                node.put("dateFrom", "sentence");
            } else if (article.published().isPresent()) {
                node.put("date", article.published().get().date().toString());
                node.put("dateFrom", "article");
            }
            if (st.event() >= 0) {
                node.put("event", st.event());
            }
            node.put("confidence", Confidence.written(st.confidence()));
            node.putArray("evidence").add(st.evidenceStart()).add(st.evidenceEnd());
        }
        if (!article.title().isEmpty()) {
            doc.put("title", article.title());
        }
        article.published().ifPresent(p -> doc.put("published", p.lexical()));
        if (!article.url().isEmpty()) {
            doc.put("url", article.url());
        }
        return MAPPER.writeValueAsString(doc);
    }
}
