package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Adds quads to a dataset inside the caller's write transaction. The mapper writes each paper's
 * quads together, so when a new graph begins its old content is deleted first: loading a paper
 * again replaces its graph instead of adding to it.
 */
public final class GraphReplacingLoader extends StreamRDFBase {

    private final DatasetGraph dsg;
    private Node currentGraph;
    private long graphsReplaced;

    public GraphReplacingLoader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(currentGraph)) {
            currentGraph = g;
            if (dsg.containsGraph(g)) {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                graphsReplaced++;
            }
        }
        dsg.add(quad);
    }

    /** Graphs that existed before and were replaced. */
    public long graphsReplaced() {
        return graphsReplaced;
    }
}
