package org.paperkg.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.vocab.Terms;

/**
 * Adds a change to the stored statistics touching only the rows it changes and the derived values
 * that depend on them (distinct concepts of the store, of a type, of a scheme; a concept's first
 * name; the other graphs' totals), so a small ingest costs little however large the store is.
 */
final class StatisticsUpdate {

    private final DatasetGraph dsg;
    private final StatisticsGraph stats;
    private final Node graph;

    StatisticsUpdate(DatasetGraph dsg, StatisticsGraph stats) {
        this.dsg = dsg;
        this.stats = stats;
        this.graph = stats.graph();
    }

    /**
     * Adds {@code delta} (rows), {@code authors} to the authors total, and sets the GRAPH rows in
     * {@code graphSizes} (a size of 0 removes the row).
     */
    void apply(Counts delta, long authors, Map<Node, Long> graphSizes) {
        StatRow totalRow = StatRow.of(StatKind.TOTAL);
        Map<Node, Node> totalProps = props(stats.totals());
        long[] total = counters(StatKind.TOTAL, totalProps);
        long concepts = number(totalProps.get(StatisticsGraph.pkg("concepts")));
        long otherGraphs = number(totalProps.get(StatisticsGraph.pkg("otherGraphs")));
        long otherTriples = number(totalProps.get(StatisticsGraph.pkg("otherGraphTriples")));
        total[StatKind.TOTAL.counter("authors")] += authors;

        Map<StatRow, long[]> changed = new HashMap<>();
        Map<StatRow, long[]> before = new HashMap<>();      // the stored counters of the changed rows
        Map<Node, Long> typeConcepts = new HashMap<>();      // change of distinct concepts per type
        Map<Node, Long> schemeConcepts = new HashMap<>();    // change of distinct concepts per scheme
        Set<StatRow> renamed = new HashSet<>();              // TOP rows whose first name may change
        for (Map.Entry<StatRow, long[]> e : delta.rows.entrySet()) {
            StatRow row = e.getKey();
            if (Counts.zero(e.getValue())) continue;
            if (row.kind() == StatKind.TOTAL) {
                for (int i = 0; i < total.length; i++) total[i] += e.getValue()[i];
                continue;
            }
            long[] old = row.kind().pair() ? new long[] {stats.pairValue(dsg, row)} : counters(row.kind(), props(stats.rowIri(row)));
            long[] now = old.clone();
            for (int i = 0; i < now.length; i++) now[i] += e.getValue()[i];
            changed.put(row, now);
            before.put(row, old);
            int appeared = (Counts.zero(old) ? 0 : -1) + (Counts.zero(now) ? 0 : 1);
            switch (row.kind()) {
                case CONCEPT -> concepts += appeared;
                case TYPE_CONCEPT -> typeConcepts.merge(row.key(0), (long) appeared, Long::sum);
                case CONCEPT_SCHEME -> {
                    if (row.key(1).isLiteral()) schemeConcepts.merge(row.key(1), (long) appeared, Long::sum);
                }
                case NAME -> renamed.add(StatRow.of(StatKind.TOP, row.key(0), row.key(1), row.key(2)));
                case TOP -> renamed.add(row);
                default -> { }
            }
        }
        for (Map.Entry<Node, Long> e : graphSizes.entrySet()) {
            StatRow row = StatRow.of(StatKind.GRAPH, e.getKey());
            long[] old = counters(StatKind.GRAPH, props(stats.rowIri(row)));
            otherGraphs += (Counts.zero(old) ? 0 : -1) + (e.getValue() > 0 ? 1 : 0);
            otherTriples += e.getValue() - old[0];
            changed.put(row, new long[] {e.getValue()});
            before.put(row, old);
        }
        // type rows whose distinct concepts changed are rewritten too
        for (Node type : typeConcepts.keySet()) {
            StatRow row = StatRow.of(StatKind.TYPE, type);
            if (!changed.containsKey(row)) {
                long[] stored = counters(StatKind.TYPE, props(stats.rowIri(row)));
                changed.put(row, stored);
                before.put(row, stored.clone());
            }
        }

        // write the changed rows (the rows are written whole: delete, then add)
        Map<StatRow, List<StatRow>> changedNames = new HashMap<>();
        for (StatRow r : changed.keySet())
            if (r.kind() == StatKind.NAME)
                changedNames.computeIfAbsent(StatRow.of(StatKind.TOP, r.key(0), r.key(1), r.key(2)), k -> new ArrayList<>()).add(r);
        Map<StatRow, Node> names = new HashMap<>();
        for (StatRow top : renamed) names.put(top, firstName(top, changed, changedNames.getOrDefault(top, List.of())));
        List<Quad> add = new ArrayList<>();
        List<Quad> remove = new ArrayList<>();
        for (Map.Entry<StatRow, long[]> e : changed.entrySet()) {
            StatRow row = e.getKey();
            long[] was = before.get(row), now = e.getValue();
            if (row.kind().pair()) {
                if (!Counts.zero(was)) remove.add(stats.pairQuad(row, was[0]));
                if (!Counts.zero(now)) add.add(stats.pairQuad(row, now[0]));
                continue;
            }
            Node s = stats.rowIri(row);
            boolean typeOrTop = row.kind() == StatKind.TYPE || row.kind() == StatKind.TOP;
            Map<Node, Node> old = typeOrTop ? props(s) : Map.of();
            if (Counts.zero(now)) {
                dsg.deleteAny(graph, s, Node.ANY, Node.ANY);
                continue;
            }
            if (Counts.zero(was)) {
                dsg.deleteAny(graph, s, Node.ANY, Node.ANY);
                stats.row(add, s, row.kind(), row, now);
            } else {
                // the row stays: only the counters that moved are replaced
                for (int i = 0; i < now.length; i++)
                    if (now[i] != was[i]) {
                        String c = row.kind().counters.get(i);
                        remove.add(stats.quad(s, c, StatisticsGraph.integer(was[i])));
                        add.add(stats.quad(s, c, StatisticsGraph.integer(now[i])));
                    }
            }
            if (row.kind() == StatKind.TYPE) {
                Node oldValue = old.get(StatisticsGraph.pkg("concepts"));
                long n = number(oldValue) + typeConcepts.getOrDefault(row.key(0), 0L);
                if (oldValue != null) remove.add(stats.quad(s, "concepts", oldValue));
                add.add(stats.quad(s, "concepts", StatisticsGraph.integer(n)));
            }
            if (row.kind() == StatKind.TOP) {
                Node oldName = old.get(StatisticsGraph.pkg("name"));
                Node name = names.containsKey(row) ? names.get(row) : oldName;
                if (oldName != null) remove.add(stats.quad(s, "name", oldName));
                if (name != null) add.add(stats.quad(s, "name", name));
            }
        }
        remove.forEach(dsg::delete);
        // a TOP row whose names changed but whose counts did not
        for (Map.Entry<StatRow, Node> e : names.entrySet()) {
            if (changed.containsKey(e.getKey())) continue;
            Node s = stats.rowIri(e.getKey());
            dsg.deleteAny(graph, s, StatisticsGraph.pkg("name"), Node.ANY);
            if (e.getValue() != null && dsg.contains(graph, s, Terms.RDF_TYPE, Node.ANY)) add.add(stats.quad(s, "name", e.getValue()));
        }
        for (Map.Entry<Node, Long> e : schemeConcepts.entrySet()) {
            if (e.getValue() == 0) continue;
            Node s = stats.schemeIri(e.getKey());
            long n = number(props(s).get(StatisticsGraph.pkg("concepts"))) + e.getValue();
            dsg.deleteAny(graph, s, Node.ANY, Node.ANY);
            if (n <= 0) continue;
            add.add(new Quad(graph, s, Terms.RDF_TYPE, StatisticsGraph.SCHEME_ROW_CLASS));
            add.add(stats.quad(s, "statScheme", e.getKey()));
            add.add(stats.quad(s, "concepts", StatisticsGraph.integer(n)));
        }
        Node t = stats.totals();
        dsg.deleteAny(graph, t, Node.ANY, Node.ANY);
        stats.row(add, t, StatKind.TOTAL, totalRow, total);
        add.add(stats.formatQuad());
        add.add(stats.quad(t, "concepts", StatisticsGraph.integer(concepts)));
        add.add(stats.quad(t, "otherGraphs", StatisticsGraph.integer(otherGraphs)));
        add.add(stats.quad(t, "otherGraphTriples", StatisticsGraph.integer(otherTriples)));
        add.forEach(dsg::add);
    }

    /** The first (smallest) surface form among a TOP row's names that still have mentions. */
    private Node firstName(StatRow top, Map<StatRow, long[]> changed, List<StatRow> changedNames) {
        Node best = null;
        Node nameClass = StatisticsGraph.pkg(StatKind.NAME.className);
        Set<StatRow> seen = new HashSet<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, StatisticsGraph.pkg("statConcept"), top.key(1)); it.hasNext(); ) {
            Node s = it.next().getSubject();
            if (!dsg.contains(graph, s, Terms.RDF_TYPE, nameClass)) continue;
            Map<Node, Node> p = props(s);
            StatRow name = StatRow.of(StatKind.NAME, p.get(StatisticsGraph.pkg("statEntityType")), top.key(1),
                    p.get(StatisticsGraph.pkg("statScheme")), p.get(StatisticsGraph.pkg("statName")));
            if (!name.key(0).equals(top.key(0)) || !java.util.Objects.equals(name.key(2), top.key(2))) continue;
            seen.add(name);
            long[] v = changed.containsKey(name) ? changed.get(name) : counters(StatKind.NAME, p);
            if (!Counts.zero(v)) best = min(best, name.key(3));
        }
        for (StatRow r : changedNames)
            if (!seen.contains(r) && !Counts.zero(changed.get(r))) best = min(best, r.key(3));
        return best;
    }

    private static Node min(Node a, Node b) {
        if (a == null) return b;
        return StatisticsGraph.lexical(a).compareTo(StatisticsGraph.lexical(b)) <= 0 ? a : b;
    }

    private Map<Node, Node> props(Node s) {
        Map<Node, Node> out = new HashMap<>();
        dsg.find(graph, s, Node.ANY, Node.ANY).forEachRemaining(q -> out.put(q.getPredicate(), q.getObject()));
        return out;
    }

    private static long[] counters(StatKind kind, Map<Node, Node> props) {
        long[] v = new long[kind.counters.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(props.get(StatisticsGraph.pkg(kind.counters.get(i))));
        return v;
    }

    private static long number(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
