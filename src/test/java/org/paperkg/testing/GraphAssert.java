package org.paperkg.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.paperkg.vocab.Vocab;

/**
 * Graph and dataset comparison for golden tests. On failure the message lists the missing and the
 * unexpected triples/quads (sorted, in N-Quads-like form with the output prefixes), never just
 * "not equal". Comparison is by isomorphism; paperkg emits no blank nodes, so the lists are the
 * exact set differences.
 */
public final class GraphAssert {

    private static final int MAX_LISTED = 200;
    private static final PrefixMap PREFIXES = PrefixMapFactory.create(Vocab.PREFIXES);

    private GraphAssert() {}

    /** Expected and actual datasets are isomorphic (default graph and every named graph). */
    public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        if (IsoMatcher.isomorphic(expected, actual)) return;
        List<Quad> missing = difference(expected, actual);
        List<Quad> unexpected = difference(actual, expected);
        fail(report("datasets differ", missing.stream().map(GraphAssert::format).toList(),
                unexpected.stream().map(GraphAssert::format).toList(), hasBlankNodes(expected) || hasBlankNodes(actual)));
    }

    /** Expected and actual graphs are isomorphic. */
    public static void assertIsomorphic(Graph expected, Graph actual) {
        assertIsomorphic(null, expected, actual);
    }

    public static void assertIsomorphic(String label, Graph expected, Graph actual) {
        if (expected.isIsomorphicWith(actual)) return;
        List<String> missing = difference(expected, actual).stream().map(GraphAssert::format).toList();
        List<String> unexpected = difference(actual, expected).stream().map(GraphAssert::format).toList();
        boolean bnodes = expected.find().toList().stream().anyMatch(GraphAssert::hasBlankNode)
                || actual.find().toList().stream().anyMatch(GraphAssert::hasBlankNode);
        fail(report(label == null ? "graphs differ" : label + ": graphs differ", missing, unexpected, bnodes));
    }

    /** Quads of {@code a} that {@code b} does not contain (blank nodes compared by label). */
    public static List<Quad> difference(DatasetGraph a, DatasetGraph b) {
        List<Quad> out = new ArrayList<>();
        for (Iterator<Quad> it = a.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (!b.contains(q)) out.add(q);
        }
        out.sort(Comparator.comparing(GraphAssert::format));
        return out;
    }

    public static List<Triple> difference(Graph a, Graph b) {
        List<Triple> out = new ArrayList<>();
        a.find().forEachRemaining(t -> {
            if (!b.contains(t)) out.add(t);
        });
        out.sort(Comparator.comparing(GraphAssert::format));
        return out;
    }

    static String report(String headline, List<String> missing, List<String> unexpected, boolean bnodes) {
        StringBuilder sb = new StringBuilder(headline).append(": ")
                .append(missing.size()).append(" missing, ").append(unexpected.size()).append(" unexpected");
        if (bnodes) sb.append(" (blank nodes present: the lists compare them by label and may overstate the difference)");
        list(sb, "missing (expected, not produced)", missing);
        list(sb, "unexpected (produced, not expected)", unexpected);
        return sb.toString();
    }

    private static void list(StringBuilder sb, String title, List<String> items) {
        if (items.isEmpty()) return;
        sb.append("\n  ").append(title).append(':');
        items.stream().limit(MAX_LISTED).forEach(s -> sb.append("\n    ").append(s));
        if (items.size() > MAX_LISTED) sb.append("\n    … and ").append(items.size() - MAX_LISTED).append(" more");
    }

    public static String format(Quad q) {
        String graph = q.isDefaultGraph() ? "" : "  GRAPH " + node(q.getGraph());
        return node(q.getSubject()) + " " + node(q.getPredicate()) + " " + node(q.getObject()) + " ." + graph;
    }

    public static String format(Triple t) {
        return node(t.getSubject()) + " " + node(t.getPredicate()) + " " + node(t.getObject()) + " .";
    }

    public static String node(Node n) {
        return NodeFmtLib.str(n, PREFIXES);
    }

    private static boolean hasBlankNodes(DatasetGraph dsg) {
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getGraph().isBlank() || hasBlankNode(q.asTriple())) return true;
        }
        return false;
    }

    private static boolean hasBlankNode(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }
}
