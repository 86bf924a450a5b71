package org.paperkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ingest.Ingest;
import org.paperkg.ingest.IngestTarget;
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
    RunSummary ingest(List<Path> files, List<String> names, IngestProblems problems) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("POST", "/kg/ingest"));
        arguments.addAll(names);
        RunProvenance provenance = RunProvenance.start(settings.base(), "ingest", settings.version(), arguments);
        // the server's readers see the store too: one write transaction, never the bulk path
        RunSummary summary = Ingest.create().base(settings.base()).prefixes(settings.prefixes()).limits(settings.limits())
                .problems(problems).inputs(files).provenance(provenance).describe(true).target(IngestTarget.store(dsg, false))
                .build().run();
        return summary;
    }
}
