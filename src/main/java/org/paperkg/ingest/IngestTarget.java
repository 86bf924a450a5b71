package org.paperkg.ingest;

import java.io.IOException;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ids.PrefixTable;
import org.paperkg.reading.RunSummary;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.store.KgStore;

/**
 * Where an {@link Ingest} writes. Each target writes a run whole or not at all, as its kind
 * allows: a store in one transaction (or one storage switch), a stream from its start to its
 * finish (the caller's). The target attaches the observers that keep what is derived from the
 * papers (statistics, the run's provenance, the dataset description) to the quads it is given.
 */
public interface IngestTarget {

    /** Plans and writes {@code run}. */
    RunSummary write(Ingest run) throws IOException;

    /** Quads to a stream the caller starts and finishes (a file, shards, a validator, a Graph Store push). */
    static IngestTarget stream(StreamRDF sink) {
        return new StreamTarget(sink, null, null);
    }

    /**
     * As {@link #stream}, and the description of what was written to {@code description}: each
     * paper graph's origin as it is written, then the VoID of the data and the run's activity.
     * The run needs a provenance.
     */
    static IngestTarget described(StreamRDF data, StreamRDF description, PrefixTable prefixes) {
        return new StreamTarget(data, description, prefixes);
    }

    /**
     * A store: an empty TDB2 database on disk that the caller holds alone ({@code exclusive}) is
     * bulk loaded into new storage switched to when complete; any other store is written in one
     * write transaction, which concurrent readers see land whole. Decided here, before anything is
     * read.
     */
    static IngestTarget store(DatasetGraph dsg, boolean exclusive) {
        return exclusive && KgStore.canBulkLoad(dsg) ? new BulkTarget(dsg) : new TransactionTarget(dsg);
    }

    /** A new in-memory store (the sorted index; TDB2's in-memory engine under the memTdb setting), read after the run with {@link MemoryTarget#store()}. */
    static MemoryTarget memory() {
        return new MemoryTarget(Settings.current().get(PaperkgSettings.MEM_TDB));
    }
}
