package org.paperkg.pipeline;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Counts the statements that pass through to the wrapped stream. */
public final class CountingStream extends StreamRDFWrapper {
    private long count;

    public CountingStream(StreamRDF other) {
        super(other);
    }

    @Override
    public void triple(Triple triple) {
        count++;
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        count++;
        super.quad(quad);
    }

    public long count() {
        return count;
    }
}
