package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** Batches added (and deleted) index by index in sorted order give the dataset one-by-one adds give. */
class SortedQuadInserterTest {

    private final Random random = new Random(42);

    @Test
    void aSortedBatchEqualsAddingEachQuad() {
        List<Quad> quads = quads(5_000);
        DatasetGraph oneByOne = DatabaseMgr.createDatasetGraph();
        DatasetGraph batched = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(oneByOne, () -> quads.forEach(oneByOne::add));
        Txn.executeWrite(batched, () -> SortedQuadInserter.insert(batched, quads));
        assertSameByEveryIndex(oneByOne, batched, quads);
        assertTrue(Txn.calculateRead(batched, () -> batched.find().hasNext()));
    }

    @Test
    void aSortedDeleteEqualsDeletingEachQuad() {
        List<Quad> quads = quads(3_000);
        List<Quad> gone = new ArrayList<>();
        for (int i = 0; i < quads.size(); i += 2) gone.add(quads.get(i));
        // quads the store does not have: an unknown node, and known nodes in a new combination
        Node unknown = NodeFactory.createURI("http://example.org/never-stored");
        gone.add(Quad.create(node(0), unknown, node(1), node(2)));
        gone.add(Quad.create(quads.get(1).getGraph(), quads.get(3).getObject(), quads.get(1).getPredicate(), quads.get(5).getSubject()));
        DatasetGraph oneByOne = DatabaseMgr.createDatasetGraph();
        DatasetGraph batched = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(oneByOne, () -> {
            quads.forEach(oneByOne::add);
            gone.forEach(oneByOne::delete);
        });
        Txn.executeWrite(batched, () -> {
            SortedQuadInserter.insert(batched, quads);
            SortedQuadInserter.delete(batched, gone);
        });
        assertSameByEveryIndex(oneByOne, batched, quads);
        long left = Txn.calculateRead(batched, () -> (long) set(batched::find).size());
        assertTrue(left > 0 && left < quads.size(), "deleted some, not all: " + left);
    }

    /** Reads through each of the six quad indexes (and the default graph's triples): same answers. */
    private static void assertSameByEveryIndex(DatasetGraph expected, DatasetGraph actual, List<Quad> quads) {
        List<Quad> probes = quads.subList(0, 50);
        Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> {
            compare(expected, actual, "all", d -> d.find());
            for (Quad q : probes) {
                Node g = q.getGraph(), s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
                compare(expected, actual, "G " + q, d -> d.find(g, Node.ANY, Node.ANY, Node.ANY));
                compare(expected, actual, "GP " + q, d -> d.find(g, Node.ANY, p, Node.ANY));
                compare(expected, actual, "GO " + q, d -> d.find(g, Node.ANY, Node.ANY, o));
                compare(expected, actual, "S " + q, d -> d.find(Node.ANY, s, Node.ANY, Node.ANY));
                compare(expected, actual, "PO " + q, d -> d.find(Node.ANY, Node.ANY, p, o));
                compare(expected, actual, "O " + q, d -> d.find(Node.ANY, Node.ANY, Node.ANY, o));
            }
        }));
    }

    private static void compare(DatasetGraph expected, DatasetGraph actual, String what,
                                java.util.function.Function<DatasetGraph, java.util.Iterator<Quad>> find) {
        Set<String> e = set(() -> find.apply(expected));
        Set<String> a = set(() -> find.apply(actual));
        Set<String> missing = new TreeSet<>(e), unexpected = new TreeSet<>(a);
        missing.removeAll(a);
        unexpected.removeAll(e);
        assertEquals(e, a, what + ": missing " + missing + ", unexpected " + unexpected);
    }

    private static Set<String> set(java.util.function.Supplier<java.util.Iterator<Quad>> find) {
        Set<String> out = new TreeSet<>();
        find.get().forEachRemaining(q -> out.add(q.toString()));
        return out;
    }

    /** Named-graph quads over a small vocabulary (so indexes share prefixes), duplicates, default-graph quads. */
    private List<Quad> quads(int n) {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node g = random.nextInt(20) == 0 ? Quad.defaultGraphIRI : NodeFactory.createURI("http://example.org/g" + random.nextInt(40));
            Node s = random.nextInt(10) == 0 ? NodeFactory.createBlankNode("b" + random.nextInt(30)) : node(random.nextInt(300));
            Node p = NodeFactory.createURI("http://example.org/p" + random.nextInt(12));
            Node o = switch (random.nextInt(6)) {
                case 0 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(1000)), XSDDatatype.XSDinteger);
                case 1 -> NodeFactory.createLiteralLang("word " + random.nextInt(200), "en");
                case 2 -> NodeFactory.createLiteralDT("2020-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), XSDDatatype.XSDdate);
                case 3 -> NodeFactory.createLiteralString("text " + random.nextInt(500) + " \u00e9\u4e2d");
                default -> node(random.nextInt(300));
            };
            Quad q = Quad.create(g, s, p, o);
            out.add(q);
            if (random.nextInt(15) == 0) out.add(q);
        }
        return out;
    }

    private static Node node(int i) {
        return NodeFactory.createURI("http://example.org/n" + i);
    }
}
