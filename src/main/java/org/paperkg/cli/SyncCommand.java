package org.paperkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ingest.Sync;
import org.paperkg.search.StoreTextIndex;
import org.paperkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Keep a TDB2 database up to date with folders of PubMed baseline and update files (pubmed26n0001.xml.gz …):",
                "applies, in file-name order, the files the database has not applied yet, each in one transaction.",
                "Revised records replace the older ones; DeleteCitation entries withdraw the PubMed records they name",
                "(the paper goes when no other source holds it). Running sync again applies only the new files."})
final class SyncCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Folders of files to apply (their files, not their subfolders; .md5 files are checked, not applied), or files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 database directory (created when absent).")
    Path db;

    @Option(names = "--force", description = "Apply files that sort before the last file applied (refused otherwise: they could bring back records a later file revised or deleted).")
    boolean force;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        List<String> args = mapping.command == null ? List.of() : mapping.command.commandLine().getParseResult().originalArgs();
        DatasetGraph dsg = KgStore.open(db);
        try {
            StoreTextIndex.attach(db, dsg, System.err);
            Sync.run(dsg, new Sync.Settings(inputs, force, true, mapping.baseIri(), Version.current(), args),
                    () -> mapping.ingest(mapping.problemLog()), System.err);
        } finally {
            KgStore.release(dsg);
        }
        return ExitCodes.OK;
    }
}
