package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/** The number a {@code SELECT (COUNT(…) AS ?n)} query answers on a dataset. */
final class CountQuery {

    private CountQuery() {}

    static long of(DatasetGraph dsg, String query) {
        Node n = QueryExec.dataset(dsg).query(query).select().next().get("n");
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
