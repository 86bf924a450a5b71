package org.paperkg.push;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Cuts the mapping's quad stream into paper graphs. The mapper writes each paper graph as one
 * contiguous run of quads (as {@code ShardedNQuads} relies on too), so a graph is complete when
 * the next one begins or the stream finishes.
 */
public final class GraphCollector implements StreamRDF {

    private final Consumer<PaperGraph> out;
    private Node current;
    private List<Triple> triples = new ArrayList<>();

    public GraphCollector(Consumer<PaperGraph> out) {
        this.out = out;
    }

    @Override public void start() {}
    @Override public void base(String base) {}
    @Override public void prefix(String prefix, String iri) {}

    @Override
    public void triple(Triple triple) {
        throw new IllegalStateException("push sends named paper graphs only; the mapping wrote a triple to the default graph: " + triple);
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) triple(quad.asTriple());
        if (!quad.getGraph().equals(current)) flush();
        current = quad.getGraph();
        triples.add(quad.asTriple());
    }

    /** Hands on the last graph. */
    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (current == null || triples.isEmpty()) return;
        PaperGraph g = PaperGraph.of(current, triples);
        triples = new ArrayList<>();
        current = null;
        out.accept(g);
    }
}
