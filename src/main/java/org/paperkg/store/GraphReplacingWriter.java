package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Adds quads to a dataset inside the caller's write transaction, each named graph's quads given
 * together: when a graph begins that the store already holds, its old content is deleted first, so
 * loading a paper (or an ontology file) again replaces its graph instead of adding to it.
 */
public final class GraphReplacingWriter extends StreamRDFBase {

    private final DatasetGraph dsg;
    private Node currentGraph;

    public GraphReplacingWriter(DatasetGraph dsg) {
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
