package org.paperkg.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 */
public final class GraphReplacingLoader extends StreamRDFBase {

    private final DatasetGraph dsg;
    private final StatisticsKeeper statistics;
    private Node currentGraph;
    private long graphsReplaced;
    /** The current graph's papers and quads (as a set: the store keeps a quad written twice once), for the statistics. */
    private final List<Node> currentPapers = new ArrayList<>();
    private final Set<Quad> currentQuads = new LinkedHashSet<>();

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
            if (dsg.containsGraph(g)) {
                if (statistics != null)
                    dsg.find(g, g, Terms.FOAF_PRIMARY_TOPIC, Node.ANY).forEachRemaining(q -> statistics.beforeChange(q.getObject()));
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                graphsReplaced++;
            }
        }
        if (statistics != null) {
            // the graph joins its paper with this quad: until then the paper's count cannot see it
            if (quad.getPredicate().equals(Terms.FOAF_PRIMARY_TOPIC) && quad.getSubject().equals(g)) {
                statistics.joins(quad.getObject(), g);
                currentPapers.add(quad.getObject());
            }
            currentQuads.add(quad);
        }
        dsg.add(quad);
    }

    @Override
    public void finish() {
        graphComplete();
    }

    /** Tells the statistics the graph being written is complete (the mapper writes a graph's quads together). */
    private void graphComplete() {
        if (statistics != null && !currentPapers.isEmpty()) statistics.graphComplete(currentGraph, currentPapers, currentQuads);
        currentPapers.clear();
        currentQuads.clear();
    }

    /** Graphs that existed before and were replaced. */
    public long graphsReplaced() {
        return graphsReplaced;
    }
}
