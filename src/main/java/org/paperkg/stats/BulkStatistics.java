package org.paperkg.stats;

import static org.paperkg.vocab.Terms.FOAF_PRIMARY_TOPIC;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.util.LongHashSet;
import org.paperkg.store.KgStore;

/**
 * The statistics of a bulk load, counted in the same pass as the quads go by, graph by graph (each
 * graph comes whole, once). Counts add up per paper, not per graph: a paper with graphs from
 * several sources is recounted from the loaded store at the end (its graphs together, minus each
 * alone). Authors are kept as 64-bit fingerprints, so memory stays small per person. The
 * co-mention and co-author pairs are counted from the same graphs ({@link PairTally}); those of the
 * focuses of papers with several graphs are counted from the loaded store.
 */
public final class BulkStatistics implements AutoCloseable {

    private final StatisticsGraph stats;
    private final Counts total = new Counts();
    private final LongHashSet authors = new LongHashSet();
    private final LongHashSet papers = new LongHashSet();
    private final Set<Node> papersWithSeveralGraphs = new LinkedHashSet<>();
    private final List<Quad> graph = new ArrayList<>();
    private final PairTally pairs;
    /** The focuses whose pairs are counted from the loaded store (of papers with several graphs). */
    private final Map<PairKind, Set<Node>> exact = new EnumMap<>(PairKind.class);
    private boolean pairsLoaded;
    private Node current;

    /** Spills the pairs' groups under {@code spillParent} (the system's temporary directory if null). */
    public BulkStatistics(String base, Path spillParent) {
        this(base, spillParent, PairTally.COUNTER_BUDGET);
    }

    /** The same, counting at most about {@code pairCounters} pairs a pass over the spill. */
    BulkStatistics(String base, Path spillParent, long pairCounters) {
        this.stats = new StatisticsGraph(base);
        this.pairs = new PairTally(spillParent, pairCounters);
        for (PairKind kind : PairKind.values()) exact.put(kind, new HashSet<>());
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
        pairs.graph(graph);
        graph.clear();
    }

    private void add(Counts c, int sign) {
        for (Map.Entry<Node, Long> e : c.authorPapers.entrySet())
            if (sign > 0 && e.getValue() > 0) authors.add(LongHashSet.fingerprint(e.getKey().toString()));
        c.authorPapers.clear();
        total.add(c, sign);
    }

    /**
     * Hands {@code out} the statistics graph's quads as counted so far, the pairs of the tracked
     * focuses included, to go into the bulk load with the data: its packed indexes take them at the
     * cost of any other quad, while the same quads inserted after the load cost ~50 µs each (every
     * insert splits a full block): 4–5 s of a 100 000-paper ingest for the rows, 30 s for the pairs
     * at a threshold of 1 000. {@link #finish} then writes only what differs: papers with several
     * graphs (recounted from the loaded store, with the pairs of their focuses), the other graphs'
     * rows and the totals they enter.
     */
    public void provisionalQuads(Consumer<Quad> out) {
        endGraph();
        Counts now = new Counts();
        now.add(total, 1);
        now.add(StatRow.of(StatKind.TOTAL), "authors", authors.size());
        // no focus is counted from the store yet (that is finish's, for papers with several
        // graphs), so the marks need no store here
        addMarks(now, null);
        now.prune();
        stats.render(now).forEach(out);
        pairs.pairQuads(now, stats, Map.of(), out);
        pairsLoaded = true;
    }

    /**
     * Writes the statistics graph into the loaded store, with rows for the other graphs given;
     * call inside its write transaction, after the load. Deletes the pairs' spill.
     */
    public void finish(DatasetGraph loaded, List<Node> otherGraphs) {
        try {
            Counts counts = counts(loaded, otherGraphs);
            if (!pairsLoaded) pairs.pairQuads(counts, stats, exact, loaded::add);
            stats.write(loaded, counts, exact);
        } finally {
            pairs.close();
        }
    }

    /**
     * The statistics graph's quads, for a store that takes them in with the load instead (the
     * in-memory store's read-only index); {@code loaded} is read, not written. Deletes the pairs'
     * spill.
     */
    public List<Quad> quads(DatasetGraph loaded, List<Node> otherGraphs) {
        try {
            Counts counts = counts(loaded, otherGraphs);
            List<Quad> out = stats.render(counts);
            pairs.pairQuads(counts, stats, exact, out::add);
            out.addAll(PairRows.quads(loaded, stats, counts, exact));
            return out;
        } finally {
            pairs.close();
        }
    }

    /** Deletes the pairs' spill (done by {@link #finish} and {@link #quads} too). */
    @Override
    public void close() {
        pairs.close();
    }

    /** Adds the focus marks; people of papers with several graphs counted in {@code loaded}. */
    private void addMarks(Counts counts, DatasetGraph loaded) {
        int t = PairRows.threshold();
        PairRows.addConceptMarks(counts, t);
        pairs.addPeopleMarks(counts, t, exact.get(PairKind.CO_AUTHOR),
                person -> PairRows.subjects(loaded, PairKind.CO_AUTHOR, person, Long.MAX_VALUE));
    }

    private Counts counts(DatasetGraph loaded, List<Node> otherGraphs) {
        endGraph();
        for (Node paper : papersWithSeveralGraphs) {
            Set<Node> graphs = PaperGraphs.graphsOf(loaded, paper);
            for (Node g : graphs) add(PaperCounts.of(PaperGraphs.quads(loaded, List.of(g))), -1);
            List<Quad> all = PaperGraphs.quads(loaded, graphs);
            add(PaperCounts.of(all), 1);
            PaperPairs together = PaperPairs.of(all);
            for (PairKind kind : PairKind.values())
                for (Set<Node> group : together.groups(kind)) exact.get(kind).addAll(group);
        }
        papersWithSeveralGraphs.clear();
        total.add(StatRow.of(StatKind.TOTAL), "authors", authors.size());
        addMarks(total, loaded);
        for (Node g : otherGraphs) total.add(StatRow.of(StatKind.GRAPH, g), "triples", KgStore.engineOf(loaded).graphSize(g));
        total.prune();
        return total;
    }
}
