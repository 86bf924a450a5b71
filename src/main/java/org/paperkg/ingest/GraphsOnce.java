package org.paperkg.ingest;

import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.util.LongHashSet;

/**
 * Passes quads on to a store that cannot replace what it wrote (a bulk load, the memory index) and
 * checks that each named graph comes in one piece, once. The identity plan makes sure of that (a
 * paper read twice is written once); a graph that came again would be a bug, and is refused rather
 * than stored as two graphs' quads.
 */
final class GraphsOnce extends StreamRDFBase {

    private final Consumer<Quad> out;
    private final LongHashSet graphs = new LongHashSet();
    private Node current;

    GraphsOnce(Consumer<Quad> out) {
        this.out = out;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (g != current && !g.equals(current)) {
            current = g;
            if (quad.isDefaultGraph() || !graphs.add(LongHashSet.fingerprint(g.getURI())))
                throw new IllegalStateException("graph <" + g + "> written twice, or a quad outside a named graph: the identity plan should have prevented it");
        }
        out.accept(quad);
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("a triple outside any paper graph: the mapper writes quads only");
    }
}
