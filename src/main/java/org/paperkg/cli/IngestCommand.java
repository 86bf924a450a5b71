package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.run.RunSummary;
import org.paperkg.store.IngestRun;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreTotals;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest",
        description = "Map paper cards and load them into a TDB2 database, one named graph per paper (a paper loaded again replaces its graph). All or nothing: a failed run leaves the database as it was.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Card files or directories (read recursively).")
    List<Path> inputs;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory (created when absent).")
    Path db;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        DatasetGraph dsg = KgStore.open(db);
        try {
            RunSummary summary = IngestRun.ingest(dsg, mapping.run(mapping.problemLog()), inputs);
            summary.print(System.err);
            System.err.println("store " + db + ": " + StoreTotals.of(dsg));
            return ExitCodes.OK;
        } finally {
            KgStore.release(dsg);
        }
    }
}
