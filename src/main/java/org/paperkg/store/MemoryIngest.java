package org.paperkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.identity.FingerprintPaperIndex;
import org.paperkg.identity.FingerprintPaperIndex.MatchNeedsStore;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.run.MappingRun;
import org.paperkg.run.RunSummary;

/**
 * Loads ontologies and cards into a new in-memory store for {@code serve PATH} / {@code query PATH}.
 * As {@link BulkIngest} does for an empty database, papers can only match papers of the same run,
 * so quads are appended to a {@link QuadIndex} and sorted once at the end ({@link MemQuadStore}).
 * A run whose records merge papers, or that writes a graph twice, needs the store's merge and
 * replace logic: it is loaded again, in one transaction, into an in-memory TDB2 dataset (slower,
 * the same result).
 */
public final class MemoryIngest {

    /** The store and the run's summary ({@code null} when there were no card inputs). */
    public record Loaded(DatasetGraph dsg, RunSummary summary) {}

    private MemoryIngest() {}

    public static Loaded load(OntologyLoader ontologies, List<Path> ontologyFiles, MappingRun run, List<Path> inputs) throws IOException {
        if (!Boolean.getBoolean("paperkg.memTdb")) {
            try {
                return loadIndexed(ontologies, ontologyFiles, run, inputs);
            } catch (BulkIngest.Fallback e) {
                System.err.println("load: the in-memory index gave way to a transactional in-memory store: " + e.getMessage());
            }
        }
        DatasetGraph dsg = KgStore.inMemory();
        try {
            return new Loaded(dsg, IngestRun.ingest(dsg, ontologies, ontologyFiles, run, inputs, true));
        } catch (IOException | RuntimeException e) {
            KgStore.release(dsg);
            throw e;
        }
    }

    private static Loaded loadIndexed(OntologyLoader ontologies, List<Path> ontologyFiles, MappingRun run, List<Path> inputs)
            throws IOException, BulkIngest.Fallback {
        QuadIndex.Builder builder = new QuadIndex.Builder();
        if (!ontologyFiles.isEmpty()) {
            // the loader's graph-replacing rules (a later file into the same graph replaces it) apply
            // in a small dataset of their own; ontologies come before papers, as in a transactional ingest
            DatasetGraph staging = DatasetGraphFactory.create();
            ontologies.load(staging, ontologyFiles);
            for (Iterator<Quad> it = staging.find(); it.hasNext(); ) builder.add(it.next());
        }
        RunSummary summary = null;
        if (!inputs.isEmpty()) {
            try {
                summary = run.run(inputs, new BulkIngest.GraphOnce(builder::add), new FingerprintPaperIndex(), (from, to) -> {
                    throw new MatchNeedsStore("paper <" + from + "> merges into <" + to + ">");
                });
            } catch (MatchNeedsStore e) {
                throw new BulkIngest.Fallback(e.getMessage());
            }
        }
        run.progress().phase(String.format(java.util.Locale.ROOT, "load: %d quads mapped; sorting them into the in-memory indexes ...", builder.count()));
        long t0 = System.nanoTime();
        MemQuadStore store = new MemQuadStore(builder.build());
        if (System.getenv("PAPERKG_DEBUG") != null)
            System.err.printf("load: %d quads indexed in %.1f s%n", store.loadedQuads(), (System.nanoTime() - t0) / 1e9);
        return new Loaded(store, summary);
    }
}
