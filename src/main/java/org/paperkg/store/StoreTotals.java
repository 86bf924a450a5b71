package org.paperkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** What a store holds: papers, named graphs and triples (statements in named graphs). */
public record StoreTotals(long papers, long graphs, long triples) {

    private static final String PAPERS = """
            SELECT (COUNT(DISTINCT ?paper) AS ?n) { GRAPH ?g { ?paper a <http://schema.org/ScholarlyArticle> } }""";

    /** Counted: papers by a query, graphs and triples as the store's engine counts them fastest. */
    public static StoreTotals of(DatasetGraph dsg) {
        StoreEngine engine = KgStore.engineOf(dsg);
        return Txn.calculateRead(dsg, () -> new StoreTotals(CountQuery.of(dsg, PAPERS), engine.graphCount(), engine.quadCount()));
    }

    @Override
    public String toString() {
        return "papers " + papers + ", graphs " + graphs + ", triples " + triples;
    }
}
