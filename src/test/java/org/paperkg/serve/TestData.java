package org.paperkg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** A small paper graph: two papers, each in its own named graph, plus filler for slow queries. */
final class TestData {

    static final String EX = "http://example.org/";
    static final String TITLE = "http://purl.org/dc/terms/title";
    static final Node GRAPH_1 = NodeFactory.createURI(EX + "graph/paper1");
    static final Node GRAPH_2 = NodeFactory.createURI(EX + "graph/paper2");
    static final Node FILLER = NodeFactory.createURI(EX + "graph/filler");

    private TestData() {}

    /** In-memory dataset with {@code fillerTriples} extra triples in a third named graph. */
    static DatasetGraph papers(int fillerTriples) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.add(GRAPH_1, uri("paper1"), uri(TITLE), NodeFactory.createLiteralString("Aspirin and headaches"));
            dsg.add(GRAPH_1, uri("paper1"), uri(EX + "mentions"), uri("aspirin"));
            dsg.add(GRAPH_2, uri("paper2"), uri(TITLE), NodeFactory.createLiteralString("Beta blockers revisited"));
            for (int i = 0; i < fillerTriples; i++)
                dsg.add(FILLER, uri("s" + i), uri(EX + "p"), NodeFactory.createLiteralString("o" + i));
        });
        return dsg;
    }

    static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    static boolean contains(DatasetGraph dsg, Quad quad) {
        return Txn.calculateRead(dsg, () -> dsg.contains(quad));
    }

    static Node uri(String localOrFull) {
        return NodeFactory.createURI(localOrFull.startsWith("http") ? localOrFull : EX + localOrFull);
    }
}
