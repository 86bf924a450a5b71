package org.paperkg.lookup;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/** A named graph: its statements (one index range) and where it came from ({@link GraphProvenance}). */
final class GraphDescription {

    private final GraphProvenance provenance;

    GraphDescription(GraphProvenance provenance) {
        this.provenance = provenance;
    }

    void describe(DatasetGraph dsg, Node graph, Description out) {
        out.addAll(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY));
        provenance.describe(dsg, graph, out);
    }
}
