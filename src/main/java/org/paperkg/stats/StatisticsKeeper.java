package org.paperkg.stats;

import static org.paperkg.vocab.Terms.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.store.KgStore;

/**
 * Keeps the statistics graph exact through one write transaction: writers say which papers they
 * are about to change ({@link #beforeChange}) and which other graphs they wrote; {@link #update}
 * then adds, for each such paper, its counts after the change minus its counts before, reading only
 * those papers' graphs. A store without statistics (made before they existed) gets them counted
 * from scratch instead.
 * <p>
 * A paper that had no graph before the transaction and gets exactly one, written whole by the
 * loader ({@link #joins}, {@link #graphComplete}), is counted from that graph's quads as they are
 * written: its counts before are nothing, and reading it back (a tenth of an incremental ingest of
 * new papers) would only find the same quads. Any further change to such a paper in the same
 * transaction takes it back out (its graph is still as counted when it is told) and it is read
 * back like the others.
 */
public final class StatisticsKeeper {

    private final DatasetGraph dsg;
    private final StatisticsGraph stats;
    private final boolean incremental;
    /**
     * Each paper told about is in one of three places: read back from the store at the end
     * ({@code papers}), new with its one graph being written ({@code pending}: paper → graph), or
     * new and counted from that graph's quads ({@code counted}, with its pairs; the counts summed
     * in {@code fresh}).
     */
    private final Set<Node> papers = new LinkedHashSet<>();
    private final Map<Node, Node> pending = new HashMap<>();
    private final Map<Node, PaperPairs> counted = new HashMap<>();
    private final Counts fresh = new Counts();
    private final Set<Node> otherGraphs = new LinkedHashSet<>();
    private final Counts before = new Counts();
    private final List<PaperPairs> pairsBefore = new ArrayList<>();

    /** Call inside the write transaction, before anything is written. */
    public StatisticsKeeper(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.stats = new StatisticsGraph(base);
        this.incremental = stats.exists(dsg) || isEmpty(dsg);
    }

    private static boolean isEmpty(DatasetGraph dsg) {
        return !dsg.find().hasNext();
    }

    /** The paper {@code paper} is about to change (a graph of it replaced, added, merged away). */
    public void beforeChange(Node paper) {
        if (!incremental) return;
        if (known(paper)) countedNoMore(paper);
        else readBack(paper);
    }

    /**
     * The loader is about to link {@code graph} to {@code paper} (its {@code foaf:primaryTopic});
     * true when the paper is new, so the loader is to give the graph's quads to
     * {@link #graphComplete} once it is written.
     */
    public boolean joins(Node paper, Node graph) {
        if (!incremental) return false;
        if (known(paper)) countedNoMore(paper);
        else if (PaperGraphs.graphsOf(dsg, paper).isEmpty()) pending.put(paper, graph);
        else readBack(paper);
        return graph.equals(pending.get(paper));
    }

    private boolean known(Node paper) {
        return papers.contains(paper) || pending.containsKey(paper) || counted.containsKey(paper);
    }

    /**
     * All quads of {@code graph}, which {@link #joins} linked to {@code papers}, are written. A graph
     * of one new paper is that paper's counts and pairs; the papers of a graph of several (which the
     * mapper never writes) are read back, since one graph's counts cannot be split between them.
     */
    public void graphComplete(Node graph, List<Node> papers, Iterable<Quad> quads) {
        if (papers.size() != 1) {
            for (Node paper : papers)
                if (graph.equals(pending.get(paper))) {
                    pending.remove(paper);
                    this.papers.add(paper);
                }
            return;
        }
        Node paper = papers.get(0);
        if (!graph.equals(pending.get(paper))) return;
        pending.remove(paper);
        counted.put(paper, PaperPairs.of(quads));
        fresh.add(PaperCounts.of(quads), 1);
    }

    private void readBack(Node paper) {
        papers.add(paper);
        List<Quad> quads = quadsOf(paper);
        before.add(PaperCounts.of(quads), 1);
        pairsBefore.add(PaperPairs.of(quads));
    }

    private List<Quad> quadsOf(Node paper) {
        return PaperGraphs.quads(dsg, PaperGraphs.graphsOf(dsg, paper));
    }

    /** A new paper changes again: it had nothing before, and from now on it is read back. */
    private void countedNoMore(Node paper) {
        if (pending.remove(paper) != null) papers.add(paper);
        else if (counted.remove(paper) != null) {
            fresh.add(PaperCounts.of(quadsOf(paper)), -1);
            papers.add(paper);
        }
    }

    /** A graph that is not a paper graph (an ontology, the description) was written or replaced. */
    public void graphWritten(Node graph) {
        otherGraphs.add(graph);
    }

    /** Brings the statistics graph up to date with what was written; call before the commit. */
    public void update() {
        if (!incremental) {
            StatisticsRecount.rewrite(dsg, stats);
            return;
        }
        Counts delta = new Counts();
        delta.add(before, -1);
        delta.add(fresh, 1);
        // a graph the loader never said was complete: read back like the others
        papers.addAll(pending.keySet());
        List<PaperPairs> pairsAfter = new ArrayList<>(counted.values());
        for (Node paper : papers) {
            List<Quad> quads = quadsOf(paper);
            delta.add(PaperCounts.of(quads), 1);
            pairsAfter.add(PaperPairs.of(quads));
        }
        PairRows.addChanges(dsg, stats, delta, pairsBefore, pairsAfter);
        long authors = authorsChange(delta.authorPapers);
        Map<Node, Long> graphSizes = new java.util.LinkedHashMap<>();
        for (Node g : otherGraphs) if (!g.equals(stats.graph())) graphSizes.put(g, KgStore.engineOf(dsg).graphSize(g));
        new StatisticsUpdate(dsg, stats).apply(delta, authors, graphSizes);
    }

    /**
     * Authors are people who are the creator of at least one paper. For each person whose number of
     * papers changed by d, the store says how many they have now (counted up to what decides it),
     * and now − d is how many they had.
     */
    private long authorsChange(Map<Node, Long> changes) {
        Graph union = dsg.getUnionGraph();
        long change = 0;
        for (Map.Entry<Node, Long> e : changes.entrySet()) {
            long d = e.getValue();
            if (d == 0) continue;
            long now = papersOf(union, e.getKey(), d > 0 ? d + 1 : 1);
            boolean isNow = now > 0, wasBefore = now - d > 0;
            change += (isNow ? 1 : 0) - (wasBefore ? 1 : 0);
        }
        return change;
    }

    private static long papersOf(Graph union, Node person, long enough) {
        Set<Node> seen = new HashSet<>();
        for (Iterator<Triple> it = union.find(Node.ANY, DCT_CREATOR, person); it.hasNext() && seen.size() < enough; ) {
            Node paper = it.next().getSubject();
            if (!seen.contains(paper) && union.contains(paper, RDF_TYPE, PAPER_CLASS)) seen.add(paper);
        }
        return seen.size();
    }
}
