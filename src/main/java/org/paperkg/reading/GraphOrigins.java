package org.paperkg.reading;

import org.apache.jena.graph.Node;

/** Told, each time the mapping starts writing a named graph, which input file of the run it comes from. */
@FunctionalInterface
public interface GraphOrigins {

    GraphOrigins NONE = (graph, file) -> {};

    /** {@code file}: the 0-based position of the file in the run's inputs ({@link RunSummary#inputs()}). */
    void graphStarted(Node graph, int file);
}
