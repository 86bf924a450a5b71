package org.paperkg.store.mem;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.settings.Debug;

/**
 * Quads held in memory, read-only: every node numbered once in a dictionary, every quad a tuple of
 * four ints, kept sorted in four orders (GSPO, SPOG, POSG, OSPG), 64 bytes a quad in all. A find
 * binary-searches the order whose range for the bound terms is the smallest, so every pattern is a
 * range scan; the orders that end in G give the union graph's distinct triples by dropping repeats
 * that sit next to each other. Built once by {@link Builder}: loading is appending, then four sorts,
 * which is what makes it several times faster to fill than an index updated on every insert.
 */
final class QuadIndex {

    static final int G = 0, S = 1, P = 2, O = 3;
    /** For each order, which quad column sits at each position. */
    private static final int[][] ORDERS = {{G, S, P, O}, {S, P, O, G}, {P, O, S, G}, {O, S, P, G}};
    private static final String[] NAMES = {"GSPO", "SPOG", "POSG", "OSPG"};
    private static final int GSPO = 0;

    private final NodeDictionary nodes;
    private final int[][] tuples;
    private final int size;

    private QuadIndex(NodeDictionary nodes, int[][] tuples, int size) {
        this.nodes = nodes;
        this.tuples = tuples;
        this.size = size;
    }

    static QuadIndex empty() {
        return new Builder().build();
    }

    /** Distinct quads. */
    int size() {
        return size;
    }

    boolean contains(Quad q) {
        int g = nodes.id(q.getGraph()), s = nodes.id(q.getSubject()), p = nodes.id(q.getPredicate()), o = nodes.id(q.getObject());
        if (g < 0 || s < 0 || p < 0 || o < 0) return false;
        int[] key = {g, s, p, o};
        return upper(tuples[GSPO], key, 4) > lower(tuples[GSPO], key, 4);
    }

    /**
     * Quads matching the pattern, in some index order; {@code null} or {@link Node#ANY} is a
     * wildcard (for the graph too: any named graph).
     */
    Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        Range r = range(new int[] {0, 1, 2, 3}, g, s, p, o);
        return r == null ? java.util.Collections.emptyIterator() : new QuadCursor(r);
    }

    /**
     * The distinct triples of all graphs matching the pattern, each with a graph it is in, in
     * {@code (s, p, o)} groups: {@code alive} can reject a quad (a deleted one), and a triple is given
     * when any quad of its group passes.
     */
    Iterator<Quad> findUnion(Node s, Node p, Node o, Predicate<Quad> alive) {
        Range r = range(new int[] {1, 2, 3}, null, s, p, o);
        return r == null ? java.util.Collections.emptyIterator() : new UnionCursor(r, alive);
    }

    /** The graph names, each once, in id order. */
    Iterator<Node> graphNodes() {
        int[] a = tuples[GSPO];
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < size;
            }

            @Override
            public Node next() {
                if (!hasNext()) throw new NoSuchElementException();
                int g = a[4 * i];
                while (i < size && a[4 * i] == g) i++;
                return nodes.node(g);
            }
        };
    }

    /** Whether graph {@code g} has a quad that {@code alive} accepts. */
    boolean hasGraph(Node g, Predicate<Quad> alive) {
        Iterator<Quad> it = find(g, null, null, null);
        while (it.hasNext()) if (alive.test(it.next())) return true;
        return false;
    }

    // ---- ranges

    /** The scan with the fewest tuples among the orders given, or null when a bound node is unknown. */
    private Range range(int[] orders, Node g, Node s, Node p, Node o) {
        int[] bound = new int[4];
        Node[] terms = {g, s, p, o};
        for (int c = 0; c < 4; c++) {
            Node n = terms[c];
            if (n == null || n == Node.ANY || n.isVariable()) bound[c] = -1;
            else if ((bound[c] = nodes.id(n)) < 0) return null;
        }
        Range best = null;
        for (int x : orders) {
            int[] order = ORDERS[x];
            int k = 0;
            int[] key = new int[4];
            while (k < 4 && bound[order[k]] >= 0) {
                key[k] = bound[order[k]];
                k++;
            }
            int from = k == 0 ? 0 : lower(tuples[x], key, k);
            int to = k == 0 ? size : upper(tuples[x], key, k);
            if (best == null || to - from < best.to - best.from) best = new Range(x, from, to, bound, k);
        }
        return best;
    }

    /** First tuple whose first {@code k} positions are not less than {@code key}. */
    private int lower(int[] a, int[] key, int k) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(a, mid, key, k) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** First tuple whose first {@code k} positions are greater than {@code key}. */
    private int upper(int[] a, int[] key, int k) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(a, mid, key, k) <= 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int compare(int[] a, int t, int[] key, int k) {
        int base = 4 * t;
        for (int i = 0; i < k; i++) {
            int c = Integer.compare(a[base + i], key[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    private record Range(int order, int from, int to, int[] bound, int prefix) {}

    /** Walks a range, skipping tuples that do not match the bound columns past the prefix. */
    private class QuadCursor implements Iterator<Quad> {
        final int[] a;
        final int[] order;
        final int[] bound;
        final int prefix;
        final int to;
        int i;
        Quad next;

        QuadCursor(Range r) {
            this.a = tuples[r.order];
            this.order = ORDERS[r.order];
            this.bound = r.bound;
            this.prefix = r.prefix;
            this.to = r.to;
            this.i = r.from;
        }

        /** The next matching tuple's position, or -1. */
        int advance() {
            while (i < to) {
                int t = i++;
                if (matches(t)) return t;
            }
            return -1;
        }

        boolean matches(int t) {
            for (int k = prefix; k < 4; k++) {
                int want = bound[order[k]];
                if (want >= 0 && a[4 * t + k] != want) return false;
            }
            return true;
        }

        Quad quad(int t) {
            Node[] q = new Node[4];
            for (int k = 0; k < 4; k++) q[order[k]] = nodes.node(a[4 * t + k]);
            return Quad.create(q[G], q[S], q[P], q[O]);
        }

        boolean sameTriple(int t, int u) {
            // the orders that end in G hold s, p and o in their first three positions
            return a[4 * t] == a[4 * u] && a[4 * t + 1] == a[4 * u + 1] && a[4 * t + 2] == a[4 * u + 2];
        }

        @Override
        public boolean hasNext() {
            if (next != null) return true;
            int t = advance();
            if (t >= 0) next = quad(t);
            return next != null;
        }

        @Override
        public Quad next() {
            if (!hasNext()) throw new NoSuchElementException();
            Quad q = next;
            next = null;
            return q;
        }
    }

    private final class UnionCursor extends QuadCursor {
        private final Predicate<Quad> alive;
        private int last = -1;

        UnionCursor(Range r, Predicate<Quad> alive) {
            super(r);
            this.alive = alive;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                int t = advance();
                if (t < 0) return false;
                if (last >= 0 && sameTriple(t, last)) continue;
                Quad q = quad(t);
                if (alive != null && !alive.test(q)) continue;
                last = t;
                next = q;
            }
            return true;
        }
    }

    /** Triples of the quads of {@link #findUnion}. */
    static Iterator<Triple> triples(Iterator<Quad> quads) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return quads.hasNext();
            }

            @Override
            public Triple next() {
                return quads.next().asTriple();
            }
        };
    }

    /**
     * This index with {@code extra} quads merged in (a few, such as the statistics counted from
     * the loaded index): each order gets the new tuples, sorted, merged in one pass. Call before
     * the index is shared: the new nodes go into the same dictionary.
     */
    public QuadIndex plus(java.util.Collection<Quad> extra) {
        int m = extra.size();
        int[] gspo = new int[4 * m];
        int i = 0;
        for (Quad q : extra) {
            gspo[i++] = nodes.intern(q.getGraph());
            gspo[i++] = nodes.intern(q.getSubject());
            gspo[i++] = nodes.intern(q.getPredicate());
            gspo[i++] = nodes.intern(q.getObject());
        }
        int[][] merged = new int[ORDERS.length][];
        int newSize = 0;
        for (int x = 0; x < ORDERS.length; x++) {
            int[] add = permute(gspo, m, ORDERS[x]);
            int k = IntQuadSort.sortDistinct(add, m);
            merged[x] = IntQuadSort.mergeDistinct(tuples[x], size, add, k);
            newSize = merged[x].length / 4;
        }
        return new QuadIndex(nodes, merged, newSize);
    }

    // ---- building

    /** Collects quads (appending node ids), then sorts them into the four orders. Not thread-safe. */
    public static final class Builder {
        private final NodeDictionary nodes = new NodeDictionary();
        private int[] log = new int[4 * 1024];
        private int n;
        private Node lastGraph;
        private int lastGraphId;

        public void add(Quad q) {
            add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        void add(Node g, Node s, Node p, Node o) {
            if (4 * n == log.length) {
                if (log.length > (Integer.MAX_VALUE - 8) / 2) throw new IllegalStateException("too many quads for one in-memory store");
                log = Arrays.copyOf(log, 2 * log.length);
            }
            if (g != lastGraph) {
                lastGraphId = nodes.intern(g);
                lastGraph = g;
            }
            int i = 4 * n++;
            log[i] = lastGraphId;
            log[i + 1] = nodes.intern(s);
            log[i + 2] = nodes.intern(p);
            log[i + 3] = nodes.intern(o);
        }

        public int count() {
            return n;
        }

        /** Sorts the quads into the four orders (two threads), dropping repeats. */
        public QuadIndex build() {
            int[] appended = log;
            int quads = n;
            log = null;
            ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "paperkg-memsort");
                t.setDaemon(true);
                return t;
            });
            try {
                @SuppressWarnings("unchecked")
                Future<int[]>[] done = new Future[ORDERS.length];
                int bound = nodes.size();
                for (int x = 0; x < ORDERS.length; x++) {
                    int[] order = ORDERS[x];
                    String name = NAMES[x];
                    done[x] = pool.submit(() -> {
                        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                        long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
                        int[] sorted = IntQuadSort.bucketSorted(appended, quads, order, bound);
                        if (Debug.enabled())
                            System.err.printf(java.util.Locale.ROOT, "load: %s sorted in %.2f s (%.2f s CPU)%n", name, (System.nanoTime() - t0) / 1e9,
                                    (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
                        return sorted;
                    });
                }
                int[][] tuples = new int[ORDERS.length][];
                int size = 0;
                for (int x = 0; x < ORDERS.length; x++) {
                    int[] a = done[x].get();
                    size = IntQuadSort.distinct(a, quads);
                    tuples[x] = size == quads ? a : Arrays.copyOf(a, 4 * size);
                }
                return new QuadIndex(nodes, tuples, size);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("sorting the in-memory quads failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The tuples with their columns in {@code order} (unsorted). */
    private static int[] permute(int[] gspo, int size, int[] order) {
        int[] a = new int[4 * size];
        for (int i = 0; i < 4 * size; i += 4) {
            a[i] = gspo[i + order[0]];
            a[i + 1] = gspo[i + order[1]];
            a[i + 2] = gspo[i + order[2]];
            a[i + 3] = gspo[i + order[3]];
        }
        return a;
    }

    @Override
    public String toString() {
        return "QuadIndex(" + size + " quads, " + nodes.size() + " nodes, " + String.join("/", NAMES) + ")";
    }
}
