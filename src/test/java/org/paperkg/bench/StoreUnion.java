package org.paperkg.bench;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * Several stores read as one dataset: what serving a big store beside a small one of recent papers
 * would look like (issue 6, the LSM-like design an increment of 2% of the full load would need).
 * <p>
 * Read-only. The stores are assumed to hold different quads (a new paper's graph in the recent
 * store only): a quad held by two stores is returned twice, and the statistics rows of each store
 * are returned side by side, not summed. So the answers are not those of a finished design, and the
 * times are a lower bound of its cost: ARQ's general engine evaluates the query over the stores'
 * {@code find}s, as it must for any union of stores (TDB2's own engine joins on the node ids of one
 * store's node table).
 */
final class StoreUnion extends DatasetGraphBaseFind {

    private final List<DatasetGraph> stores;

    StoreUnion(List<DatasetGraph> stores) {
        if (stores.isEmpty()) throw new IllegalArgumentException("no stores");
        this.stores = List.copyOf(stores);
    }

    private <T> Iterator<T> fromEach(Function<DatasetGraph, Iterator<T>> find) {
        Iterator<T> all = find.apply(stores.get(0));
        for (DatasetGraph store : stores.subList(1, stores.size())) all = Iter.concat(all, find.apply(store));
        return all;
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return fromEach(store -> store.find(Quad.defaultGraphIRI, s, p, o));
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return fromEach(store -> store.find(g, s, p, o));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return fromEach(store -> store.findNG(Node.ANY, s, p, o));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return fromEach(DatasetGraph::listGraphNodes);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public PrefixMap prefixes() {
        return stores.get(0).prefixes();
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a union of stores is read-only");
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        if (type != TxnType.READ) throw readOnly();
        for (DatasetGraph store : stores) store.begin(TxnType.READ);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {
        for (DatasetGraph store : stores) store.commit();
    }

    @Override
    public void abort() {
        for (DatasetGraph store : stores) store.abort();
    }

    @Override
    public void end() {
        for (DatasetGraph store : stores) store.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return stores.get(0).transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return stores.get(0).transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return stores.get(0).isInTransaction();
    }
}
