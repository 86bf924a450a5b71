package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.search.TextIndexKeeper;
import org.paperkg.stats.StatisticsKeeper;
import org.paperkg.vocab.Terms;

/**
 * Watches the quads on their way into a transactional store and tells the statistics what they
 * change, before the store changes: a graph the store already holds is about to be replaced (its
 * paper is read back as it was), a graph joins its paper ({@code foaf:primaryTopic}), and a new
 * paper's one graph is complete (counted from its quads, not read back). The text index is told
 * each graph written. The writer after it only writes.
 */
final class StatisticsObserver extends StreamRDFWrapper {

    private final DatasetGraph dsg;
    private final StatisticsKeeper statistics;
    private final TextIndexKeeper text;
    private Node currentGraph;
    /**
     * The current graph's new papers and its quads, while the statistics may count them from the
     * quads (a list: the mapper writes each quad of a paper once, NoDuplicateQuadsTest); once the
     * graph turns out to be an existing paper's, its quads are no longer kept.
     */
    private final List<Node> currentPapers = new ArrayList<>();
    private final List<Quad> currentQuads = new ArrayList<>();
    private boolean keepQuads;

    StatisticsObserver(DatasetGraph dsg, StatisticsKeeper statistics, TextIndexKeeper text, StreamRDF writer) {
        super(writer);
        this.dsg = dsg;
        this.statistics = statistics;
        this.text = text;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(currentGraph)) {
            graphComplete();
            currentGraph = g;
            keepQuads = true;
            text.graphWritten(g);
            if (dsg.containsGraph(g))
                dsg.find(g, g, Terms.FOAF_PRIMARY_TOPIC, Node.ANY).forEachRemaining(q -> statistics.beforeChange(q.getObject()));
        }
        // the graph joins its paper with this quad: until then the paper's count cannot see it
        if (quad.getPredicate().equals(Terms.FOAF_PRIMARY_TOPIC) && quad.getSubject().equals(g)) {
            if (statistics.joins(quad.getObject(), g)) currentPapers.add(quad.getObject());
            else keepQuads = false;
        }
        if (keepQuads) currentQuads.add(quad);
        super.quad(quad);
    }

    @Override
    public void finish() {
        graphComplete();
        super.finish();
    }

    /** Tells the statistics the graph being written is complete (the mapper writes a graph's quads together). */
    private void graphComplete() {
        if (keepQuads && !currentPapers.isEmpty()) statistics.graphComplete(currentGraph, currentPapers, currentQuads);
        currentPapers.clear();
        currentQuads.clear();
    }
}
