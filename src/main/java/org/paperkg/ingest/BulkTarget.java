package org.paperkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.describe.RunProvenance;
import org.paperkg.reading.GraphOrigins;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.RunSummary;
import org.paperkg.search.PaperTextIndex;
import org.paperkg.stats.BulkStatistics;
import org.paperkg.store.BulkWork;
import org.paperkg.store.KgStore;

/**
 * Writes a run into an empty TDB2 database that the caller holds alone, through the bulk load
 * ({@link KgStore#bulkLoad}): the identity plan has settled every merge and every paper read twice
 * before the load starts, so the quads only need indexing. The statistics are an observer of the
 * quads as they go by ({@link BulkStatistics}), finished once they are indexed; the run's
 * provenance links go with the quads, its activity after them. The text index, when the store has
 * one, reads the papers' quads as they go by, on a thread of its own ({@link PaperTextIndex#streamLoad}).
 */
final class BulkTarget implements IngestTarget {

    private final DatasetGraph dsg;

    BulkTarget(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public RunSummary write(Ingest run) throws IOException {
        // the index of the empty store is marked stale until it is rebuilt from the loaded one: a
        // process killed after the switch to the new storage leaves it to be rebuilt when next opened
        PaperTextIndex text = PaperTextIndex.of(dsg);
        if (text != null) text.markStale();
        Work work = new Work(run, text == null ? null : text.streamLoad());
        RunSummary summary;
        try {
            summary = KgStore.bulkLoad(dsg, work, run.progress()::phase);
        } catch (IOException | RuntimeException e) {
            if (text != null) {
                text.rollback();
                text.commitCurrent(); // the store is still empty, as the index is again
            }
            throw e;
        }
        if (text != null) {
            text.commitCurrent();
            run.progress().phase("load: text index " + work.text.line());
        }
        // the caller holds the database alone until the run returns: no reader sees it before this
        if (run.description() != null) run.description().refreshAfterLoad(dsg, Instant.now());
        return summary;
    }

    /** The run's side of the bulk load. */
    private static final class Work implements BulkWork<RunSummary> {
        private final Ingest run;
        private final RunProvenance provenance;
        private final PaperTextIndex.StreamLoad text;
        private BulkStatistics statistics;

        Work(Ingest run, PaperTextIndex.StreamLoad text) {
            this.run = run;
            this.provenance = run.provenance();
            this.text = text;
        }

        @Override
        public RunSummary quads(Consumer<Quad> out, Path scratch) throws IOException {
            statistics = new BulkStatistics(run.base(), scratch);
            if (run.inputs().isEmpty()) return null;
            // the text index reads the papers' quads on a thread of its own, beside the load
            try (QuadHandOff texts = text == null ? null : new QuadHandOff("paperkg-text-index", text)) {
                // provenance links go past GraphsOnce: the provenance graph is written a little at a time
                GraphsOnce sink = new GraphsOnce(q -> {
                    statistics.quad(q);
                    out.accept(q);
                    if (texts != null && text.wants(q)) texts.accept(q);
                });
                RunSummary summary = run.mapping().run(run.inputs(), MappingRun.Into.stream(sink)
                        .withOrigins(provenance == null ? GraphOrigins.NONE : provenance.linksTo(out)));
                if (texts != null) {
                    texts.finish();
                    text.finish();
                }
                return finishQuads(summary, out);
            }
        }

        private RunSummary finishQuads(RunSummary summary, Consumer<Quad> out) {
            if (provenance != null) provenance.activityQuads(summary, Instant.now()).forEach(out);
            statistics.provisionalQuads(out);
            return summary;
        }

        @Override
        public void finish(DatasetGraph staging, RunSummary summary) throws IOException {
            try {
                if (!run.ontologyFiles().isEmpty()) {
                    if (provenance == null) run.ontologies().load(staging, run.ontologyFiles());
                    else run.ontologies().load(staging, run.ontologyFiles(), provenance.ontologiesInto(staging));
                }
                // a run of ontologies only records its activity here, with no quads loaded before
                if (provenance != null && run.inputs().isEmpty()) provenance.activityQuads(null, Instant.now()).forEach(staging::add);
                List<Node> otherGraphs = new ArrayList<>();
                for (Path f : run.ontologyFiles()) otherGraphs.add(run.ontologies().graphOf(f));
                if (provenance != null) {
                    // written past the statistics' quad counter (a little at a time, or just above)
                    otherGraphs.add(provenance.graph());
                    otherGraphs.add(RunProvenance.provenanceGraph(run.base()));
                }
                statistics.finish(staging, otherGraphs);
            } finally {
                statistics.close(); // its spill files
            }
        }
    }
}
