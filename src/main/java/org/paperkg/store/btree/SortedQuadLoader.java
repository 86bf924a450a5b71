package org.paperkg.store.btree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;

/**
 * Loads quads into the quad indexes of an EMPTY TDB2 storage area by sorting, not by inserting:
 * node ids come from the node table as usual (on a thread of their own, fed by a bounded queue of
 * quad batches, so mapping and node lookups overlap), and the id tuples are collected in chunks.
 * Each full chunk is sorted into the order of each of the six quad indexes and spilled to a run
 * file; at the end the runs of each index are merged and TDB2's {@link BPlusTreeRewriter} writes
 * the B+tree bottom-up, packed, in one sequential pass (as {@code tdb2.xloader} does). That avoids
 * the six random B+tree inserts per quad that dominate the other loaders.
 * <p>
 * Memory: three chunk buffers of 32 bytes per quad (the chunk being filled, the one being sorted,
 * one scratch), sized from the heap; nothing else grows with the corpus. Disk: the run files, six per
 * chunk, delta-encoded ({@link QuadRunFile}: about 4–10 bytes a tuple instead of 32), each index's
 * deleted once it is built.
 */
final class SortedQuadLoader {

    private static final String PRIMARY = "GSPO";
    private static final int BATCH = 10_000;
    private static final List<Quad> END = new ArrayList<>();

    private final DatasetGraphTDB dsg;
    private final Path runDir;
    private final int chunkQuads;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(8);
    private final ExecutorService sorter = Executors.newSingleThreadExecutor(r -> daemon(r, "paperkg-sort"));
    private final List<String> indexNames = new ArrayList<>();
    private final List<List<Path>> runs = new ArrayList<>();
    private Thread nodeThread;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private List<Quad> batch = new ArrayList<>(BATCH);
    private long quads;
    private final AtomicLong runBytes = new AtomicLong();

    // node thread state
    private long[] chunk;
    private int filled;
    private Future<?> pendingSort;
    private int runCount;

    SortedQuadLoader(DatasetGraphTDB dsg, Path runDir) {
        this.dsg = dsg;
        this.runDir = runDir;
        long heap = Runtime.getRuntime().maxMemory();
        // three buffers of 32 bytes a quad in a quarter of the heap
        this.chunkQuads = (int) Math.max(100_000, Math.min(16_000_000, heap / 4 / 96));
        for (TupleIndex idx : dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            indexNames.add(idx.getName());
            runs.add(new ArrayList<>());
        }
        if (!indexNames.get(0).equals(PRIMARY)) throw new IllegalStateException("unexpected primary quad index " + indexNames);
    }

    /** How many quads a chunk holds (for the log). */
    int chunkQuads() {
        return chunkQuads;
    }

    void start() throws IOException {
        Files.createDirectories(runDir);
        nodeThread = daemon(this::nodeLoop, "paperkg-nodes");
        nodeThread.start();
    }

    /** Called by the mapping thread. */
    void quad(Quad q) {
        batch.add(q);
        quads++;
        if (batch.size() == BATCH) flushBatch();
    }

    /** Bytes of all the run files written (each is deleted once its index is built). */
    long runFileBytes() {
        return runBytes.get();
    }

    long count() {
        return quads;
    }

    private void flushBatch() {
        put(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void put(List<Quad> b) {
        while (true) {
            if (failure != null) throw new IllegalStateException("quad loader failed: " + failure, failure);
            try {
                if (queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** Ends the input, waits for the node table, then builds the six indexes. */
    void finish() throws IOException {
        if (!batch.isEmpty()) flushBatch();
        put(END);
        join();
        rethrow();
        buildIndexes();
    }

    /** Stops the threads after a failure of the caller (the storage area is thrown away). */
    void abort() {
        aborted = true;
        if (nodeThread != null) {
            queue.clear();
            queue.offer(END);
            join();
        }
        sorter.shutdownNow();
    }

    private void join() {
        try {
            nodeThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) return;
        if (t instanceof IOException io) throw io;
        if (t instanceof UncheckedIOException u) throw u.getCause();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    // ---- node thread: nodes to ids, ids into chunks

    private void nodeLoop() {
        NodeTable wrapped = dsg.getQuadTable().getNodeTupleTable().getNodeTable();
        // the table itself, under its inline-value and cache layers: values are inlined here, and the
        // front map below stands in for the cache, whose upkeep costs more than it saves in a bulk
        // load (the storage area is closed and reopened before use, so no cache goes stale)
        NodeTable nodeTable = wrapped.baseNodeTable();
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, wrapped);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.WRITE);
        byte[] buf = new byte[8];
        chunk = new long[4 * Math.min(chunkQuads, 1 << 16)];
        // in front of TDB2's node cache: the graph node of the paper being loaded, and a plain map of
        // recent nodes (vocabulary, concepts, people, a paper's parts), cleared when it is full
        Map<Node, Long> front = new HashMap<>(1 << 17);
        Node lastGraph = null;
        long lastGraphId = 0;
        // predicate and class counts for TDB2's statistics file (stats.opt), which orders the
        // triple patterns of queries by selectivity (with {@link PaperkgSettings#TDB_STATS})
        StatsCollector stats = new StatsCollector();
        try {
            while (true) {
                List<Quad> b = queue.take();
                if (b == END || aborted) break;
                for (Quad q : b) {
                    if (4 * filled == chunk.length) {
                        if (filled < chunkQuads) chunk = Arrays.copyOf(chunk, 4 * Math.min(chunkQuads, 2 * filled));
                        else spill();
                    }
                    int i = 4 * filled++;
                    Node g = q.getGraph();
                    if (g != lastGraph) {
                        lastGraphId = id(nodeTable, g, buf);
                        lastGraph = g;
                    }
                    if (front.size() > 200_000) front.clear();
                    chunk[i] = lastGraphId;
                    chunk[i + 1] = cached(front, nodeTable, q.getSubject(), buf);
                    chunk[i + 2] = cached(front, nodeTable, q.getPredicate(), buf);
                    chunk[i + 3] = cached(front, nodeTable, q.getObject(), buf);
                    stats.record(null, q.getSubject(), q.getPredicate(), q.getObject());
                }
            }
            if (aborted) {
                waitForSort();
                txn.abort();
                return;
            }
            if (filled > 0) spill();
            waitForSort();
            txn.commit();
            // off by default: measured at 100k papers, TDB2's weighted join order made the library's
            // scans and aggregates 10–50% slower and point lookups no faster (README, Performance)
            if (Settings.current().get(PaperkgSettings.TDB_STATS))
                Stats.write(dsg.getLocation().getPath(Names.optStats), stats.results());
        } catch (Throwable t) {
            failure = t;
            try {
                txn.abort();
            } catch (RuntimeException ignored) {
                // the storage area is thrown away
            }
        } finally {
            txn.end();
            CoLib.finish(coordinator);
            sorter.shutdown();
        }
    }

    private static long cached(Map<Node, Long> front, NodeTable nodeTable, Node n, byte[] buf) {
        Long id = front.get(n);
        if (id == null) {
            id = id(nodeTable, n, buf);
            front.put(n, id);
        }
        return id;
    }

    /** The node's id as a long that compares as signed in TDB2's unsigned byte order. */
    private static long id(NodeTable nodeTable, Node n, byte[] buf) {
        NodeId id = NodeId.inline(n);
        if (id == null) id = nodeTable.getAllocateNodeId(n);
        NodeIdFactory.set(id, buf, 0);
        return Bytes.getLong(buf, 0) ^ Long.MIN_VALUE;
    }

    private void spill() throws Exception {
        waitForSort();
        long[] full = chunk;
        int n = filled;
        int run = runCount++;
        pendingSort = sorter.submit(() -> {
            sortAndWrite(full, n, run);
            return null;
        });
        chunk = new long[4 * chunkQuads];
        filled = 0;
    }

    private void waitForSort() throws Exception {
        if (pendingSort == null) return;
        try {
            pendingSort.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        }
        pendingSort = null;
    }

    /** Sorts a chunk into each index order and writes one run file per index. */
    private void sortAndWrite(long[] data, int n, int run) throws IOException {
        long[] scratch = new long[4 * n];
        for (int x = 0; x < indexNames.size(); x++) {
            int[] map = columns(indexNames.get(x));
            for (int r = 0, i = 0; r < n; r++, i += 4) {
                scratch[i] = data[i + map[0]];
                scratch[i + 1] = data[i + map[1]];
                scratch[i + 2] = data[i + map[2]];
                scratch[i + 3] = data[i + map[3]];
            }
            QuadSort.sort(scratch, n);
            Path file = runDir.resolve(indexNames.get(x) + "-" + run + ".run");
            try (QuadRunFile.Writer out = new QuadRunFile.Writer(file, 1 << 20)) {
                long p0 = 0, p1 = 0, p2 = 0, p3 = 0;
                boolean first = true;
                for (int i = 0; i < 4 * n; i += 4) {
                    long a = scratch[i], b = scratch[i + 1], c = scratch[i + 2], d = scratch[i + 3];
                    if (!first && a == p0 && b == p1 && c == p2 && d == p3) continue;
                    first = false;
                    out.write(a, b, c, d);
                    p0 = a; p1 = b; p2 = c; p3 = d;
                }
                out.close();
                runBytes.addAndGet(out.bytes());
            }
            synchronized (runs) {
                runs.get(x).add(file);
            }
        }
    }

    /** For each column of the index, the column of GSPO it comes from. */
    private static int[] columns(String index) {
        int[] map = new int[4];
        for (int k = 0; k < 4; k++) map[k] = PRIMARY.indexOf(index.charAt(k));
        return map;
    }

    // ---- the indexes: merge the runs, pack the B+trees

    private void buildIndexes() throws IOException {
        TupleIndex[] indexes = dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "paperkg-index"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int x = 0; x < indexes.length; x++) {
                TupleIndex index = indexes[x];
                List<Path> files = runs.get(x);
                done.add(pool.submit(() -> {
                    pack(index, files);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException io) throw io;
                    if (c instanceof RuntimeException r) throw r;
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void pack(TupleIndex index, List<Path> files) throws IOException {
        BPlusTree bpt = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = bpt.getRecordFactory();
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, factory), factory);
        BlockMgr nodes = bpt.getNodeManager().getBlockMgr();
        BlockMgr records = bpt.getRecordsMgr().getBlockMgr();
        BufferChannel state = bpt.getStateManager().getBufferChannel();
        try (MergedRuns merged = new MergedRuns(files, factory)) {
            CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(merged, params, factory, state, nodes, records));
        }
        for (Path f : files) Files.deleteIfExists(f);
    }

    /** The runs of one index merged into one sorted stream of records, duplicates dropped. */
    private static final class MergedRuns implements Iterator<Record>, AutoCloseable {
        private final RecordFactory factory;
        private final List<QuadRunFile.Reader> inputs = new ArrayList<>();
        private final PriorityQueue<Head> heads = new PriorityQueue<>(Head::compare);
        private long[] last;
        private Record next;

        MergedRuns(List<Path> files, RecordFactory factory) throws IOException {
            this.factory = factory;
            int buffer = Math.max(1 << 14, Math.min(1 << 20, (64 << 20) / Math.max(1, files.size()))) & ~31;
            for (Path f : files) {
                QuadRunFile.Reader in = new QuadRunFile.Reader(f, buffer);
                inputs.add(in);
                Head h = new Head(in);
                if (h.advance()) heads.add(h);
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !heads.isEmpty()) {
                Head h = heads.poll();
                long[] t = h.tuple;
                if (last == null || t[0] != last[0] || t[1] != last[1] || t[2] != last[2] || t[3] != last[3]) {
                    if (last == null) last = new long[4];
                    System.arraycopy(t, 0, last, 0, 4);
                    Record r = factory.create();
                    byte[] key = r.getKey();
                    for (int k = 0; k < 4; k++) Bytes.setLong(t[k] ^ Long.MIN_VALUE, key, 8 * k);
                    next = r;
                }
                try {
                    if (h.advance()) heads.add(h);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public Record next() {
            if (!hasNext()) throw new NoSuchElementException();
            Record r = next;
            next = null;
            return r;
        }

        @Override
        public void close() throws IOException {
            for (QuadRunFile.Reader in : inputs) in.close();
        }

        private static final class Head {
            private final QuadRunFile.Reader in;
            private final long[] tuple = new long[4];

            Head(QuadRunFile.Reader in) {
                this.in = in;
            }

            boolean advance() throws IOException {
                return in.read(tuple);
            }

            static int compare(Head a, Head b) {
                for (int k = 0; k < 4; k++) {
                    int c = Long.compare(a.tuple[k], b.tuple[k]);
                    if (c != 0) return c;
                }
                return 0;
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
