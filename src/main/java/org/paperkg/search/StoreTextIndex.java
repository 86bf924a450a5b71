package org.paperkg.search;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;

/**
 * Opens the text index of a store for the commands that open stores (ingest, sync, serve, query,
 * text-index) and attaches it. A TDB2 database keeps it in {@value #FOLDER} inside the database
 * folder (TDB2 keeps to its {@code Data-NNNN}; compaction leaves it, the data being the same); a
 * store in memory gets one in memory. An index that is missing, stale (a write did not reach it:
 * a process killed between the store's commit and the index's, or the store written with the
 * index off) or of another format is rebuilt from the store here, with a line saying why.
 * <p>
 * Under the {@code paperkg.noTextIndex} setting no index is attached, only a stand-in that makes
 * {@code text:query} fail with a sentence ({@link MissingTextIndex}), and an index already on disk
 * is marked stale first: the writes that follow do not reach it.
 */
public final class StoreTextIndex {

    /** Not {@code tdb…} or {@code Data-…}: a folder tools take for a database. */
    public static final String FOLDER = "text-index";

    private StoreTextIndex() {}

    public static boolean enabled() {
        return !Settings.current().get(PaperkgSettings.NO_TEXT_INDEX);
    }

    public static Path folderOf(Path db) {
        return db.resolve(FOLDER);
    }

    /**
     * Attaches the index of the TDB2 database {@code db} (opened as {@code dsg}), rebuilding it when
     * it does not match the store, or (index off) marks an existing one stale. Returns the attached
     * index, or null when the index is off.
     */
    public static PaperTextIndex attach(Path db, DatasetGraph dsg, PrintStream log) {
        PaperTextIndex attached = PaperTextIndex.of(dsg);
        if (attached != null) return attached; // the same database opened twice in this process
        Path folder = folderOf(db);
        if (!enabled()) {
            markMissing(dsg);
            if (Files.isDirectory(folder)) {
                try (PaperTextIndex index = PaperTextIndex.open(folder)) {
                    index.markStale();
                }
                log.println("text index " + folder + ": off (paperkg.noTextIndex); marked stale, so it is rebuilt when next used");
            }
            return null;
        }
        PaperTextIndex index = PaperTextIndex.open(folder);
        try {
            String state = index.state();
            if (state == null && Txn.calculateRead(dsg, () -> !dsg.find().hasNext())) {
                index.commitCurrent(); // a new database: its index is new too, and empty as it is
            } else if (!PaperTextIndex.CURRENT.equals(state)) {
                log.println("text index " + folder + ": " + why(state) + "; rebuilding it from the store ...");
                log.println("text index " + folder + ": " + index.rebuild(dsg, log::println).line());
            }
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        index.attachTo(dsg);
        return index;
    }

    /** Rebuilds the index of {@code db} whatever its state (the store is attached to it as {@link #attach} does). */
    public static PaperTextIndex.Rebuilt rebuild(Path db, DatasetGraph dsg, PrintStream log) {
        PaperTextIndex index = PaperTextIndex.of(dsg);
        if (index == null) {
            index = PaperTextIndex.open(folderOf(db));
            index.attachTo(dsg);
        }
        return index.rebuild(dsg, log::println);
    }

    /** Makes {@code text:query} on {@code dsg} fail with a sentence: the store is open with the index off. */
    public static void markMissing(DatasetGraph dsg) {
        dsg.getContext().set(TextQuery.textIndex, MissingTextIndex.create());
    }

    /** Attaches a new index in memory to a store in memory and fills it from the store. */
    public static PaperTextIndex.Rebuilt inMemory(DatasetGraph dsg, Consumer<String> progress) {
        PaperTextIndex index = PaperTextIndex.inMemory();
        index.attachTo(dsg);
        return index.rebuild(dsg, progress);
    }

    private static String why(String state) {
        if (state == null) return "missing";
        if (state.equals(PaperTextIndex.STALE)) return "stale (the store was written after the index's last commit)";
        return "of another " + state + " (this paperkg writes format " + PaperTextIndex.FORMAT + ")";
    }
}
