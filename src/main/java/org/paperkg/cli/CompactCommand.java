package org.paperkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.paperkg.store.StoreCompaction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Rewrite a database's storage without the space earlier ingests left behind.",
                "TDB2 copies every block a write changes, so each ingest into a non-empty database leaves the old copies"
                + " in its files. compact copies the live data into a new storage directory, switches to it and deletes"
                + " the old one. Run it when no server or other command has the database open."})
final class CompactCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database directory.")
    Path db;

    @Override
    public Integer call() {
        System.err.println("compact: " + db + " ...");
        StoreCompaction.Result r = StoreCompaction.compact(db, System.err, 10_000);
        System.err.printf(Locale.ROOT, "compact: %s %s -> %s %s in %.1f s%n", r.before().getFileName(), StoreCompaction.mib(r.bytesBefore()),
                r.after().getFileName(), StoreCompaction.mib(r.bytesAfter()), r.millis() / 1000.0);
        return ExitCodes.OK;
    }
}
