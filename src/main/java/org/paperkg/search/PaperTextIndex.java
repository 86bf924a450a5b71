package org.paperkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.paperkg.store.KgStore;


/**
 * The Lucene index of a store's paper texts, in jena-text's own format ({@link TextIndexLucene},
 * fields of {@link TextFields}), attached to the store's context under {@link TextQuery#textIndex}
 * so that {@code text:query} finds it through any wrapper of the store (union default view, the
 * server's guard) and the ingest targets find it to keep it in step.
 * <p>
 * Its state is in the user data of each Lucene commit: {@value #CURRENT} when the index matches
 * the store, {@value #STALE} from just before a store commit until the index has the commit's
 * changes. A process killed between the two commits leaves it stale, and a store opened with a
 * stale or missing index has it rebuilt ({@link StoreTextIndex}). The format (fields, analyzer)
 * is recorded too: another format is rebuilt the same way.
 */
public final class PaperTextIndex implements AutoCloseable {

    static final String STATE = "paperkg.state";
    static final String FORMAT_KEY = "paperkg.format";
    /** The fields and analyzer of {@link TextFields}: change it when they change, and stores rebuild their index. */
    static final String FORMAT = "1";
    static final String CURRENT = "current";
    static final String STALE = "stale";
    private static final Symbol SELF = Symbol.create("https://w3id.org/paperkg/vocab#textIndex");

    private final TextIndexLucene lucene;
    private final String where;
    private final ReentrantLock writeLock = new ReentrantLock();

    private PaperTextIndex(Directory directory, String where) {
        this.lucene = new TextIndexLucene(directory, TextFields.config());
        this.where = where;
        // Lucene's default 16 MB flushes a segment every few thousand abstracts; a load or a rebuild
        // adds hundreds of thousands of documents before its one commit
        writer().getConfig().setRAMBufferSizeMB(128);
    }

    /** Opens (creating when absent) the index in {@code folder}. */
    public static PaperTextIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new PaperTextIndex(FSDirectory.open(folder), folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A new empty index in memory, for a store in memory. */
    public static PaperTextIndex inMemory() {
        return new PaperTextIndex(new ByteBuffersDirectory(), "(in memory)");
    }

    /** The index attached to {@code dsg} (or to the store it wraps), or null when it has none. */
    public static PaperTextIndex of(DatasetGraph dsg) {
        return dsg.getContext().get(SELF) instanceof PaperTextIndex index ? index : null;
    }

    /** Makes this the index of {@code dsg}: its {@code text:query} reads it, its writes keep it, its release closes it. */
    public void attachTo(DatasetGraph dsg) {
        dsg.getContext().set(TextQuery.textIndex, lucene);
        dsg.getContext().set(SELF, this);
        KgStore.closeWithStore(dsg, this);
    }

    public String where() {
        return where;
    }

    private IndexWriter writer() {
        return lucene.getIndexWriter();
    }

    /** The state the last commit recorded: {@value #CURRENT}, {@value #STALE}, or null when nothing was committed. */
    String state() {
        Map<String, String> data = commitData();
        if (data == null) return null;
        if (!FORMAT.equals(data.get(FORMAT_KEY))) return "format " + data.get(FORMAT_KEY);
        return data.get(STATE);
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer().getLiveCommitData();
        if (live == null) return null;
        live.forEach(e -> data.put(e.getKey(), e.getValue()));
        return data.isEmpty() ? null : data;
    }

    boolean isCurrent() {
        return CURRENT.equals(state());
    }

    /** Documents in the index, as committed or about to be. */
    public long documents() {
        return writer().getDocStats().numDocs;
    }

    /** Distinct source graphs with documents, as committed or about to be. */
    public long graphs() {
        try (DirectoryReader reader = DirectoryReader.open(writer())) {
            long n = 0;
            Terms terms = MultiTerms.getTerms(reader, TextFields.GRAPH);
            if (terms == null) return 0;
            for (TermsEnum it = terms.iterator(); it.next() != null; ) n++;
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the index as it is with the mark that it may no longer match the store (before a store commit). */
    public void markStale() {
        commit(STALE);
    }

    /** Commits the changes made since the last commit with the mark that the index matches the store. */
    public void commitCurrent() {
        commit(CURRENT);
    }

    private void commit(String state) {
        writer().setLiveCommitData(Map.of(STATE, state, FORMAT_KEY, FORMAT).entrySet());
        lucene.commit();
    }

    /** Replaces the documents of {@code graphs} with {@code documents} (uncommitted). */
    void replace(Collection<Node> graphs, List<Entity> documents) {
        try {
            for (Node g : graphs) writer().deleteDocuments(new Term(TextFields.GRAPH, TextQueryFuncs.graphNodeToString(g)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        documents.forEach(lucene::addEntity);
    }

    /** Drops the changes made since the last commit: the index is as that commit left it. */
    public void rollback() {
        lucene.rollback();
    }

    /** Held by a write from its stale mark to its index commit ({@link TextIndexKeeper}). */
    ReentrantLock writeLock() {
        return writeLock;
    }

    EntityDefinition definition() {
        return lucene.getDocDef();
    }

    /**
     * Indexes the graphs of a load as their quads stream by (a bulk load: each graph once, in one
     * piece), added to the uncommitted index; the load commits with {@link #commitCurrent} once the
     * store has switched to what it loaded, or drops them with {@link #rollback}.
     */
    public StreamLoad streamLoad() {
        return new StreamLoad();
    }

    /** The quads of a load, read for their texts ({@link #streamLoad}). */
    public final class StreamLoad implements Consumer<Quad> {
        private final StreamedPaperTexts texts = new StreamedPaperTexts(lucene.getDocDef(), docs -> docs.forEach(lucene::addEntity));

        @Override
        public void accept(Quad q) {
            texts.accept(q);
        }

        /** Whether the load needs to hand {@code q} over at all (most quads are neither texts nor graph types). */
        public boolean wants(Quad q) {
            return StreamedPaperTexts.wants(q);
        }

        /** After the last quad: the last graph's documents. */
        public void finish() {
            texts.finish();
        }

        public String line() {
            return String.format(Locale.ROOT, "%,d documents from %,d paper graphs", documents(), texts.graphs());
        }
    }

    /** What a rebuild did. */
    public record Rebuilt(long documents, long graphs, long millis) {
        public String line() {
            return String.format(Locale.ROOT, "%,d documents from %,d paper graphs in %.1f s", documents, graphs, millis / 1000.0);
        }
    }

    /**
     * Rebuilds the index from the store in one pass over its paper graphs (in a read transaction),
     * Lucene adding in batches and committing once at the end; {@code progress} gets a line every
     * 20 000 graphs. Until that commit the index keeps its last committed state.
     */
    public Rebuilt rebuild(DatasetGraph dsg, Consumer<String> progress) {
        long start = System.currentTimeMillis();
        long[] counts = new long[2];
        try {
            writer().deleteAll();
            Txn.executeRead(dsg, () -> {
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, org.paperkg.vocab.Terms.RDF_TYPE, org.paperkg.vocab.Terms.PKG_SOURCE_GRAPH); it.hasNext(); ) {
                Quad q = it.next();
                if (!q.getGraph().equals(q.getSubject())) continue;
                List<Entity> docs = PaperTexts.inStore(dsg, q.getGraph(), lucene.getDocDef());
                docs.forEach(lucene::addEntity);
                counts[0] += docs.size();
                if (++counts[1] % 20_000 == 0)
                    progress.accept(String.format(Locale.ROOT, "text index: %,d paper graphs, %,d documents so far", counts[1], counts[0]));
            }
            });
            commitCurrent();
        } catch (IOException | RuntimeException e) {
            rollback();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new Rebuilt(counts[0], counts[1], System.currentTimeMillis() - start);
    }

    @Override
    public void close() {
        lucene.close();
    }

    @Override
    public String toString() {
        return "the text index " + where;
    }
}
