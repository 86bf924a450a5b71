package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.paperkg.query.UnionDefaultDataset;

/** The CLI serves TDB2 databases: union default graph and the endpoint limits must hold there too. */
class Tdb2EndpointTest {

    @Test
    void tdb2UnionDefaultGraphTimeoutAndServiceRefusal() throws Exception {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        DatasetGraph mem = TestData.papers(200);
        Txn.executeWrite(tdb, () -> Txn.executeRead(mem, () -> mem.find().forEachRemaining(tdb::add)));

        DatasetGraph served = UnionDefaultDataset.of(tdb);
        assertSame(tdb, served);
        assertTrue(tdb.getContext().isTrue(TDB2.symUnionDefaultGraph));

        try (EmbeddedEndpoint ep = EmbeddedEndpoint.start(served,
                ServeOptions.builder().port(0).timeout(Duration.ofSeconds(1)).build());
             ConnectionCounter listener = new ConnectionCounter()) {
            String sparql = ep.datasetUrl() + "/sparql";

            HttpResponse<String> titles = Http.query(sparql, "SELECT ?t { ?p <" + TestData.TITLE + "> ?t } ORDER BY ?t");
            assertEquals(200, titles.statusCode(), titles.body());
            assertEquals(List.of("Aspirin and headaches", "Beta blockers revisited"), ReadOnlyEndpointTest.column(titles, "t"));

            long start = System.nanoTime();
            HttpResponse<String> runaway = Http.query(sparql, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
            assertEquals(503, runaway.statusCode(), runaway.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(4)) < 0);

            HttpResponse<String> service = Http.query(sparql,
                    "SELECT * { SERVICE <http://127.0.0.1:" + listener.port() + "/x> { ?s ?p ?o } }");
            assertTrue(service.statusCode() >= 400 && service.statusCode() < 500, service.statusCode() + " " + service.body());

            long before = Txn.calculateRead(tdb, () -> (long) tdb.stream().count());
            HttpResponse<String> update = Http.post(ep.datasetUrl() + "/update", "application/sparql-update",
                    "INSERT DATA { <" + TestData.EX + "x> <" + TestData.EX + "p> 1 }");
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, String.valueOf(update.statusCode()));
            assertEquals(before, Txn.calculateRead(tdb, () -> (long) tdb.stream().count()));
            assertFalse(Txn.calculateRead(tdb, () -> tdb.contains(Quad.defaultGraphIRI, TestData.uri("x"), TestData.uri(TestData.EX + "p"), org.apache.jena.graph.Node.ANY)));

            Thread.sleep(200);
            assertEquals(0, listener.accepted());
        }
    }
}
