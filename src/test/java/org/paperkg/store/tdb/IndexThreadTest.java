package org.paperkg.store.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.IndexWriters;
import org.paperkg.store.KgStore;

/**
 * The second index thread changes nothing but who inserts: a store written with it, with finds,
 * deletes and iterations on the handed indexes between the inserts, holds exactly what a store
 * written on one thread holds, in every index; an abort leaves it as it was; a reader in another
 * thread keeps its view; and the store's own indexes are back when it ends.
 */
class IndexThreadTest {

    @TempDir
    Path dir;

    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node TOPIC = NodeFactory.createURI("http://example.org/topic");

    @Test
    void writesWithTheSecondThreadEqualWritesOnOne() {
        DatasetGraph one = KgStore.open(dir.resolve("one"));
        DatasetGraph two = KgStore.open(dir.resolve("two"));
        try {
            TupleIndex[] before = indexes(two).clone();
            write(one, false);
            write(two, true);
            TupleIndex[] after = indexes(two);
            for (int i = 0; i < before.length; i++) assertSame(before[i], after[i], "index " + i + " put back");
            Txn.executeRead(one, () -> Txn.executeRead(two, () -> {
                // each index answers alone: patterns that TDB2 serves from each of the six
                for (Node[] pattern : patterns(one))
                    assertEquals(set(one, pattern), set(two, pattern), () -> java.util.Arrays.toString(pattern));
            }));
        } finally {
            KgStore.release(one);
            KgStore.release(two);
        }
    }

    @Test
    void anAbortLeavesTheStoreAsItWasAndReadersKeepTheirView() throws Exception {
        DatasetGraph dsg = KgStore.open(dir.resolve("abort"));
        try {
            Txn.executeWrite(dsg, () -> dsg.add(quad(0, 0, 0)));
            dsg.begin(TxnType.WRITE);
            IndexWriters writers = KgStore.indexWriters(dsg);
            for (int i = 1; i < 5_000; i++) dsg.add(quad(i, i % 7, i % 13));
            AtomicReference<Long> seen = new AtomicReference<>();
            Thread reader = new Thread(() -> seen.set(Txn.calculateRead(dsg, () -> count(dsg, Node.ANY, Node.ANY, P, Node.ANY))));
            reader.start();
            reader.join();
            assertEquals(1L, seen.get(), "a reader sees the last commit");
            writers.abandon();
            dsg.abort();
            dsg.end();
            Txn.executeRead(dsg, () -> {
                assertEquals(1L, count(dsg, Node.ANY, Node.ANY, P, Node.ANY));
                assertEquals(1L, count(dsg, Node.ANY, Node.ANY, Node.ANY, NodeFactory.createLiteralString("o0")));
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    /** Graph by graph as the ingest writes: some graphs replaced, a find on the POSG and OSPG indexes between inserts. */
    private static void write(DatasetGraph dsg, boolean secondThread) {
        Random rnd = new Random(11);
        dsg.begin(TxnType.WRITE);
        IndexWriters writers = secondThread ? KgStore.indexWriters(dsg) : IndexWriters.NONE;
        try {
            for (int g = 0; g < 400; g++) {
                Node graph = graph(g % 300);
                if (dsg.containsGraph(graph)) dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                int n = 20 + rnd.nextInt(200);
                for (int i = 0; i < n; i++) {
                    dsg.add(new Quad(graph, subject(rnd.nextInt(500)), rnd.nextBoolean() ? P : TOPIC, object(rnd.nextInt(300))));
                    if (i == n / 2) {
                        // what the statistics ask mid-graph: subjects of an object (POSG), statements about an object (OSPG)
                        long a = count(dsg, Node.ANY, Node.ANY, TOPIC, object(rnd.nextInt(300)));
                        long b = count(dsg, Node.ANY, Node.ANY, Node.ANY, object(rnd.nextInt(300)));
                        assertTrue(a >= 0 && b >= 0);
                    }
                }
                // an iteration over a handed index while adding to another graph
                List<Quad> seen = new ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, P, object(g % 300)).forEachRemaining(seen::add);
                for (Quad q : seen) dsg.add(new Quad(graph(1000 + g), q.getSubject(), q.getPredicate(), q.getObject()));
                if (g % 50 == 7) dsg.delete(seen.isEmpty() ? quad(1, 1, 1) : seen.get(0));
            }
            writers.finish();
            dsg.commit();
        } finally {
            dsg.end();
        }
    }

    private static List<Node[]> patterns(DatasetGraph dsg) {
        List<Node[]> out = new ArrayList<>();
        out.add(new Node[] {Node.ANY, Node.ANY, Node.ANY, Node.ANY});
        for (int i = 0; i < 300; i += 17) {
            out.add(new Node[] {graph(i), Node.ANY, Node.ANY, Node.ANY});
            out.add(new Node[] {Node.ANY, Node.ANY, P, object(i)});
            out.add(new Node[] {Node.ANY, Node.ANY, Node.ANY, object(i)});
            out.add(new Node[] {Node.ANY, subject(i), Node.ANY, Node.ANY});
            out.add(new Node[] {graph(i), Node.ANY, TOPIC, Node.ANY});
            out.add(new Node[] {graph(i), Node.ANY, Node.ANY, object(i)});
        }
        return out;
    }

    private static Set<Quad> set(DatasetGraph dsg, Node[] p) {
        Set<Quad> out = new HashSet<>();
        dsg.find(p[0], p[1], p[2], p[3]).forEachRemaining(out::add);
        return out;
    }

    private static long count(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        long n = 0;
        for (var it = dsg.find(g, s, p, o); it.hasNext(); it.next()) n++;
        return n;
    }

    private static TupleIndex[] indexes(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
    }

    private static Quad quad(int g, int s, int o) {
        return new Quad(graph(g), subject(s), P, object(o));
    }

    private static Node graph(int i) {
        return NodeFactory.createURI("http://example.org/g" + i);
    }

    private static Node subject(int i) {
        return NodeFactory.createURI("http://example.org/s" + i);
    }

    private static Node object(int i) {
        return NodeFactory.createLiteralString("o" + i);
    }
}
