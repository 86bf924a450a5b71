package org.paperkg.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Adds quads to a dataset inside the caller's write transaction. The mapper writes each paper
 * graph's quads together, so when a graph begins that the store already holds, its old content is
 * deleted first: loading a paper again replaces its graph instead of adding to it.
 */
final class ReplacingWriter extends StreamRDFBase {

    private final DatasetGraph dsg;
    private Node currentGraph;

    ReplacingWriter(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(currentGraph)) {
            currentGraph = g;
            if (dsg.containsGraph(g)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        dsg.add(quad);
    }
}
