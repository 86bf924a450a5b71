package org.paperkg.store;

import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The engine of any dataset, asked only through {@link DatasetGraph}: graphs counted by finding
 * their triples, totals by queries, pairs by {@link FindPairScan}; its default graph is a stored
 * graph of its own. The engines in store.btree and store.mem extend it where their indexes answer
 * faster.
 */
public class ScanningEngine implements StoreEngine {

    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }";
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    protected final DatasetGraph dsg;

    public ScanningEngine(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public long graphSize(Node g) {
        long n = 0;
        for (Iterator<?> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
        return n;
    }

    @Override
    public long graphCount() {
        return CountQuery.of(dsg, GRAPHS);
    }

    @Override
    public long quadCount() {
        return CountQuery.of(dsg, QUADS);
    }

    @Override
    public PairScan pairScan() {
        return new FindPairScan(dsg);
    }

    @Override
    public boolean makeUnionDefault() {
        return false;
    }

    @Override
    public boolean unionDefault() {
        return false;
    }
}
