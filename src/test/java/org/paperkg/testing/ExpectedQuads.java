package org.paperkg.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;

/**
 * A hand-written expectation for a card case, read from TriG, checked against what the mapper
 * produced. The rules keep expected files short while still catching extra output:
 * <ul>
 *   <li>The named graphs of the expectation are exactly the paper graphs produced.</li>
 *   <li>A triple without blank nodes must be present.</li>
 *   <li>Closed (subject, predicate): for every IRI subject and predicate written, the produced values
 *       are exactly the ones written; any other value is listed as unexpected.</li>
 *   <li>Blank nodes stand for nodes whose IRIs are minted from hashes (annotations, targets,
 *       selectors): each group of triples connected by blank nodes is a pattern that must match
 *       (blank nodes bind consistently to some node).</li>
 * </ul>
 * An optional "absent" file lists patterns (same reading) that must NOT match, e.g. an
 * unresolved mention that must have no {@code oa:hasBody}.
 */
public final class ExpectedQuads {

    private ExpectedQuads() {}

    public static DatasetGraph read(Path trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(trig).strict(true).errorHandler(StrictRiot.FAIL_ON_WARNING).parse(dsg);
        return dsg;
    }

    /** Checks {@code actual} against the expectation (and absent patterns, when not null). */
    public static void check(DatasetGraph expected, DatasetGraph absent, DatasetGraph actual) {
        List<String> problems = new ArrayList<>();
        Set<String> expectedGraphs = graphNames(expected);
        Set<String> actualGraphs = graphNames(actual);
        if (!expectedGraphs.equals(actualGraphs))
            problems.add("paper graphs: expected " + expectedGraphs + " but produced " + actualGraphs);
        if (!actual.getDefaultGraph().isEmpty())
            problems.add("the default graph holds " + actual.getDefaultGraph().size() + " triples; all output belongs to paper graphs");

        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Iterator<Node> it = expected.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            Graph exp = expected.getGraph(g);
            Graph act = actual.getGraph(g);
            for (List<Triple> component : components(exp)) {
                if (component.size() == 1 && isGround(component.get(0))) {
                    Triple t = component.get(0);
                    if (!act.contains(t)) missing.add(GraphAssert.format(t) + "  GRAPH " + GraphAssert.node(g));
                } else if (!matches(component, act)) {
                    patterns.add(describePattern(g, component, act));
                }
            }
            // closed (subject, predicate) pairs
            Map<String, Triple> seen = new LinkedHashMap<>();
            exp.find().forEachRemaining(t -> {
                if (t.getSubject().isURI()) seen.putIfAbsent(t.getSubject() + " " + t.getPredicate(), t);
            });
            for (Triple key : seen.values()) {
                boolean allGround = exp.find(key.getSubject(), key.getPredicate(), Node.ANY).toList().stream().allMatch(ExpectedQuads::isGround);
                if (!allGround) continue;
                act.find(key.getSubject(), key.getPredicate(), Node.ANY).forEachRemaining(t -> {
                    if (!exp.contains(t)) unexpected.add(GraphAssert.format(t) + "  GRAPH " + GraphAssert.node(g));
                });
            }
        }
        List<String> present = new ArrayList<>();
        if (absent != null) {
            for (Iterator<Node> it = absent.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                for (List<Triple> component : components(absent.getGraph(g)))
                    if (matches(component, actual.getGraph(g)))
                        present.add("  GRAPH " + GraphAssert.node(g) + " {" + formatAll(component) + " }");
            }
        }
        if (problems.isEmpty() && missing.isEmpty() && unexpected.isEmpty() && patterns.isEmpty() && present.isEmpty()) return;
        StringBuilder sb = new StringBuilder("output differs from the expectation");
        problems.forEach(p -> sb.append("\n  ").append(p));
        section(sb, "missing (expected, not produced)", missing);
        section(sb, "unexpected (produced for a subject/predicate the expectation closes)", unexpected);
        section(sb, "patterns with no match", patterns);
        section(sb, "patterns that must be absent but matched", present);
        fail(sb.toString());
    }

    private static void section(StringBuilder sb, String title, List<String> items) {
        if (items.isEmpty()) return;
        sb.append("\n  ").append(title).append(':');
        items.stream().sorted().forEach(s -> sb.append("\n    ").append(s));
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(GraphAssert.node(n)));
        return names;
    }

    private static boolean isGround(Triple t) {
        return !t.getSubject().isBlank() && !t.getObject().isBlank();
    }

    /** Triples grouped by shared blank nodes; a ground triple is a group of its own. */
    static List<List<Triple>> components(Graph g) {
        Map<Node, Node> parent = new HashMap<>();
        List<Triple> all = g.find().toList();
        for (Triple t : all) {
            if (t.getSubject().isBlank() && t.getObject().isBlank()) union(parent, t.getSubject(), t.getObject());
            else if (t.getSubject().isBlank()) find(parent, t.getSubject());
            else if (t.getObject().isBlank()) find(parent, t.getObject());
        }
        Map<Node, List<Triple>> byRoot = new LinkedHashMap<>();
        List<List<Triple>> out = new ArrayList<>();
        for (Triple t : all) {
            Node b = t.getSubject().isBlank() ? t.getSubject() : t.getObject().isBlank() ? t.getObject() : null;
            if (b == null) out.add(List.of(t));
            else byRoot.computeIfAbsent(find(parent, b), k -> new ArrayList<>()).add(t);
        }
        out.addAll(byRoot.values());
        return out;
    }

    private static Node find(Map<Node, Node> parent, Node n) {
        Node p = parent.computeIfAbsent(n, k -> k);
        if (p.equals(n)) return n;
        Node root = find(parent, p);
        parent.put(n, root);
        return root;
    }

    private static void union(Map<Node, Node> parent, Node a, Node b) {
        parent.put(find(parent, a), find(parent, b));
    }

    private static boolean matches(List<Triple> pattern, Graph g) {
        BasicPattern bp = new BasicPattern();
        for (Triple t : pattern) bp.add(Triple.create(var(t.getSubject()), t.getPredicate(), var(t.getObject())));
        QueryIterator it = Algebra.exec(new OpBGP(bp), g);
        try {
            return it.hasNext();
        } finally {
            it.close();
        }
    }

    private static Node var(Node n) {
        return n.isBlank() ? Var.alloc("b" + Integer.toHexString(n.getBlankNodeLabel().hashCode() & 0x7fffffff)) : n;
    }

    private static String describePattern(Node g, List<Triple> pattern, Graph act) {
        StringBuilder sb = new StringBuilder("GRAPH ").append(GraphAssert.node(g)).append(" {").append(formatAll(pattern)).append(" }");
        List<String> alone = new ArrayList<>();
        for (Triple t : pattern) if (!matches(List.of(t), act)) alone.add(GraphAssert.format(t));
        if (alone.isEmpty()) sb.append("\n      every triple matches on its own, but no one set of nodes satisfies them all together");
        else alone.forEach(s -> sb.append("\n      no match at all for: ").append(s));
        return sb.toString();
    }

    private static String formatAll(List<Triple> triples) {
        StringBuilder sb = new StringBuilder();
        for (Triple t : triples) sb.append("\n      ").append(GraphAssert.format(t));
        return sb.toString();
    }
}
