package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.run.RunSummary;
import org.paperkg.store.IngestRun;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreTotals;

import picocli.CommandLine.Option;

/** Where the graph comes from: a TDB2 database, card paths loaded in memory, or both. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database directory. Without it, the given paths are loaded into an in-memory store.")
    Path db;

    /** Opens the store and loads {@code inputs} into it (into the database when --db is given). */
    DatasetGraph open(List<Path> inputs, MappingOptions mapping) throws IOException {
        if (db == null && inputs.isEmpty())
            throw new IllegalArgumentException("give --db DIR, or card files/directories to load in memory");
        DatasetGraph dsg = db != null ? KgStore.open(db) : KgStore.inMemory();
        if (!inputs.isEmpty()) {
            try {
                RunSummary summary = IngestRun.ingest(dsg, mapping.run(mapping.problemLog()), inputs);
                summary.print(System.err);
            } catch (IOException | RuntimeException e) {
                KgStore.release(dsg);
                throw e;
            }
        }
        System.err.println("store " + (db != null ? db.toString() : "(in memory)") + ": " + StoreTotals.of(dsg));
        return dsg;
    }
}
