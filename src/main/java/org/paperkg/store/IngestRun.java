package org.paperkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import java.time.Instant;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.describe.RunProvenance;
import org.paperkg.identity.StorePaperIndex;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.source.InputFormat;
import org.paperkg.pipeline.GraphOrigins;
import org.paperkg.pipeline.MappingRun;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.stats.StatisticsKeeper;
import org.paperkg.store.tdb.BulkIngest;

/**
 * Loads ontology files and a mapping run into a dataset in one write transaction: it all lands or
 * nothing does. A run that fails, or a process that is killed, leaves the store at its last
 * committed state.
 * <p>
 * An empty TDB2 database on disk that the caller holds alone (nothing else reads it while it loads)
 * is filled by {@link BulkIngest} (TDB2's bulk loader into a new storage directory, switched to by
 * an atomic rename) unless the run needs merges or replaced graphs; every other ingest runs in one
 * write transaction, which concurrent readers see land whole.
 */
public final class IngestRun {

    private IngestRun() {}

    public static RunSummary ingest(DatasetGraph dsg, MappingRun run, List<Path> inputs) throws IOException {
        return ingest(dsg, null, List.of(), run, inputs);
    }

    public static RunSummary ingest(DatasetGraph dsg, OntologyLoader ontologies, List<Path> ontologyFiles,
                                    MappingRun run, List<Path> inputs) throws IOException {
        return ingest(dsg, ontologies, ontologyFiles, run, inputs, false);
    }

    /** {@code exclusive}: no one else uses the dataset during the load, so the bulk path may swap its storage. */
    public static RunSummary ingest(DatasetGraph dsg, OntologyLoader ontologies, List<Path> ontologyFiles,
                                    MappingRun run, List<Path> inputs, boolean exclusive) throws IOException {
        return ingest(dsg, ontologies, ontologyFiles, run, inputs, exclusive, null);
    }

    /**
     * As above, and records the run's provenance ({@code provenance} may be null): its activity
     * graph, and for each graph written the run and file it came from, in the same transaction.
     */
    public static RunSummary ingest(DatasetGraph dsg, OntologyLoader ontologies, List<Path> ontologyFiles,
                                    MappingRun run, List<Path> inputs, boolean exclusive, RunProvenance provenance)
            throws IOException {
        if (exclusive && BulkIngest.applies(dsg)) {
            try {
                return BulkIngest.ingest(dsg, ontologies, ontologyFiles, run, inputs, provenance);
            } catch (BulkIngest.Fallback e) {
                System.err.println("ingest: the bulk load of an empty database gave way to one transaction: " + e.getMessage());
            }
        }
        PhaseLog phases = PhaseLog.fromEnvironment("ingest");
        dsg.begin(TxnType.WRITE);
        try {
            StatisticsKeeper statistics = new StatisticsKeeper(dsg, run.iris().base());
            if (!ontologyFiles.isEmpty()) {
                if (provenance == null) ontologies.load(dsg, ontologyFiles);
                else ontologies.load(dsg, ontologyFiles, provenance.ontologiesInto(dsg));
                for (Path f : ontologyFiles) statistics.graphWritten(ontologies.graphOf(f));
            }
            RunSummary summary = null;
            if (!inputs.isEmpty()) {
                GraphReplacingLoader loader = new GraphReplacingLoader(dsg, statistics);
                loader.start();
                summary = run.run(inputs, MappingRun.Into.stream(loader)
                        .withStore(new StorePaperIndex(dsg), new GraphRekeyer(dsg, run.iris(), InputFormat.sources(), statistics),
                                new AuthorListEditor(dsg, statistics))
                        .withOrigins(provenance == null ? GraphOrigins.NONE : provenance.replacingIn(dsg)));
                loader.finish();
                phases.done("mapped and written");
            }
            if (provenance != null) {
                provenance.activityQuads(summary, Instant.now()).forEach(dsg::add);
                statistics.graphWritten(provenance.graph());
                statistics.graphWritten(RunProvenance.provenanceGraph(run.iris().base()));
            }
            statistics.update();
            phases.done("run record and statistics");
            dsg.commit();
            phases.done("commit");
            return summary;
        } catch (IOException | RuntimeException | Error e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
    }
}
