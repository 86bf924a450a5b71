package org.paperkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ingest.Ingest;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.ingest.Sync;
import org.paperkg.describe.RunProvenance;
import org.paperkg.reading.RunSummary;

/**
 * Ingests uploaded files into the served store, inside the server's process: the same mapping,
 * paper identity, statistics and provenance as {@code paperkg ingest}, in one write transaction
 * (concurrent readers see it land whole), then the dataset description refreshed as a load ends.
 * The one place the server calls the ingest.
 */
final class ServerIngest {

    private final DatasetGraph dsg;
    private final IngestSettings settings;

    ServerIngest(DatasetGraph dsg, IngestSettings settings) {
        this.dsg = dsg;
        this.settings = settings;
    }

    /**
     * Ingests {@code files} (format and gzip told from their content); {@code names} are what the
     * client called them, for the provenance. Under a strict {@code problems} the first problem
     * aborts the run (a StrictModeException) and the store is unchanged.
     */
    synchronized RunSummary ingest(List<Path> files, List<String> names, IngestProblems problems) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("POST", "/kg/ingest"));
        arguments.addAll(names);
        RunProvenance provenance = RunProvenance.start(settings.base(), "ingest", settings.version(), arguments);
        // the server's readers see the store too: one write transaction, never the bulk path
        RunSummary summary = Ingest.create().base(settings.base()).prefixes(settings.prefixes()).limits(settings.limits())
                .problems(problems).inputs(files).provenance(provenance).describe(true).target(IngestTarget.store(dsg, false))
                .build().run();
        return summary;
    }

    /**
     * Applies one file as {@code paperkg sync} does ({@link Sync#applyOne}): once, in order, recorded
     * as a sync run. Null when it was applied before with the same bytes; an IllegalArgumentException
     * when it is refused. Writes go one at a time (this object is the server's one writer), so no
     * other write runs between the ledger's check and the apply.
     */
    synchronized RunSummary sync(Path file, String name, boolean force, IngestProblems problems) throws IOException {
        RunProvenance provenance = RunProvenance.start(settings.base(), RunProvenance.SYNC, settings.version(),
                List.of("POST", "/kg/ingest?sync=true", name));
        // the spool keeps the file's own name, which the run records and the ledger knows it by
        return Sync.applyOne(dsg, name, file, force, Ingest.create().base(settings.base()).prefixes(settings.prefixes())
                .limits(settings.limits()).problems(problems), provenance);
    }
}
