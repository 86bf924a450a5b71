package org.paperkg.store.mem;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The in-memory store of {@code serve PATH} and {@code query PATH}: the quads loaded at start in a
 * read-only {@link QuadIndex}, and what changes afterwards (the dataset description, updates when
 * they are enabled) in Jena's transactional in-memory dataset beside it; a quad of the index that
 * is deleted is remembered as deleted. Transactions are that dataset's, so readers see a
 * committed state and a failed write leaves nothing behind.
 * <p>
 * As TDB2 with {@code unionDefaultGraph}, the default graph is the union of the named graphs: it is
 * what queries see without a GRAPH clause. There is no stored default graph besides it; writing a
 * triple into the default graph is refused (every paperkg statement lives in a named graph).
 */
public final class MemQuadStore extends DatasetGraphBaseFind {

    private final QuadIndex base;
    private final DatasetGraph added = DatasetGraphFactory.createTxnMem();
    /** Quads of {@link #base} deleted by committed transactions (replaced whole, never changed). */
    private volatile Set<Quad> deleted = Set.of();
    /** Per transaction: the deleted set it reads (a writer's own copy, which it changes). */
    private final ThreadLocal<Set<Quad>> txnDeleted = new ThreadLocal<>();
    private final Graph union = new UnionGraph();
    private final Context context = new Context();

    MemQuadStore(QuadIndex base) {
        this.base = base;
        MemQueryEngine.register();
    }

    /** Quads loaded at start (the read-only part). */
    public long loadedQuads() {
        return base.size();
    }

    // ---- reading

    private Set<Quad> deletedView() {
        Set<Quad> d = txnDeleted.get();
        return d != null ? d : deleted;
    }

    private Predicate<Quad> alive() {
        Set<Quad> d = deletedView();
        return d.isEmpty() ? null : q -> !d.contains(q);
    }

    private Iterator<Quad> baseFind(Node g, Node s, Node p, Node o) {
        Iterator<Quad> it = base.find(g, s, p, o);
        Predicate<Quad> alive = alive();
        return alive == null ? it : Iter.filter(it, alive);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) return findInAnyNamedGraphs(s, p, o);
        return super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) return findInAnyNamedGraphs(s, p, o);
        if (Quad.isDefaultGraph(g)) return Collections.emptyIterator();
        return super.findNG(g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return Iter.map(unionTriples(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public Iterator<Triple> findInUnionGraph(Node s, Node p, Node o) {
        return unionTriples(s, p, o);
    }

    @Override
    public Iterator<Quad> findQuadsInUnionGraph(Node s, Node p, Node o) {
        return Iter.map(unionTriples(s, p, o), t -> Quad.create(Quad.unionGraph, t));
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return Iter.concat(baseFind(g, s, p, o), added.find(g, s, p, o));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return Iter.concat(baseFind(Node.ANY, s, p, o), added.findNG(Node.ANY, s, p, o));
    }

    /** Distinct triples of all named graphs: the index's, then the added ones the index lacks. */
    private Iterator<Triple> unionTriples(Node s, Node p, Node o) {
        Predicate<Quad> alive = alive();
        Iterator<Triple> fromBase = QuadIndex.triples(base.findUnion(s, p, o, alive));
        Iterator<Triple> fromAdded = Iter.filter(added.getUnionGraph().find(s, p, o),
                t -> !base.findUnion(t.getSubject(), t.getPredicate(), t.getObject(), alive).hasNext());
        return Iter.concat(fromBase, fromAdded);
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }

    @Override
    public Graph getUnionGraph() {
        return union;
    }

    @Override
    public Graph getGraph(Node g) {
        if (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) return union;
        return GraphView.createNamedGraph(this, g);
    }

    @Override
    public boolean containsGraph(Node g) {
        if (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) return true;
        Predicate<Quad> alive = alive();
        return base.hasGraph(g, alive == null ? q -> true : alive) || added.containsGraph(g);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        Predicate<Quad> alive = alive();
        Iterator<Node> fromBase = alive == null ? base.graphNodes() : Iter.filter(base.graphNodes(), g -> base.hasGraph(g, alive));
        Predicate<Quad> any = alive == null ? q -> true : alive;
        Iterator<Node> fromAdded = Iter.filter(added.listGraphNodes(), g -> !base.hasGraph(g, any));
        return Iter.concat(fromBase, fromAdded);
    }

    @Override
    public PrefixMap prefixes() {
        return added.prefixes();
    }

    @Override
    public Context getContext() {
        return context;
    }

    // ---- writing

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        Quad q = Quad.create(g, s, p, o);
        if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))
            throw new AddDeniedException("the default graph of the in-memory store is the union of its named graphs: add to a named graph");
        write(() -> {
            if (base.contains(q)) writerDeleted().remove(q);
            else added.add(q);
        });
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))
            throw new DeleteDeniedException("the default graph of the in-memory store is the union of its named graphs: delete from a named graph");
        Quad q = Quad.create(g, s, p, o);
        write(() -> {
            if (base.contains(q)) writerDeleted().add(q);
            else added.delete(q);
        });
    }

    @Override
    public void delete(Quad q) {
        delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        write(() -> DatasetGraphBaseFind.deleteAny(this, g, s, p, o));
    }

    @Override
    public void addGraph(Node g, Graph graph) {
        write(() -> {
            removeGraph(g);
            graph.find().forEachRemaining(t -> add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public void removeGraph(Node g) {
        deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    private Set<Quad> writerDeleted() {
        if (transactionMode() != ReadWrite.WRITE) throw new IllegalStateException("not in a write transaction");
        return txnDeleted.get();
    }

    /** Runs {@code change} in the current write transaction, or in one of its own. */
    private void write(Runnable change) {
        if (isInTransaction()) {
            change.run();
            return;
        }
        begin(TxnType.WRITE);
        try {
            change.run();
            commit();
        } finally {
            end();
        }
    }

    // ---- transactions: the added dataset's, with the deleted set published at commit

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        if (type == TxnType.WRITE) {
            added.begin(type);
            synchronized (this) {
                txnDeleted.set(new HashSet<>(deleted));
            }
        } else {
            synchronized (this) {
                added.begin(type);
                txnDeleted.set(deleted);
            }
        }
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        if (!added.promote(mode)) return false;
        synchronized (this) {
            txnDeleted.set(new HashSet<>(deleted));
        }
        return true;
    }

    @Override
    public void commit() {
        if (added.transactionMode() == ReadWrite.WRITE) {
            Set<Quad> mine = txnDeleted.get();
            synchronized (this) {
                added.commit();
                deleted = Collections.unmodifiableSet(mine);
            }
        } else {
            added.commit();
        }
    }

    @Override
    public void abort() {
        added.abort();
    }

    @Override
    public void end() {
        try {
            added.end();
        } finally {
            txnDeleted.remove();
        }
    }

    @Override
    public ReadWrite transactionMode() {
        return added.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return added.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return added.isInTransaction();
    }

    @Override
    public void close() {
        added.close();
    }

    /** The default graph: the union of the named graphs, read-only. */
    private final class UnionGraph extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
            return WrappedIterator.create(unionTriples(m.getMatchSubject(), m.getMatchPredicate(), m.getMatchObject()));
        }

        @Override
        public void performAdd(Triple t) {
            throw new AddDeniedException("the default graph of the in-memory store is the union of its named graphs: add to a named graph");
        }

        @Override
        public void performDelete(Triple t) {
            throw new DeleteDeniedException("the default graph of the in-memory store is the union of its named graphs: delete from a named graph");
        }
    }
}
