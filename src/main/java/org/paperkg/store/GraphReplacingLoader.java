package org.paperkg.store;

import java.util.ArrayList;
import java.util.List;

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
 */
public final class GraphReplacingLoader extends StreamRDFBase {

    private final DatasetGraph dsg;
    private final StatisticsKeeper statistics;
    private Node currentGraph;
    private long graphsReplaced;
    /**
     * The current graph's new papers and its quads, while the statistics may count them from the
     * quads (a list: the mapper writes each quad of a paper once, NoDuplicateQuadsTest); once the
     * graph turns out to be an existing paper's, its quads are no longer kept.
     */
    private final List<Node> currentPapers = new ArrayList<>();
    private final List<Quad> currentQuads = new ArrayList<>();
    private boolean keepQuads;

    public GraphReplacingLoader(DatasetGraph dsg) {
        this(dsg, null);
    }

    /** {@code statistics}, when given, is told which papers change before they do. */
    public GraphReplacingLoader(DatasetGraph dsg, StatisticsKeeper statistics) {
        this.dsg = dsg;
        this.statistics = statistics;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(currentGraph)) {
            graphComplete();
            currentGraph = g;
            keepQuads = statistics != null;
            if (dsg.containsGraph(g)) {
                if (statistics != null)
                    dsg.find(g, g, Terms.FOAF_PRIMARY_TOPIC, Node.ANY).forEachRemaining(q -> statistics.beforeChange(q.getObject()));
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                graphsReplaced++;
            }
        }
        // the graph joins its paper with this quad: until then the paper's count cannot see it
        if (statistics != null && quad.getPredicate().equals(Terms.FOAF_PRIMARY_TOPIC) && quad.getSubject().equals(g)) {
            if (statistics.joins(quad.getObject(), g)) currentPapers.add(quad.getObject());
            else keepQuads = false;
        }
        if (keepQuads) currentQuads.add(quad);
        dsg.add(quad);
    }

    @Override
    public void finish() {
        graphComplete();
    }

    /** Tells the statistics the graph being written is complete (the mapper writes a graph's quads together). */
    private void graphComplete() {
        if (keepQuads && !currentPapers.isEmpty()) statistics.graphComplete(currentGraph, currentPapers, currentQuads);
        currentPapers.clear();
        currentQuads.clear();
    }

    /** Graphs that existed before and were replaced. */
    public long graphsReplaced() {
        return graphsReplaced;
    }
}
