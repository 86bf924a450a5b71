package org.paperkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Map paper cards and load them into a TDB2 database, one named graph per paper (a paper loaded again replaces its graph).",
                "Ontology and mapping files (--ontology) go into named graphs of their own.",
                "All or nothing: a failed run leaves the database as it was."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Card files or directories (read recursively).")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    StoreOptions store;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        if (store.db == null) throw new IllegalArgumentException("ingest needs --db DIR");
        if (!store.hasInputs(inputs)) throw new IllegalArgumentException("nothing to ingest: give card paths and/or --ontology files");
        KgStore.release(store.open(inputs, mapping));
        return ExitCodes.OK;
    }
}
