package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.stats.StatisticsKeeper;
import org.paperkg.vocab.Terms;

/**
 * Adds quads to a dataset inside the caller's write transaction. The mapper writes each paper's
 * quads together, so when a new graph begins its old content is deleted first: loading a paper
 * again replaces its graph instead of adding to it.
 * <p>
 * The quads are held back and added in sorted batches ({@link SortedQuadInserter}): a flush happens
 * when the batch is full, at {@link #finish}, when a held-back graph is written again, and whenever
 * a reader of the transaction needs to see them ({@link #flush}; the paper index and merges do).
 */
public final class GraphReplacingLoader extends StreamRDFBase {

    /** System property: quads held back before a flush (default from the heap; 1 adds each quad at once). */
    public static final String BATCH_PROPERTY = "paperkg.writeBatch";

    private final DatasetGraph dsg;
    private final StatisticsKeeper statistics;
    private Node currentGraph;
    private long graphsReplaced;
    private final int batchLimit;
    private final List<Quad> pending = new ArrayList<>();
    private final Set<Node> pendingGraphs = new HashSet<>();
    private Runnable afterFlush = () -> { };

    public GraphReplacingLoader(DatasetGraph dsg) {
        this(dsg, null);
    }

    /** {@code statistics}, when given, is told which papers change before they do. */
    public GraphReplacingLoader(DatasetGraph dsg, StatisticsKeeper statistics) {
        this.dsg = dsg;
        this.statistics = statistics;
        // about 200 bytes of heap a held-back quad: a tenth of the heap at most
        int fit = (int) Math.max(10_000, Math.min(2_000_000, Runtime.getRuntime().maxMemory() / 2_000));
        this.batchLimit = Math.max(1, Integer.getInteger(BATCH_PROPERTY, fit));
    }

    /** {@code r} runs after each flush: everything written so far is then in the dataset. */
    public void afterFlush(Runnable r) {
        this.afterFlush = r;
    }

    /** Adds the held-back quads to the dataset. */
    public void flush() {
        if (!pending.isEmpty()) {
            SortedQuadInserter.insert(dsg, pending);
            pending.clear();
            pendingGraphs.clear();
        }
        afterFlush.run();
    }

    @Override
    public void finish() {
        flush();
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(currentGraph)) {
            currentGraph = g;
            if (pendingGraphs.contains(g)) flush();
            if (dsg.containsGraph(g)) {
                if (statistics != null)
                    dsg.find(g, g, Terms.FOAF_PRIMARY_TOPIC, Node.ANY).forEachRemaining(q -> statistics.beforeChange(q.getObject()));
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                graphsReplaced++;
            }
        }
        // the graph joins its paper with this quad: until then the paper's count cannot see it
        if (statistics != null && quad.getPredicate().equals(Terms.FOAF_PRIMARY_TOPIC) && quad.getSubject().equals(g))
            statistics.beforeChange(quad.getObject());
        pending.add(quad);
        pendingGraphs.add(g);
        if (pending.size() >= batchLimit) flush();
    }

    /** Graphs that existed before and were replaced. */
    public long graphsReplaced() {
        return graphsReplaced;
    }
}
