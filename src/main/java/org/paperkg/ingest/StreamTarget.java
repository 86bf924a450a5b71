package org.paperkg.ingest;

import java.io.IOException;
import java.time.Instant;

import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.StreamedCounts;
import org.paperkg.ids.PrefixTable;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.RunSummary;

/**
 * Writes a run to a stream the caller opened (an RDF file, shards, a validator, a push). With a
 * description stream, the counts of what goes by are kept (the VoID of the data) and each paper
 * graph's origin is written as it starts; the description and the run's activity follow the data.
 */
final class StreamTarget implements IngestTarget {

    private final StreamRDF data;
    private final StreamRDF description;
    private final PrefixTable prefixes;

    StreamTarget(StreamRDF data, StreamRDF description, PrefixTable prefixes) {
        this.data = data;
        this.description = description;
        this.prefixes = prefixes;
    }

    @Override
    public RunSummary write(Ingest run) throws IOException {
        if (!run.ontologyFiles().isEmpty())
            throw new IllegalArgumentException("ontology files go into a store (ingest, serve, query), not into an export");
        if (description == null) return run.mapping().run(run.inputs(), data);
        if (run.provenance() == null) throw new IllegalStateException("a described export needs the run's provenance");
        StreamedCounts counted = new StreamedCounts(data, prefixes);
        RunSummary summary = run.mapping().run(run.inputs(),
                MappingRun.Into.stream(counted).withOrigins(run.provenance().linksTo(description::quad)));
        Instant now = Instant.now();
        new DatasetDescription(run.base(), prefixes).describe(counted.counts(), now).forEach(description::quad);
        run.provenance().activityQuads(summary, now).forEach(description::quad);
        return summary;
    }
}
