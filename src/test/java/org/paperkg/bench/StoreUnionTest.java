package org.paperkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.paperkg.query.UnionDefaultDataset;

class StoreUnionTest {

    private static final String EX = "http://example.org/";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** The big store: paper 1 and the name of person a; the recent one: paper 2, written by a too. */
    private static StoreUnion twoStores() {
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        base.add(iri("g1"), iri("paper1"), iri("creator"), iri("a"));
        base.add(iri("people"), iri("a"), iri("name"), NodeFactory.createLiteralString("Ada"));
        base.add(Quad.defaultGraphIRI, iri("base"), iri("is"), iri("default"));
        DatasetGraph recent = DatasetGraphFactory.createTxnMem();
        recent.add(iri("g2"), iri("paper2"), iri("creator"), iri("a"));
        recent.add(Quad.defaultGraphIRI, iri("recent"), iri("is"), iri("default"));
        return new StoreUnion(List.of(base, recent));
    }

    private static Set<String> select(DatasetGraph dsg, String var, String query) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(row -> out.add(row.get(var).toString()));
            }
        });
        return out;
    }

    @Test
    void namedGraphsOfEveryStoreAreQueried() {
        assertEquals(Set.of(EX + "g1", EX + "people", EX + "g2"),
                select(twoStores(), "g", "SELECT ?g { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void aJoinReachesAcrossStores() {
        // paper2 is in the recent store, the name of its author in the big one
        assertEquals(Set.of(EX + "paper1 Ada", EX + "paper2 Ada"),
                select(twoStores(), "row", "SELECT (CONCAT(STR(?paper), ' ', ?n) AS ?row) "
                        + "{ GRAPH ?g { ?paper <" + EX + "creator> ?a } GRAPH ?h { ?a <" + EX + "name> ?n } }"));
    }

    @Test
    void servedAsPaperkgServesItTheDefaultGraphIsTheUnionOfTheNamedGraphs() {
        assertEquals(Set.of(EX + "paper1", EX + "paper2", EX + "a"),
                select(UnionDefaultDataset.of(twoStores()), "s", "SELECT DISTINCT ?s { ?s ?p ?o }"));
    }

    @Test
    void theStoredDefaultGraphsAreReadFromEveryStore() {
        StoreUnion union = twoStores();
        List<Quad> found = new ArrayList<>();
        Txn.executeRead(union, () -> union.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(found::add));
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void writesAreRefused() {
        StoreUnion union = twoStores();
        assertThrows(UnsupportedOperationException.class, () -> union.add(iri("g3"), iri("s"), iri("p"), iri("o")));
        assertThrows(UnsupportedOperationException.class, () -> union.begin(TxnType.WRITE));
        assertThrows(IllegalArgumentException.class, () -> new StoreUnion(List.of()));
    }
}
