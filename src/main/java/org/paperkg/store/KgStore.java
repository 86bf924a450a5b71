package org.paperkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.store.mem.MemEngine;
import org.paperkg.store.mem.MemIndexBuilder;
import org.paperkg.store.mem.MemQuadStore;
import org.paperkg.store.btree.BulkIngest;
import org.paperkg.store.btree.TdbEngine;

/**
 * Opens the datasets paperkg keeps papers in, and is the one way into the storage engines for the
 * rest of paperkg: a TDB2 database on disk (loaded in transactions, or by the bulk load when it is
 * empty) or in memory (the sorted {@link MemQuadStore} index, or TDB2's in-memory engine). All serve
 * the union of all named graphs as the default graph, so queries need no GRAPH clause.
 */
public final class KgStore {

    private KgStore() {}

    /** Opens (creating when absent) a TDB2 database in {@code dir}. */
    public static DatasetGraph open(Path dir) {
        createWhole(dir);
        return unionDefault(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    /**
     * Makes a new database in a folder beside {@code dir} and renames it into place, when
     * {@code dir} is absent or empty: TDB2 writes a new database's files one by one, and a process
     * killed among them (kill -9 at the start of a first ingest or sync) left a folder TDB2 could not
     * open again. A kill now leaves no database, or a whole one.
     */
    private static void createWhole(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) return;
                }
            } else if (Files.exists(dir)) {
                return; // not a folder: TDB2 says so
            }
            Path parent = dir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path making = Files.createTempDirectory(parent, "." + dir.getFileName() + ".new-");
            try {
                TDBInternal.expel(DatabaseMgr.connectDatasetGraph(making.toString()));
                Files.deleteIfExists(dir);
                Files.move(making, dir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                if (Files.exists(making)) org.paperkg.util.FileTrees.deleteTree(making);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not create the database " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A TDB2 dataset held in memory, gone when the process ends. */
    public static DatasetGraph inMemory() {
        return unionDefault(DatabaseMgr.createDatasetGraph());
    }

    /**
     * Closes a store opened here and releases its database lock, so another process (or a later
     * command in this one) can open it.
     */
    public static void release(DatasetGraph dsg) {
        closeCompanions(dsg);
        if (dsg instanceof MemQuadStore mem) mem.close();
        else TDBInternal.expel(dsg);
    }

    /**
     * The engine under {@code dsg}, to ask what {@link DatasetGraph} does not say (graph sizes, pair
     * scans, the union default graph): the memory index's, TDB2's, or one that asks only through
     * {@link DatasetGraph}.
     */
    public static StoreEngine engineOf(DatasetGraph dsg) {
        if (dsg instanceof MemQuadStore mem) return new MemEngine(mem);
        TdbEngine tdb = TdbEngine.of(dsg);
        return tdb != null ? tdb : new ScanningEngine(dsg);
    }

    /**
     * Whether {@code dsg} is an empty TDB2 database on disk that the bulk load can fill (see
     * {@link #bulkLoad}); decided before anything is read.
     */
    public static boolean canBulkLoad(DatasetGraph dsg) {
        return BulkIngest.applies(dsg);
    }

    /**
     * Fills an empty TDB2 database ({@link #canBulkLoad}) with {@code work}, in new storage that
     * the database switches to when the load is complete: all or nothing. Only for a database the
     * caller holds alone.
     */
    public static <T> T bulkLoad(DatasetGraph dsg, BulkWork<T> work, Consumer<String> phase) throws IOException {
        return BulkIngest.load(dsg, work, phase);
    }

    /** Gathers quads for a new in-memory store, sorted once when built. */
    public static MemoryIndexBuilder memoryIndex() {
        return new MemIndexBuilder();
    }

    /** Where {@link #closeWithStore} keeps what is closed with a store, in the store's context. */
    private static final Symbol COMPANIONS = Symbol.create("https://w3id.org/paperkg/vocab#closeWithStore");

    /**
     * Closes {@code companion} when {@code dsg} is {@link #release released}: something kept beside
     * the store and read with it (the text index), which the store itself knows nothing of.
     */
    @SuppressWarnings("unchecked")
    public static void closeWithStore(DatasetGraph dsg, AutoCloseable companion) {
        Context context = dsg.getContext();
        synchronized (context) {
            List<AutoCloseable> list = (List<AutoCloseable>) context.get(COMPANIONS);
            if (list == null) context.set(COMPANIONS, list = new ArrayList<>());
            list.add(companion);
        }
    }

    @SuppressWarnings("unchecked")
    private static void closeCompanions(DatasetGraph dsg) {
        Context context = dsg.getContext();
        List<AutoCloseable> list;
        synchronized (context) {
            list = (List<AutoCloseable>) context.get(COMPANIONS);
            context.remove(COMPANIONS);
        }
        if (list == null) return;
        for (AutoCloseable c : list) {
            try {
                c.close();
            } catch (Exception e) {
                // the store is released all the same; what could not close says why on stderr
                System.err.println("paperkg: could not close " + c + ": " + e.getMessage());
            }
        }
    }

    /** public: the TDB2 bulk path (store.btree) sets it on the storage it switches to. */
    public static DatasetGraph unionDefault(DatasetGraph dsg) {
        engineOf(dsg).makeUnionDefault();
        return dsg;
    }
}
