package org.paperkg.store;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.store.mem.MemEngine;
import org.paperkg.store.mem.MemQuadStore;
import org.paperkg.store.tdb.TdbEngine;

/**
 * Opens the datasets paperkg keeps papers in: a TDB2 database on disk, or in memory (a
 * {@link MemQuadStore} loaded by {@link MemoryIngest}, or TDB2's in-memory engine when a load needs
 * merges). All serve the union of all named graphs as the default graph, so queries need no GRAPH
 * clause.
 */
public final class KgStore {

    private KgStore() {}

    /** Opens (creating when absent) a TDB2 database in {@code dir}. */
    public static DatasetGraph open(Path dir) {
        return unionDefault(DatabaseMgr.connectDatasetGraph(dir.toString()));
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

    /** public: the TDB2 bulk path (store.tdb) sets it on the storage it switches to. */
    public static DatasetGraph unionDefault(DatasetGraph dsg) {
        engineOf(dsg).makeUnionDefault();
        return dsg;
    }
}
