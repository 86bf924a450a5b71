package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.paperkg.query.UnionDefaultDataset;

/** Query responses are held until complete, within a bound: a larger result is an error, never a cut 200. */
class HeldResponseTest {

    @Test
    void aResultOverTheBoundIsAnErrorAndSmallerOnesAndTheGraphStoreAreUnaffected() {
        try (EmbeddedEndpoint ep = EmbeddedEndpoint.start(UnionDefaultDataset.of(TestData.papers(2000)),
                ServeOptions.builder().port(0).timeout(Duration.ofSeconds(10)).maxResultBytes(50_000).build())) {
            String sparql = ep.datasetUrl() + "/sparql";
            HttpResponse<String> big = Http.query(sparql, "SELECT * { ?s ?p ?o }");
            assertEquals(500, big.statusCode(), big.body().substring(0, Math.min(200, big.body().length())));
            assertTrue(big.body().contains("larger than this endpoint's limit of 50000 bytes"), big.body());

            HttpResponse<String> small = Http.query(sparql, "SELECT * { ?s ?p ?o } LIMIT 10");
            assertEquals(200, small.statusCode(), small.body());
            assertEquals(10, ReadOnlyEndpointTest.column(small, "s").size());

            // the Graph Store Protocol is not a query: it streams as before, whatever its size
            HttpResponse<String> graph = Http.get(ep.datasetUrl() + "/data?graph=" + Http.encode(TestData.FILLER.getURI()), "application/n-triples");
            assertEquals(200, graph.statusCode());
            assertTrue(graph.body().length() > 50_000, "the whole graph: " + graph.body().length());
        }
    }
}
