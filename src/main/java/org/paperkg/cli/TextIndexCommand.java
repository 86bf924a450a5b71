package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.search.PaperTextIndex;
import org.paperkg.search.StoreTextIndex;
import org.paperkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "text-index", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check, or rebuild, a database's full-text index (docs/search.md).",
                "The index (DB/" + StoreTextIndex.FOLDER + ") is kept in step by every write; one that is missing or stale"
                + " (a write that did not reach it) is rebuilt from the store when the database is opened, here too."
                + " --rebuild rebuilds it whatever its state. Run it when no server or other command has the database open."})
final class TextIndexCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database directory.")
    Path db;

    @Option(names = "--rebuild", description = "Rebuild the index from the store even when it is current.")
    boolean rebuild;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) throw new IllegalArgumentException(db + " is not a database directory");
        if (!StoreTextIndex.enabled())
            throw new IllegalArgumentException("the text index is off (paperkg.noTextIndex): run without that setting");
        DatasetGraph dsg = KgStore.open(db);
        try {
            PaperTextIndex index = StoreTextIndex.attach(db, dsg, System.err);
            if (rebuild) {
                System.err.println("text-index: rebuilding " + index.where() + " ...");
                System.err.println("text-index: rebuilt, " + index.rebuild(dsg, System.err::println).line());
            }
            System.out.printf(Locale.ROOT, "text index %s: current, %,d documents from %,d paper graphs%n",
                    index.where(), index.documents(), index.graphs());
        } finally {
            KgStore.release(dsg);
        }
        return ExitCodes.OK;
    }
}
