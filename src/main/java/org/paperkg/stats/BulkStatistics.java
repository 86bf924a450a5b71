package org.paperkg.stats;

import static org.paperkg.vocab.Terms.FOAF_PRIMARY_TOPIC;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.util.LongHashSet;

/**
 * The statistics of a bulk load, counted in the same pass as the quads go by, graph by graph (each
 * graph comes whole, once). Counts add up per paper, not per graph: a paper with graphs from
 * several sources is recounted from the loaded store at the end (its graphs together, minus each
 * alone). Authors are kept as 64-bit fingerprints, so memory stays small per person.
 */
public final class BulkStatistics {

    private final StatisticsGraph stats;
    private final Counts total = new Counts();
    private final LongHashSet authors = new LongHashSet();
    private final LongHashSet papers = new LongHashSet();
    private final Set<Node> papersWithSeveralGraphs = new LinkedHashSet<>();
    private final List<Quad> graph = new ArrayList<>();
    private Node current;

    public BulkStatistics(String base) {
        this.stats = new StatisticsGraph(base);
    }

    /** Sees one quad of the load; the quads of a graph come together. */
    public void quad(Quad q) {
        Node g = q.getGraph();
        if (g != current && !g.equals(current)) {
            endGraph();
            current = g;
        }
        graph.add(q);
    }

    private void endGraph() {
        if (graph.isEmpty()) return;
        for (Quad q : graph)
            if (q.getPredicate().equals(FOAF_PRIMARY_TOPIC) && q.getSubject().equals(q.getGraph())
                    && !papers.add(LongHashSet.fingerprint(q.getObject().toString())))
                papersWithSeveralGraphs.add(q.getObject());
        add(PaperCounts.of(graph), 1);
        graph.clear();
    }

    private void add(Counts c, int sign) {
        for (Map.Entry<Node, Long> e : c.authorPapers.entrySet())
            if (sign > 0 && e.getValue() > 0) authors.add(LongHashSet.fingerprint(e.getKey().toString()));
        c.authorPapers.clear();
        total.add(c, sign);
    }

    /**
     * The statistics graph's quads as counted so far, to go into the bulk load with the data: its
     * packed indexes take them at the cost of any other quad, while the same quads inserted after
     * the load cost ~50 µs each (every insert splits a full block): 4–5 s of a 100 000-paper ingest.
     * {@link #finish} then writes only what differs: papers with several graphs (recounted from
     * the loaded store), the other graphs' rows and the totals they enter.
     */
    public List<Quad> provisionalQuads() {
        endGraph();
        Counts now = new Counts();
        now.add(total, 1);
        now.add(StatRow.of(StatKind.TOTAL), "authors", authors.size());
        now.prune();
        return stats.render(now);
    }

    /**
     * Writes the statistics graph into the loaded store, with rows for the other graphs given;
     * call inside its write transaction, after the load.
     */
    public void finish(DatasetGraph loaded, List<Node> otherGraphs) {
        Counts counts = counts(loaded, otherGraphs);
        long start = System.nanoTime();
        stats.write(loaded, counts);
        if (System.getenv("PAPERKG_DEBUG") != null)
            System.err.printf(java.util.Locale.ROOT, "statistics: %d rows written in %.1f s%n", counts.rows.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * The statistics graph's quads, for a store that takes them in with the load instead (the
     * in-memory store's read-only index); {@code loaded} is read, not written.
     */
    public List<Quad> quads(DatasetGraph loaded, List<Node> otherGraphs) {
        Counts counts = counts(loaded, otherGraphs);
        List<Quad> out = stats.render(counts);
        out.addAll(PairRows.quads(loaded, stats, counts));
        return out;
    }

    private Counts counts(DatasetGraph loaded, List<Node> otherGraphs) {
        endGraph();
        for (Node paper : papersWithSeveralGraphs) {
            Set<Node> graphs = PaperGraphs.graphsOf(loaded, paper);
            for (Node g : graphs) add(PaperCounts.of(PaperGraphs.quads(loaded, List.of(g))), -1);
            add(PaperCounts.of(PaperGraphs.quads(loaded, graphs)), 1);
        }
        papersWithSeveralGraphs.clear();
        PairRows.addTracked(loaded, total);
        total.add(StatRow.of(StatKind.TOTAL), "authors", authors.size());
        for (Node g : otherGraphs) total.add(StatRow.of(StatKind.GRAPH, g), "triples", StatisticsKeeper.size(loaded, g));
        total.prune();
        return total;
    }
}
