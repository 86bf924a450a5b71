package org.paperkg.stats;

import static org.paperkg.vocab.Terms.*;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.store.KgStore;

/**
 * Counts the statistics from scratch by reading every paper's graphs: what the maintained graph must
 * equal, and how a store made before statistics existed gets them.
 */
public final class StatisticsRecount {

    private StatisticsRecount() {}

    /** Replaces the statistics graph with a fresh count; call inside a write transaction. */
    public static void rewrite(DatasetGraph dsg, String base) {
        rewrite(dsg, new StatisticsGraph(base));
    }

    static void rewrite(DatasetGraph dsg, StatisticsGraph stats) {
        stats.write(dsg, count(dsg, stats), null);
    }

    /** The statistics graph's triples as a fresh count would write them (read transaction). */
    public static java.util.List<Quad> expected(DatasetGraph dsg, String base) {
        StatisticsGraph stats = new StatisticsGraph(base);
        Counts counts = count(dsg, stats);
        java.util.List<Quad> out = stats.render(counts);
        out.addAll(PairRows.quads(dsg, stats, counts, null));
        return out;
    }

    /** The statistics graph's triples as stored. */
    public static java.util.List<Quad> stored(DatasetGraph dsg, String base) {
        StatisticsGraph stats = new StatisticsGraph(base);
        java.util.List<Quad> out = new java.util.ArrayList<>();
        dsg.find(stats.graph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    static Counts count(DatasetGraph dsg, StatisticsGraph stats) {
        Map<Node, Set<Node>> graphsByPaper = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, FOAF_PRIMARY_TOPIC, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getSubject().equals(q.getGraph()))
                graphsByPaper.computeIfAbsent(q.getObject(), p -> new LinkedHashSet<>()).add(q.getGraph());
        }
        Counts all = new Counts();
        graphsByPaper.values().forEach(graphs -> all.add(PaperCounts.of(PaperGraphs.quads(dsg, graphs)), 1));
        long authors = all.authorPapers.values().stream().filter(n -> n > 0).count();
        all.authorPapers.clear();
        all.add(StatRow.of(StatKind.TOTAL), "authors", authors);
        PairRows.addTracked(dsg, all);
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.equals(stats.graph()) || dsg.contains(g, g, RDF_TYPE, PKG_SOURCE_GRAPH)) continue;
            all.add(StatRow.of(StatKind.GRAPH, g), "triples", KgStore.engineOf(dsg).graphSize(g));
        }
        all.prune();
        return all;
    }
}
