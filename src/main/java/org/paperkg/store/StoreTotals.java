package org.paperkg.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.paperkg.stats.GraphSize;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.store.mem.MemQuadStore;

/** What a store holds: papers, named graphs and triples (statements in named graphs). */
public record StoreTotals(long papers, long graphs, long triples) {

    private static final String PAPERS = """
            SELECT (COUNT(DISTINCT ?paper) AS ?n) { GRAPH ?g { ?paper a <http://purl.org/spar/fabio/JournalArticle> } }""";
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }";
    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    public static StoreTotals of(DatasetGraph dsg) {
        // the in-memory store counts its quads and graphs without a query's bindings (seconds at 100k papers)
        if (dsg instanceof MemQuadStore)
            return Txn.calculateRead(dsg, () -> new StoreTotals(count(dsg, PAPERS), Iter.count(dsg.listGraphNodes()),
                    Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY))));
        return Txn.calculateRead(dsg, () -> new StoreTotals(count(dsg, PAPERS), count(dsg, GRAPHS), count(dsg, TRIPLES)));
    }

    /**
     * The same from the statistics graph when the store has one (no scan), else counted; the
     * statistics graph itself is one graph more, its triples counted as it is small.
     */
    public static StoreTotals quick(DatasetGraph dsg, StatisticsGraph stats) {
        return Txn.calculateRead(dsg, () -> {
            if (!stats.exists(dsg)) return of(dsg);
            long own = GraphSize.of(dsg, stats.graph());
            return new StoreTotals(stats.total(dsg, "papers"),
                    stats.total(dsg, "sourceGraphs") + stats.total(dsg, "otherGraphs") + 1,
                    stats.total(dsg, "sourceGraphTriples") + stats.total(dsg, "otherGraphTriples") + own);
        });
    }

    private static long count(DatasetGraph dsg, String query) {
        Node n = QueryExec.dataset(dsg).query(query).select().next().get("n");
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    @Override
    public String toString() {
        return "papers " + papers + ", graphs " + graphs + ", triples " + triples;
    }
}
