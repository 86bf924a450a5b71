package org.paperkg.store;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads gathered for the in-memory index ({@link KgStore#memoryIndex}), then sorted once into a
 * read-only store whose default graph is the union of its named graphs. What must be computed from
 * the loaded quads (the statistics) is asked of the sorted store and added to it.
 */
public interface MemoryIndexBuilder {

    /** Adds a quad (the same quad twice is kept once). */
    void add(Quad quad);

    long count();

    /**
     * Sorts the quads into the store; {@code more} is given that store read-only (inside a read
     * transaction) and answers the quads to add to it.
     */
    DatasetGraph build(Function<DatasetGraph, List<Quad>> more);
}
