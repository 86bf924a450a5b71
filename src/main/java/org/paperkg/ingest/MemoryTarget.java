package org.paperkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.describe.RunProvenance;
import org.paperkg.reading.GraphOrigins;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.RunSummary;
import org.paperkg.search.PaperTextIndex;
import org.paperkg.search.StoreTextIndex;
import org.paperkg.stats.BulkStatistics;
import org.paperkg.store.KgStore;
import org.paperkg.store.MemoryIndexBuilder;

/**
 * Writes a run into a new in-memory store, for {@code serve PATH} / {@code query PATH}, with what
 * an ingest into TDB2 writes besides the data: the run's provenance and the statistics graph. The
 * store starts empty and the identity plan has settled every merge, so the quads are gathered into
 * the memory index and sorted once at the end ({@link KgStore#memoryIndex}); the statistics observe
 * them as they go by ({@link BulkStatistics}), on the same thread as the gathering, beside the
 * mapping ({@link QuadHandOff}). Under the {@code memTdb} setting the run goes instead into TDB2's
 * in-memory engine, in one transaction (slower, the same graph: for measuring). The text index is
 * Lucene in memory, filled from the built store in one pass (unless the {@code noTextIndex} setting).
 */
public final class MemoryTarget implements IngestTarget {

    private final boolean tdb;
    private DatasetGraph store;

    MemoryTarget(boolean tdb) {
        this.tdb = tdb;
    }

    /** The store the run wrote (after {@link #write}); the caller releases it with {@link KgStore#release}. */
    public DatasetGraph store() {
        if (store == null) throw new IllegalStateException("the run has not been written yet");
        return store;
    }

    @Override
    public RunSummary write(Ingest run) throws IOException {
        if (tdb) {
            DatasetGraph dsg = KgStore.inMemory();
            // an empty index kept in step by the transaction, as a TDB2 store's on disk is
            if (StoreTextIndex.enabled()) PaperTextIndex.inMemory().attachTo(dsg);
            else StoreTextIndex.markMissing(dsg);
            try {
                RunSummary summary = new TransactionTarget(dsg).write(run);
                store = dsg;
                return summary;
            } catch (IOException | RuntimeException e) {
                KgStore.release(dsg);
                throw e;
            }
        }
        return writeIndexed(run);
    }

    private RunSummary writeIndexed(Ingest run) throws IOException {
        MemoryIndexBuilder builder = KgStore.memoryIndex();
        RunProvenance provenance = run.provenance();
        List<Node> otherGraphs = new ArrayList<>();
        if (!run.ontologyFiles().isEmpty()) {
            // the loader's graph-replacing rules (a later file into the same graph replaces it) apply
            // in a small dataset of their own; ontologies come before papers, as in a transactional ingest
            DatasetGraph staging = DatasetGraphFactory.create();
            if (provenance == null) run.ontologies().load(staging, run.ontologyFiles());
            else run.ontologies().load(staging, run.ontologyFiles(), provenance.ontologiesInto(staging));
            for (Iterator<Quad> it = staging.find(); it.hasNext(); ) builder.add(it.next());
            for (Path f : run.ontologyFiles()) otherGraphs.add(run.ontologies().graphOf(f));
        }
        RunSummary summary = null;
        List<Quad> links = new ArrayList<>();
        // the statistics spill the pairs' groups to a temporary file: closing deletes it, whatever happens
        try (BulkStatistics statistics = new BulkStatistics(run.base(), null)) {
            if (!run.inputs().isEmpty()) {
                // the quads are counted and indexed on a thread of their own while the next papers are mapped
                try (QuadHandOff indexer = new QuadHandOff("paperkg-index", q -> {
                    statistics.quad(q);
                    builder.add(q);
                })) {
                    // provenance links go past GraphsOnce and the statistics: the provenance graph is written a little at a time
                    summary = run.mapping().run(run.inputs(), MappingRun.Into.stream(new GraphsOnce(indexer))
                            .withOrigins(provenance == null ? GraphOrigins.NONE : provenance.linksTo(links::add)));
                    indexer.finish();
                }
            }
            links.forEach(builder::add);
            if (provenance != null) {
                provenance.activityQuads(summary, Instant.now()).forEach(builder::add);
                otherGraphs.add(provenance.graph());
                otherGraphs.add(RunProvenance.provenanceGraph(run.base()));
            }
            run.progress().phase(String.format(Locale.ROOT, "load: %d quads mapped; sorting them into the in-memory indexes ...", builder.count()));
            // the statistics read the loaded quads (papers with several sources, other graphs' sizes),
            // then join them in the read-only index, as they are in a TDB2 store
            store = builder.build(sorted -> statistics.quads(sorted, otherGraphs));
        }
        // a new store nobody reads yet: the description after the build, in a transaction of its own;
        // the text index from the built store in one pass
        try {
            if (run.description() != null) run.description().refreshAfterLoad(store, Instant.now());
            if (StoreTextIndex.enabled())
                run.progress().phase("load: text index " + StoreTextIndex.inMemory(store, run.progress()::phase).line());
            else StoreTextIndex.markMissing(store);
        } catch (RuntimeException e) {
            KgStore.release(store);
            store = null;
            throw e;
        }
        return summary;
    }
}
