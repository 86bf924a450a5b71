package org.paperkg.store;

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
import org.apache.jena.system.Txn;
import org.paperkg.describe.RunProvenance;
import org.paperkg.identity.FingerprintPaperIndex;
import org.paperkg.identity.FingerprintPaperIndex.MatchNeedsStore;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.pipeline.GraphOrigins;
import org.paperkg.pipeline.MappingRun;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.settings.Debug;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.stats.BulkStatistics;
import org.paperkg.store.mem.MemQuadStore;
import org.paperkg.store.mem.QuadIndex;
import org.paperkg.store.tdb.BulkIngest;

/**
 * Loads ontologies and cards into a new in-memory store for {@code serve PATH} / {@code query PATH},
 * with what a TDB2 ingest writes besides the data: the run's provenance ({@link RunProvenance}) and
 * the statistics graph. As {@link BulkIngest} does for an empty database, papers can only match
 * papers of the same run, so quads are appended to a {@link QuadIndex} and sorted once at the end
 * ({@link MemQuadStore}); the statistics are counted as the quads go by ({@link BulkStatistics}), on
 * the same thread as the appending, beside the mapping ({@link QuadHandOff}).
 * A run whose records merge papers, or that writes a graph twice, needs the store's merge and
 * replace logic: it is loaded again, in one transaction, into an in-memory TDB2 dataset (slower,
 * the same result).
 */
public final class MemoryIngest {

    /** The store and the run's summary ({@code null} when there were no card inputs). */
    public record Loaded(DatasetGraph dsg, RunSummary summary) {}

    private MemoryIngest() {}

    /** {@code provenance} may be null (nothing of the run recorded). */
    public static Loaded load(OntologyLoader ontologies, List<Path> ontologyFiles, MappingRun run, List<Path> inputs,
                              RunProvenance provenance) throws IOException {
        if (!Settings.current().get(PaperkgSettings.MEM_TDB)) {
            try {
                return loadIndexed(ontologies, ontologyFiles, run, inputs, provenance);
            } catch (BulkIngest.Fallback e) {
                System.err.println("load: the in-memory index gave way to a transactional in-memory store: " + e.getMessage());
            }
        }
        DatasetGraph dsg = KgStore.inMemory();
        try {
            return new Loaded(dsg, IngestRun.ingest(dsg, ontologies, ontologyFiles, run, inputs, true, provenance));
        } catch (IOException | RuntimeException e) {
            KgStore.release(dsg);
            throw e;
        }
    }

    private static Loaded loadIndexed(OntologyLoader ontologies, List<Path> ontologyFiles, MappingRun run, List<Path> inputs,
                                      RunProvenance provenance) throws IOException, BulkIngest.Fallback {
        QuadIndex.Builder builder = new QuadIndex.Builder();
        String base = run.iris().base();
        List<Node> otherGraphs = new ArrayList<>();
        if (!ontologyFiles.isEmpty()) {
            // the loader's graph-replacing rules (a later file into the same graph replaces it) apply
            // in a small dataset of their own; ontologies come before papers, as in a transactional ingest
            DatasetGraph staging = DatasetGraphFactory.create();
            if (provenance == null) ontologies.load(staging, ontologyFiles);
            else ontologies.load(staging, ontologyFiles, provenance.ontologiesInto(staging));
            for (Iterator<Quad> it = staging.find(); it.hasNext(); ) builder.add(it.next());
            for (Path f : ontologyFiles) otherGraphs.add(ontologies.graphOf(f));
        }
        RunSummary summary = null;
        List<Quad> links = new ArrayList<>();
        QuadIndex index;
        List<Quad> statisticsQuads;
        long t0, t1;
        // the statistics spill the pairs' groups to a temporary file: closing deletes it, whatever happens
        try (BulkStatistics statistics = new BulkStatistics(base, null)) {
            if (!inputs.isEmpty()) {
                // the quads are counted and indexed on a thread of their own while the next papers are mapped
                try (QuadHandOff indexer = new QuadHandOff("paperkg-index", q -> {
                    statistics.quad(q);
                    builder.add(q);
                })) {
                    // provenance links go past GraphOnce and the statistics: the provenance graph is written a little at a time
                    summary = run.run(inputs, MappingRun.Into.stream(new BulkIngest.GraphOnce(indexer))
                            .withOrigins(provenance == null ? GraphOrigins.NONE : provenance.linksTo(links::add)));
                    indexer.finish();
                } catch (MatchNeedsStore e) {
                    throw new BulkIngest.Fallback(e.getMessage());
                }
            }
            links.forEach(builder::add);
            if (provenance != null) {
                provenance.activityQuads(summary, Instant.now()).forEach(builder::add);
                otherGraphs.add(provenance.graph());
                otherGraphs.add(RunProvenance.provenanceGraph(base));
            }
            run.progress().phase(String.format(Locale.ROOT, "load: %d quads mapped; sorting them into the in-memory indexes ...", builder.count()));
            t0 = System.nanoTime();
            index = builder.build();
            t1 = System.nanoTime();
            // the statistics read the loaded quads (papers with several sources, other graphs' sizes),
            // then join them in the read-only index, as they are in a TDB2 store
            MemQuadStore counted = new MemQuadStore(index);
            statisticsQuads = Txn.calculateRead(counted, () -> statistics.quads(counted, otherGraphs));
            counted.close();
        }
        long t2 = System.nanoTime();
        MemQuadStore store = new MemQuadStore(index.plus(statisticsQuads));
        if (Debug.enabled())
            System.err.printf(Locale.ROOT, "load: %d quads indexed in %.1f s; %d statistics quads made in %.1f s, merged in %.1f s%n",
                    store.loadedQuads(), (t1 - t0) / 1e9, statisticsQuads.size(), (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
        return new Loaded(store, summary);
    }
}
