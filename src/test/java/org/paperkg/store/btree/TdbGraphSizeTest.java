package org.paperkg.store.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.paperkg.store.KgStore;

/** Graph sizes as the engines count them: TDB2 from the GSPO index's key range, any other store by finding. */
class TdbGraphSizeTest {

    private static Node iri(String s) {
        return NodeFactory.createURI("http://example.org/" + s);
    }

    /** Graphs made one after another (neighbouring node ids), of different sizes, one empty, one absent. */
    private static Map<Node, Integer> fill(DatasetGraph dsg) {
        Map<Node, Integer> sizes = new LinkedHashMap<>();
        Txn.executeWrite(dsg, () -> {
            for (int g = 0; g < 5; g++) {
                Node graph = iri("g" + g);
                int n = g == 2 ? 0 : 1 + g * 700;
                for (int i = 0; i < n; i++)
                    dsg.add(new Quad(graph, iri("s" + (i % 37)), iri("p" + (i % 3)), NodeFactory.createLiteralString(g + "-" + i)));
                sizes.put(graph, n);
            }
            // a triple in the default graph and the same triple in another graph count for neither
            dsg.add(Quad.defaultGraphIRI, iri("s0"), iri("p0"), iri("o"));
            dsg.add(iri("other"), iri("s0"), iri("p0"), iri("o"));
        });
        sizes.put(iri("absent"), 0);
        return sizes;
    }

    private static void assertSizes(DatasetGraph dsg, Map<Node, Integer> sizes) {
        Txn.executeRead(dsg, () -> sizes.forEach((g, n) -> {
            long found = 0;
            for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) found++;
            assertEquals(n.longValue(), found, "the test's own count of " + g);
            assertEquals(n.longValue(), KgStore.engineOf(dsg).graphSize(g), "the engine's size of " + g);
        }));
    }

    @Test
    void countsEachGraphOfATdb2StoreFromItsIndexRange() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        assertNotNull(Txn.calculateRead(dsg, () -> TdbGraphSize.gspo(TDBInternal.getDatasetGraphTDB(dsg))), "the GSPO index is found, so its range is what is tested");
        assertSizes(dsg, fill(dsg));
    }

    @Test
    void countsEachGraphOfAnotherStoreByFinding() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        assertSizes(dsg, fill(dsg));
    }
}
