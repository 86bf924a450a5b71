package org.paperkg.store.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store against Jena's own transactional in-memory dataset holding the same quads:
 * every find pattern (each of the 16 bound/unbound combinations, named graphs and the union default
 * graph), before and after committed and aborted changes.
 */
class MemQuadStoreTest {

    private static final Random RND = new Random(42);
    private static final List<Node> GRAPHS = nodes("g", 30);
    private static final List<Node> TERMS = nodes("t", 40);
    private static final List<Node> PREDICATES = nodes("p", 6);

    @Test
    void everyPatternFindsWhatJenasDatasetFinds() {
        List<Quad> quads = randomQuads(3_000);
        MemQuadStore mem = store(quads);
        DatasetGraph ref = reference(quads);
        assertSameEverywhere(mem, ref, "after loading");
        assertEquals(new HashSet<>(quads).size(), mem.loadedQuads(), "repeated quads are kept once");
    }

    @Test
    void quadsMergedIntoTheIndexAfterwardsAreFoundAsIfLoadedFirst() {
        List<Quad> first = randomQuads(2_000);
        // repeats of loaded quads, and new ones with nodes the index has not seen
        List<Quad> later = new ArrayList<>(first.subList(0, 200));
        later.addAll(randomQuads(300));
        for (int i = 0; i < 50; i++)
            later.add(Quad.create(pick(GRAPHS), NodeFactory.createURI("http://example.org/new" + i), pick(PREDICATES), pick(TERMS)));
        QuadIndex.Builder b = new QuadIndex.Builder();
        first.forEach(b::add);
        MemQuadStore mem = new MemQuadStore(b.build().plus(later));
        List<Quad> all = new ArrayList<>(first);
        all.addAll(later);
        assertEquals(new HashSet<>(all).size(), mem.loadedQuads(), "repeats kept once");
        assertSameEverywhere(mem, reference(all), "after the merge");
        Txn.executeRead(mem, () -> assertTrue(mem.contains(later.get(later.size() - 1)), "a quad with a new node is found"));
    }

    @Test
    void committedChangesAreSeenAndAbortedOnesAreNot() {
        List<Quad> quads = randomQuads(2_000);
        MemQuadStore mem = store(quads);
        DatasetGraph ref = reference(quads);
        // deletes of loaded quads, a whole graph removed, new quads, a deleted quad added back
        Txn.executeWrite(mem, () -> Txn.executeWrite(ref, () -> {
            for (int i = 0; i < 300; i++) {
                Quad q = quads.get(RND.nextInt(quads.size()));
                mem.delete(q);
                ref.delete(q);
            }
            mem.removeGraph(GRAPHS.get(3));
            ref.removeGraph(GRAPHS.get(3));
            for (Quad q : randomQuads(300)) {
                mem.add(q);
                ref.add(q);
            }
            mem.add(quads.get(0));
            ref.add(quads.get(0));
        }));
        assertSameEverywhere(mem, ref, "after a committed write");

        mem.begin(TxnType.WRITE);
        mem.removeGraph(GRAPHS.get(5));
        assertFalse(mem.find(GRAPHS.get(5), Node.ANY, Node.ANY, Node.ANY).hasNext(), "the writer sees its own delete");
        for (Quad q : randomQuads(50)) mem.add(q);
        mem.abort();
        mem.end();
        assertSameEverywhere(mem, ref, "after an aborted write");
    }

    @Test
    void unionDefaultGraphGivesEachTripleOnce() {
        Node s = TERMS.get(0), p = PREDICATES.get(0), o = TERMS.get(1);
        List<Quad> quads = List.of(Quad.create(GRAPHS.get(0), s, p, o), Quad.create(GRAPHS.get(1), s, p, o), Quad.create(GRAPHS.get(2), s, p, o));
        MemQuadStore mem = store(quads);
        Txn.executeRead(mem, () -> assertEquals(List.of(Triple.create(s, p, o)), mem.getDefaultGraph().find().toList()));
        // the triple stays in the union while one graph still holds it, also when a new graph adds it again
        Txn.executeWrite(mem, () -> {
            mem.delete(quads.get(0));
            mem.delete(quads.get(1));
            mem.add(Quad.create(GRAPHS.get(9), s, p, o));
        });
        Txn.executeRead(mem, () -> assertEquals(List.of(Triple.create(s, p, o)), mem.getDefaultGraph().find().toList()));
        Txn.executeWrite(mem, () -> mem.delete(quads.get(2)));
        Txn.executeRead(mem, () -> assertEquals(List.of(Triple.create(s, p, o)), mem.getDefaultGraph().find().toList()));
        Txn.executeWrite(mem, () -> mem.delete(Quad.create(GRAPHS.get(9), s, p, o)));
        Txn.executeRead(mem, () -> assertTrue(mem.getDefaultGraph().isEmpty()));
    }

    @Test
    void writingIntoTheDefaultGraphIsRefused() {
        MemQuadStore mem = store(randomQuads(10));
        Quad q = Quad.create(Quad.defaultGraphIRI, TERMS.get(0), PREDICATES.get(0), TERMS.get(1));
        AddDeniedException e = assertThrows(AddDeniedException.class, () -> Txn.executeWrite(mem, () -> mem.add(q)));
        assertTrue(e.getMessage().contains("union of its named graphs"), e.getMessage());
        assertThrows(AddDeniedException.class, () -> Txn.executeWrite(mem, () -> mem.getDefaultGraph().add(q.asTriple())));
    }

    @Test
    void readersKeepTheirSnapshotWhileAWriterCommits() throws Exception {
        List<Quad> quads = randomQuads(500);
        MemQuadStore mem = store(quads);
        Quad gone = quads.get(7);
        mem.begin(TxnType.READ);
        try {
            Thread writer = new Thread(() -> Txn.executeWrite(mem, () -> mem.delete(gone)));
            writer.start();
            writer.join();
            assertTrue(mem.contains(gone), "a reader that began before the commit still sees the quad");
        } finally {
            mem.end();
        }
        Txn.executeRead(mem, () -> assertFalse(mem.contains(gone)));
    }

    // ---- helpers

    private static void assertSameEverywhere(MemQuadStore mem, DatasetGraph ref, String when) {
        Txn.executeRead(mem, () -> Txn.executeRead(ref, () -> {
            assertEquals(sorted(ref.listGraphNodes()), sorted(mem.listGraphNodes()), when + ": graph names");
            for (int combo = 0; combo < 16; combo++) {
                for (int trial = 0; trial < 8; trial++) {
                    Node g = (combo & 8) != 0 ? pick(GRAPHS) : Node.ANY;
                    Node s = (combo & 4) != 0 ? pick(TERMS) : Node.ANY;
                    Node p = (combo & 2) != 0 ? pick(PREDICATES) : Node.ANY;
                    Node o = (combo & 1) != 0 ? pick(TERMS) : Node.ANY;
                    String pattern = when + ": " + g + " " + s + " " + p + " " + o;
                    assertEquals(sorted(ref.find(g, s, p, o)), sorted(mem.find(g, s, p, o)), pattern);
                    if (g == Node.ANY)
                        assertEquals(sorted(ref.getUnionGraph().find(s, p, o)), sorted(mem.getDefaultGraph().find(s, p, o)), "union " + pattern);
                    else
                        assertEquals(ref.containsGraph(g), mem.containsGraph(g), pattern);
                }
            }
        }));
    }

    private static <T> Set<String> sorted(Iterator<T> it) {
        Set<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>();
        it.forEachRemaining(x -> all.add(x.toString()));
        out.addAll(all);
        assertEquals(all.size(), out.size(), "an answer repeats an item: " + all);
        return out;
    }

    private static MemQuadStore store(List<Quad> quads) {
        QuadIndex.Builder b = new QuadIndex.Builder();
        quads.forEach(b::add);
        return new MemQuadStore(b.build());
    }

    private static DatasetGraph reference(List<Quad> quads) {
        DatasetGraph ref = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(ref, () -> quads.forEach(ref::add));
        return ref;
    }

    private static List<Quad> randomQuads(int n) {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Quad.create(pick(GRAPHS), pick(TERMS), pick(PREDICATES), pick(TERMS)));
        return out;
    }

    private static Node pick(List<Node> nodes) {
        return nodes.get(RND.nextInt(nodes.size()));
    }

    private static List<Node> nodes(String prefix, int n) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n; i++)
            out.add(i % 5 == 4 && prefix.equals("t") ? NodeFactory.createLiteralString("lit " + i) : NodeFactory.createURI("http://example.org/" + prefix + i));
        return out;
    }
}
