package officialskg.store.text;

import officialskg.vocab.Kg;
import officialskg.vocab.Schema;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.system.Txn;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.index.IndexWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The Korean full-text index of the store (jena-text over Lucene with Nori). Wrapping the TDB2 dataset makes every
 * quad added or deleted through it update the index in the same transaction, so the index never drifts from the
 * graphs when an article is replaced or deleted.
 *
 * <p>Indexed: labels ({@code skos:prefLabel}, {@code skos:altLabel}, {@code rdfs:label}, {@code schema:name}),
 * article {@code schema:headline} and {@code schema:text}, and {@code kg:anchorText} (mention and evidence
 * sentences), all into one field so that {@code text:query "서울시장"} searches them together. Each Lucene document
 * records its graph and a unique id: that is what lets a deleted quad delete exactly its own document.
 */
public final class KgTextIndex {

    /** The single Lucene field every indexed predicate feeds. */
    public static final String FIELD = "text";

    /** The indexed predicates. */
    public static final java.util.List<org.apache.jena.graph.Node> PREDICATES = java.util.List.of(
            SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode(), Schema.name.asNode(),
            Schema.headline.asNode(), Schema.text.asNode(), Kg.anchorText.asNode());

    private KgTextIndex() {
    }

    /** An index in {@code dir} (created when absent); on-disk stores keep it beside their TDB2 directory. */
    public static TextIndex onDisk(Path dir) {
        try {
            return create(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    public static TextIndex inMemory() {
        return create(new ByteBuffersDirectory());
    }

    /** The text index directory of a store directory: its sibling {@code <name>-text}. */
    public static Path beside(Path storeDir) {
        Path absolute = storeDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-text");
    }

    /** The dataset whose changes keep {@code index} in sync; its context carries the index for {@code text:query}. */
    public static DatasetGraph wrap(DatasetGraph base, TextIndex index) {
        return TextDatasetFactory.create(base, index, true);
    }

    /**
     * Drops every document; the removal takes effect at the next commit of the index (a write transaction's, or
     * {@link #indexAll}'s).
     */
    public static void clear(TextIndex index) {
        try {
            ((TextIndexLucene) index).getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the text index", e);
        }
    }

    /**
     * Merges the index into one segment and drops the documents of deleted quads (every re-ingest deletes an article's
     * documents and adds new ones, and Lucene only marks the old ones deleted), then commits.
     */
    public static void compact(TextIndex index) {
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new IllegalArgumentException("not a Lucene text index: " + index.getClass().getName());
        }
        try {
            IndexWriter writer = lucene.getIndexWriter();
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the text index", e);
        }
    }

    /**
     * Indexes every quad of {@code base}'s named graphs whose predicate is indexed, straight into {@code index}, in
     * one Lucene commit: the documents are exactly those the indexing dataset makes quad by quad (same entity, graph
     * and uid fields, so later deletes through the dataset find them), without rewriting any quad in TDB2.
     */
    public static void indexAll(DatasetGraph base, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        Txn.executeRead(base, () -> {
            for (Node predicate : PREDICATES) {
                base.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(quad -> {
                    if (!quad.isDefaultGraph()) {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                        if (entity != null) {
                            index.addEntity(entity);
                        }
                    }
                });
            }
        });
        index.prepareCommit();
        index.commit();
    }

    private static TextIndex create(Directory directory) {
        EntityDefinition entities = new EntityDefinition("uri", FIELD);
        entities.setGraphField("graph");
        entities.setUidField("uid");
        entities.setLangField("lang");
        PREDICATES.forEach(predicate -> entities.set(FIELD, predicate));
        TextIndexConfig config = new TextIndexConfig(entities);
        // MIXED keeps a compound beside its parts: 대한상공회의소 is found by 상공회의소 and by itself.
        config.setAnalyzer(new KoreanAnalyzer(null, KoreanTokenizer.DecompoundMode.MIXED,
                org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(directory, config);
    }
}
