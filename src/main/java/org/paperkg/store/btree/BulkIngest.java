package org.paperkg.store.btree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.paperkg.settings.Debug;
import org.paperkg.store.BulkWork;
import org.paperkg.store.KgStore;
import org.paperkg.util.FileTrees;

/**
 * The bulk load of an EMPTY TDB2 database on disk: the caller's quads are fed to paperkg's sorted
 * loader ({@link SortedQuadLoader}: no N-Triples text in between, no B+tree inserts) in a new
 * storage directory {@code Data-NNNN-tmp} beside the current one, which is renamed to
 * {@code Data-NNNN} (one atomic rename) and switched to when the load is complete. This is how
 * TDB2 compacts: a run that fails or is killed before the rename leaves the database as it was
 * (empty), and TDB2 deletes a left-over {@code -tmp} directory the next time it is opened.
 * <p>
 * The engine only stores: what the quads are, and what is written in the staging store before it
 * is switched to (ontologies, statistics), is the caller's ({@link BulkWork}). A bulk load cannot
 * replace or merge what it wrote: the caller writes each named graph once, in one piece.
 */
// public: KgStore (org.paperkg.store) offers it to the ingest coordinator
public final class BulkIngest {

    private static final Pattern DATA_DIR = Pattern.compile("Data-(\\d+)");

    private BulkIngest() {}

    /**
     * True for a TDB2 database on disk that holds no quads, triples or prefixes and whose storage
     * can be swapped (its directory is TDB2's {@code Data-NNNN} and the next one is free): the bulk
     * path applies, decided before anything is read.
     */
    public static boolean applies(DatasetGraph dsg) {
        if (!(dsg instanceof DatasetGraphSwitchable sw) || !sw.hasContainerPath()) return false;
        if (!(sw.get() instanceof DatasetGraphTDB tdb) || tdb.getLocation().isMem()) return false;
        Path next = nextDirectory(tdb);
        if (next == null || Files.exists(next)) return false;
        return Txn.calculateRead(sw, () -> tdb.getTripleTable().isEmpty() && tdb.getQuadTable().isEmpty()
                && tdb.getStoragePrefixes().isEmpty());
    }

    /** {@code Data-NNNN+1} beside the current storage directory, or null when it is not named as TDB2 names them. */
    private static Path nextDirectory(DatasetGraphTDB tdb) {
        Path currentDir = Path.of(tdb.getLocation().getDirectoryPath());
        Matcher m = DATA_DIR.matcher(currentDir.getFileName().toString());
        if (!m.matches()) return null;
        return currentDir.resolveSibling(String.format(Locale.ROOT, "Data-%04d", Integer.parseInt(m.group(1)) + 1));
    }

    /**
     * Loads {@code work} into {@code dsg}, for which {@link #applies} said yes; {@code phase} is
     * told what the load is doing when it starts a long step.
     */
    public static <T> T load(DatasetGraph dsg, BulkWork<T> work, Consumer<String> phase) throws IOException {
        DatasetGraphSwitchable container = (DatasetGraphSwitchable) dsg;
        DatasetGraphTDB current = (DatasetGraphTDB) container.get();
        Path next = nextDirectory(current);
        if (next == null || Files.exists(next)) throw new IllegalStateException("not a database the bulk load applies to: " + current.getLocation());
        Path tmp = next.resolveSibling(next.getFileName() + "-tmp");
        FileTrees.deleteTree(tmp);
        Files.createDirectories(tmp);
        Location tmpLoc = Location.create(tmp.toString());
        Path scratch = tmp.resolve("paperkg-scratch");
        boolean moved = false;
        try {
            DatasetGraphTDB staging = StoreConnection.connectCreate(tmpLoc).getDatasetGraphTDB();
            T loaded = loadSorted(staging, work, tmp.resolve("paperkg-runs"), scratch, phase);
            StoreConnection.internalExpel(tmpLoc, false);
            FileTrees.deleteTree(tmp.resolve("paperkg-runs"));
            // then the caller's own writes (ontologies after the papers: the packed indexes are
            // written whole, over what they held; then the statistics)
            staging = StoreConnection.connectCreate(tmpLoc).getDatasetGraphTDB();
            staging.begin(TxnType.WRITE);
            try {
                work.finish(staging, loaded);
                staging.commit();
            } catch (IOException | RuntimeException e) {
                staging.abort(); // so that the failure is reported, not a transaction left open
                throw e;
            } finally {
                staging.end();
            }
            StoreConnection.internalExpel(tmpLoc, false);
            FileTrees.deleteTree(scratch);
            Files.move(tmp, next, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            switchTo(container, current, next);
            return loaded;
        } finally {
            if (!moved) {
                StoreConnection.internalExpel(tmpLoc, true);
                FileTrees.deleteTree(tmp);
            }
        }
    }

    private static <T> T loadSorted(DatasetGraphTDB staging, BulkWork<T> work, Path runDir, Path scratch, Consumer<String> phase)
            throws IOException {
        Files.createDirectories(scratch);
        SortedQuadLoader loader = new SortedQuadLoader(staging, runDir);
        loader.start();
        boolean ok = false;
        try {
            T loaded = work.quads(loader::quad, scratch);
            phase.accept(String.format(Locale.ROOT, "ingest: %d quads mapped; merging the sorted runs into the six quad indexes ...", loader.count()));
            loader.finish();
            if (Debug.enabled())
                System.err.printf(Locale.ROOT, "loader: %d quads, %d-quad chunks, run files %.1f MB (%.2f bytes a tuple)%n", loader.count(),
                        loader.chunkQuads(), loader.runFileBytes() / 1e6, loader.runFileBytes() / (6.0 * Math.max(1, loader.count())));
            ok = true;
            return loaded;
        } finally {
            if (!ok) loader.abort();
        }
    }

    /** Switches the database to the new storage directory, as TDB2's compaction does. */
    private static void switchTo(DatasetGraphSwitchable container, DatasetGraphTDB old, Path next) {
        DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(next.toString())).getDatasetGraphTDB();
        TransactionCoordinator txnOld = old.getTxnSystem().getTxnMgr();
        TransactionCoordinator txnNew = fresh.getTxnSystem().getTxnMgr();
        txnNew.execExclusive(() -> {
            txnNew.takeOverFrom(txnOld);
            txnNew.modifyConfigDirect(() -> txnOld.listExternals().forEach(txnNew::addExternal));
            if (!container.change(old, fresh)) container.set(fresh);
        });
        KgStore.unionDefault(fresh);
        // the old storage directory held nothing: release it and delete it
        Location oldLoc = old.getLocation();
        StoreConnection.internalExpel(oldLoc, false);
        try {
            FileTrees.deleteTree(Path.of(oldLoc.getDirectoryPath()));
        } catch (IOException e) {
            // harmless: TDB2 uses the highest numbered directory
        }
    }
}
