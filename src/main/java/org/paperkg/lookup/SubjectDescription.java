package org.paperkg.lookup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.stats.StatisticsGraph;

/**
 * What the store says about a resource as subject, in any graph, and about its parts: the blank
 * nodes and the IRIs under it ({@code <iri>#…}, {@code <iri>/…}) that its statements reach, as
 * far as they go (a run's inputs and their checksums, a dataset's linksets). One index lookup per
 * node described, never a scan. The statistics graph's rows about a person or concept (co-author
 * and co-mention pairs, thousands for a prolific author) are bookkeeping, left out unless the
 * statistics themselves are asked for.
 */
final class SubjectDescription {

    private final Node statsGraph;
    /** Every row of the statistics graph is {@code <base>stats} or under it ({@code <base>stats/…}). */
    private final String statsRowPrefix;

    SubjectDescription(StatisticsGraph statistics) {
        this.statsGraph = statistics.graph();
        this.statsRowPrefix = statistics.totals().getURI();
    }

    /** The statements about {@code iri} and its parts. */
    void describe(DatasetGraph dsg, Node iri, Description out) {
        boolean statistics = iri.isURI() && iri.getURI().startsWith(statsRowPrefix);
        String under = iri.isURI() ? iri.getURI() : null;
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(iri);
        seen.add(iri);
        while (!todo.isEmpty()) {
            out.each(dsg.find(Node.ANY, todo.poll(), Node.ANY, Node.ANY), q -> {
                if (!statistics && statsGraph.equals(q.getGraph())) return;
                out.add(q);
                Node o = q.getObject();
                if (isPart(o, under) && seen.add(o)) todo.add(o);
            });
        }
    }

    /** The statements about {@code iri} itself, without its parts. */
    void describeOnly(DatasetGraph dsg, Node iri, Description out) {
        out.each(dsg.find(Node.ANY, iri, Node.ANY, Node.ANY), q -> {
            if (!statsGraph.equals(q.getGraph())) out.add(q);
        });
    }

    /** True for the statistics graph. */
    boolean isStatistics(Node graph) {
        return statsGraph.equals(graph);
    }

    private static boolean isPart(Node o, String under) {
        if (o.isBlank()) return true;
        if (!o.isURI() || under == null) return false;
        String s = o.getURI();
        return s.length() > under.length() + 1 && s.startsWith(under)
                && (s.charAt(under.length()) == '#' || s.charAt(under.length()) == '/');
    }
}
