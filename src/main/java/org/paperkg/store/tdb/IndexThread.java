package org.paperkg.store.tdb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleIndexWrapper;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.store.IndexWriters;

/**
 * A second thread for the inserts into two of the six quad indexes (POSG and OSPG) during one
 * write transaction. An incremental ingest spends most of its time in TDB2's B+tree inserts, one
 * quad at a time into six indexes on one thread, while the machine's second core idles; TDB2's own
 * parallel loaders need the database to themselves (a transaction per index), which a served store
 * or an all-or-nothing ingest cannot give. Here the transaction stays one: the second thread works
 * in the writer's transaction (its per-thread component state for those two B+trees, the same
 * objects, handed over), and the two indexes are wrapped for the duration so that the writing
 * thread's every other use of them (a find, a delete, a size) first waits until the inserts handed
 * on are done, and an iterator it holds waits before each step while inserts are pending. So the
 * writing thread sees exactly what it would have written itself. The two are the indexes whose
 * keys land all over the tree (the costliest inserts); SPOG stays with the writer since TDB2 scans
 * the whole table through it directly, bypassing the array of indexes. Other threads (a server's
 * readers, in their own read transactions) pass straight through to the indexes.
 */
public final class IndexThread implements IndexWriters {

    private static final Set<String> HANDED = Set.of("POSG", "OSPG");
    private static final int BATCH = 1024;
    /** Batches queued ahead of the second thread: bounds the memory of a large transaction. */
    private static final int AHEAD = 64;

    private final TupleTable table;
    private final List<Integer> slots = new ArrayList<>();
    private final List<TupleIndex> originals = new ArrayList<>();
    private final Thread owner = Thread.currentThread();
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Object lock = new Object();
    private final Thread worker;
    private Batch current = new Batch();
    /** Batches handed on (by the owner) and done (by the worker, under {@code lock}). */
    private long handed;
    private long done;
    private volatile boolean pending;
    private volatile boolean discard;
    private Throwable failure;

    private static final Batch STOP = new Batch();

    private static final class Batch {
        final TupleIndex[] index = new TupleIndex[BATCH];
        @SuppressWarnings("unchecked")
        final Tuple<NodeId>[] tuple = new Tuple[BATCH];
        int n;
    }

    /**
     * Shares the index writes of the write transaction the calling thread holds on {@code dsg}
     * with a second thread, when it is a TDB2 store on B+trees and the machine has a second core;
     * otherwise {@link IndexWriters#NONE}.
     */
    public static IndexWriters start(DatasetGraph dsg) {
        if (Runtime.getRuntime().availableProcessors() < 2) return NONE;
        DatasetGraphTDB tdb = dsg instanceof DatasetGraphTDB t ? t : TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null || !tdb.isInTransaction()) return NONE;
        TupleTable table = tdb.getQuadTable().getNodeTupleTable().getTupleTable();
        TupleIndex[] indexes = table.getIndexes();
        List<Integer> slots = new ArrayList<>();
        List<BPlusTree> trees = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++)
            if (indexes[i] != null && HANDED.contains(indexes[i].getName())) {
                if (!(indexes[i] instanceof TupleIndexRecord r && r.getRangeIndex() instanceof BPlusTree tree)) return NONE;
                slots.add(i);
                trees.add(tree);
            }
        if (slots.isEmpty()) return NONE;
        return new IndexThread(table, slots, trees);
    }

    private IndexThread(TupleTable table, List<Integer> slots, List<BPlusTree> trees) {
        this.table = table;
        List<ComponentState<?>> states = new ArrayList<>();
        for (BPlusTree tree : trees) states.add(tree.getComponentState());
        this.worker = new Thread(() -> work(trees, states), "paperkg-index");
        worker.setDaemon(true);
        worker.start();
        for (int slot : slots) {
            TupleIndex original = table.getIndexes()[slot];
            this.slots.add(slot);
            this.originals.add(original);
            table.setTupleIndex(slot, new Handed(original));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void work(List<BPlusTree> trees, List<ComponentState<?>> states) {
        // the writer's transaction, for these trees, on this thread: the same state objects
        for (int i = 0; i < trees.size(); i++) trees.get(i).setComponentState((ComponentState) states.get(i));
        while (true) {
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (b == STOP) return;
            Throwable failed = null;
            if (!discard) {
                try {
                    for (int i = 0; i < b.n; i++) b.index[i].add(b.tuple[i]);
                } catch (Throwable t) {
                    failed = t;
                    discard = true;
                }
            }
            synchronized (lock) {
                if (failed != null && failure == null) failure = failed;
                done++;
                lock.notifyAll();
            }
        }
    }

    /** Owner: hands an insert on. */
    private void hand(TupleIndex index, Tuple<NodeId> tuple) {
        Batch b = current;
        b.index[b.n] = index;
        b.tuple[b.n] = tuple;
        pending = true;
        if (++b.n == BATCH) flush();
    }

    private void flush() {
        if (current.n == 0) return;
        Batch b = current;
        current = new Batch();
        handed++;
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing index writes on", e);
        }
    }

    /** Owner: waits until every insert handed on is done; rethrows the worker's failure. */
    private void await() {
        if (!pending) return;
        flush();
        boolean interrupted = false;
        synchronized (lock) {
            while (done < handed && failure == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (failure != null) {
                if (interrupted) Thread.currentThread().interrupt();
                throw new IllegalStateException("index writes on the second thread failed: " + failure, failure);
            }
        }
        pending = false;
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Override
    public void finish() {
        try {
            await();
        } finally {
            end();
        }
    }

    @Override
    public void abandon() {
        discard = true;
        end();
    }

    /** Stops the worker (after what is queued) and puts the indexes back. */
    private void end() {
        if (!worker.isAlive() && slots.isEmpty()) return;
        boolean interrupted = false;
        while (true) {
            try {
                if (current.n > 0 && !discard) flush();
                queue.put(STOP);
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (int i = 0; i < slots.size(); i++) table.setTupleIndex(slots.get(i), originals.get(i));
        slots.clear();
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** An index whose inserts by the owner go to the worker, and whose other uses by the owner wait for them first. */
    private final class Handed extends TupleIndexWrapper {

        Handed(TupleIndex index) {
            super(index);
        }

        private boolean mine() {
            return Thread.currentThread() == owner;
        }

        @Override
        public void add(Tuple<NodeId> tuple) {
            if (mine()) hand(index, tuple);
            else index.add(tuple);
        }

        @Override
        public void addAll(Collection<Tuple<NodeId>> tuples) {
            for (Tuple<NodeId> t : tuples) add(t);
        }

        @Override
        public void delete(Tuple<NodeId> tuple) {
            if (mine()) await();
            index.delete(tuple);
        }

        @Override
        public void deleteAll(Collection<Tuple<NodeId>> tuples) {
            if (mine()) await();
            index.deleteAll(tuples);
        }

        @Override
        public Iterator<Tuple<NodeId>> find(Tuple<NodeId> pattern) {
            if (!mine()) return index.find(pattern);
            await();
            return new Waiting(index.find(pattern));
        }

        @Override
        public Iterator<Tuple<NodeId>> all() {
            if (!mine()) return index.all();
            await();
            return new Waiting(index.all());
        }

        @Override
        public long size() {
            if (mine()) await();
            return index.size();
        }

        @Override
        public boolean isEmpty() {
            if (mine()) await();
            return index.isEmpty();
        }

        @Override
        public void clear() {
            if (mine()) await();
            index.clear();
        }

        @Override
        public void sync() {
            if (mine()) await();
            index.sync();
        }
    }

    /** An iterator of the owner's over a handed index: each step first waits for inserts handed on since. */
    private final class Waiting implements Iterator<Tuple<NodeId>> {
        private final Iterator<Tuple<NodeId>> it;

        Waiting(Iterator<Tuple<NodeId>> it) {
            this.it = it;
        }

        @Override
        public boolean hasNext() {
            if (pending) await();
            return it.hasNext();
        }

        @Override
        public Tuple<NodeId> next() {
            if (pending) await();
            return it.next();
        }
    }
}
