package org.paperkg.reading;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.util.LongHashSet;

/**
 * Passes quads on, and tells {@link GraphOrigins} when a named graph begins, with the input file
 * being mapped (records come file by file, so the file is the number of files finished so far);
 * counts the distinct graphs.
 */
final class GraphStarts extends StreamRDFWrapper {

    private final GraphOrigins origins;
    private final LongHashSet seen = new LongHashSet();
    private Node current;
    private int file;

    GraphStarts(StreamRDF other, GraphOrigins origins) {
        super(other);
        this.origins = origins;
    }

    void nextFile() {
        file++;
    }

    long distinct() {
        return seen.size();
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (g != current && !g.equals(current) && !quad.isDefaultGraph()) {
            current = g;
            seen.add(LongHashSet.fingerprint(g.getURI()));
            origins.graphStarted(g, file);
        }
        super.quad(quad);
    }
}
