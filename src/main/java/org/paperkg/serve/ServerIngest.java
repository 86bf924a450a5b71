package org.paperkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.RunProvenance;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.pipeline.MappingRun;
import org.paperkg.pipeline.Progress;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.source.Readers;
import org.paperkg.store.IngestRun;

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
        MappingRun run = new MappingRun(Readers.all(settings.prefixes(), null, settings.limits()),
                new PaperMapper(new PaperIris(settings.base())), problems, Progress.none());
        List<String> arguments = new ArrayList<>(List.of("POST", "/kg/ingest"));
        arguments.addAll(names);
        RunProvenance provenance = RunProvenance.start(settings.base(), "ingest", settings.version(), arguments);
        RunSummary summary = IngestRun.ingest(dsg, null, List.of(), run, files, false, provenance);
        new DatasetDescription(settings.base(), settings.prefixes()).refreshAfterLoad(dsg, Instant.now());
        return summary;
    }
}
