package org.paperkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What a bulk load of an empty database writes ({@link KgStore#bulkLoad}): the engine stores, the
 * caller decides what. First the quads, each named graph's together and once (a bulk load cannot
 * replace what it wrote); then, once they are indexed, what the caller writes in the staging store
 * inside one write transaction before the database switches to it.
 */
public interface BulkWork<T> {

    /** Writes the quads to load to {@code out}; {@code scratch} is a directory for spill files, deleted after the load. */
    T quads(Consumer<Quad> out, Path scratch) throws IOException;

    /** Called once the quads are indexed, inside a write transaction on the staging store. */
    void finish(DatasetGraph staging, T loaded) throws IOException;
}
