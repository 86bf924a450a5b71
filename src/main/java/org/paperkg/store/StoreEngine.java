package org.paperkg.store;

import org.apache.jena.graph.Node;

/**
 * What paperkg asks of the engine under a dataset beyond what {@link org.apache.jena.sparql.core.DatasetGraph}
 * says: counts an engine can answer from its own indexes, the scans behind the statistics' pair
 * rows, and whether it makes the union of the named graphs the default graph itself. Obtained with
 * {@link KgStore#engineOf}, so that no class outside store/ needs an engine's own classes. Call the
 * counts and scans inside a read transaction.
 */
public interface StoreEngine {

    /** The number of triples in the named graph {@code g} (0 when there is none). */
    long graphSize(Node g);

    /** The number of named graphs. */
    long graphCount();

    /** The number of statements in named graphs. */
    long quadCount();

    /** The scans of the co-mention and co-author rows. */
    PairScan pairScan();

    /**
     * Makes the default graph, as queries see it, the union of the named graphs when the engine
     * does that itself, and says so; false when the caller has to put a view in front.
     */
    boolean makeUnionDefault();

    /** True when queries on this dataset see the union of the named graphs as the default graph. */
    boolean unionDefault();
}
