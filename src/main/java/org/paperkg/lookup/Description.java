package org.paperkg.lookup;

import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The statements gathered to describe one resource, kept in the graphs they came from (for TriG and
 * N-Quads) and merged (for the triple formats). Bounded twice, as a query on the server is: at most
 * {@code maxStatements} quads ({@link TooLarge} beyond), and no longer than the server's query
 * timeout ({@link TimedOut}); both are checked as each statement arrives.
 */
public final class Description {

    private final DatasetGraph quads = DatasetGraphFactory.createGeneral();
    private final Graph triples = GraphFactory.createDefaultGraph();
    private final long maxStatements;
    private final long deadline;
    private final Duration timeout;
    private long added;

    Description(long maxStatements, Duration timeout) {
        this.maxStatements = maxStatements;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    void add(Quad q) {
        checkTime();
        Node g = q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
        if (quads.contains(g, q.getSubject(), q.getPredicate(), q.getObject())) return;
        if (++added > maxStatements) throw new TooLarge(maxStatements);
        quads.add(g, q.getSubject(), q.getPredicate(), q.getObject());
        triples.add(q.asTriple());
    }

    void addAll(Iterator<Quad> it) {
        each(it, this::add);
    }

    /**
     * Runs {@code action} on each quad of a store iterator and closes it, also when the action
     * stops the lookup. Each quad also counts against the timeout: a lookup may read many it does not keep.
     */
    void each(Iterator<Quad> it, Consumer<Quad> action) {
        try {
            while (it.hasNext()) {
                checkTime();
                action.accept(it.next());
            }
        } finally {
            Iter.close(it);
        }
    }

    private void checkTime() {
        if (System.nanoTime() - deadline > 0) throw new TimedOut(timeout);
    }

    /** True when nothing was found: the resource is unknown to the store. */
    public boolean isEmpty() {
        return triples.isEmpty();
    }

    /** The statements in the graphs they are stated in. */
    public DatasetGraph quads() {
        return quads;
    }

    /** The statements merged into one graph. */
    public Graph triples() {
        return triples;
    }

    /** More statements than a lookup answers. */
    public static final class TooLarge extends RuntimeException {
        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " statements", null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** The lookup ran longer than the server's query timeout. */
    public static final class TimedOut extends RuntimeException {
        private final Duration timeout;

        TimedOut(Duration timeout) {
            super("longer than " + timeout, null, false, false);
            this.timeout = timeout;
        }

        public Duration timeout() {
            return timeout;
        }
    }
}
