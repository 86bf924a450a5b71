package org.paperkg.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ingest.Ingest;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.RunSummary;

/** Ingest runs as the tests write them most: a mapping pipeline's papers into a store, in one write transaction. */
public final class Ingests {

    private Ingests() {}

    public static RunSummary into(DatasetGraph dsg, MappingRun run, List<Path> inputs) throws IOException {
        return Ingest.create().mapping(run).inputs(inputs).target(IngestTarget.store(dsg, false)).build().run();
    }
}
