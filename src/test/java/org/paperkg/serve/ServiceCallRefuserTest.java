package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The refusal in ARQ itself, next to what ARQ does without it. */
class ServiceCallRefuserTest {

    private final DatasetGraph dsg = TestData.papers(0);

    @Test
    void withoutTheRefuserArqConnects() throws Exception {
        // Control: shows the counting listener does see a SERVICE call.
        try (ConnectionCounter listener = new ConnectionCounter()) {
            String q = "SELECT * { SERVICE SILENT <http://127.0.0.1:" + listener.port() + "/sparql> { ?s ?p ?o } }";
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
                exec.select().materialize();
            }
            assertTrue(waitForConnection(listener), "ARQ's default executor should have connected");
        }
    }

    @Test
    void withTheEndpointContextNothingConnects() throws Exception {
        try (ConnectionCounter listener = new ConnectionCounter()) {
            String q = "SELECT * { SERVICE <http://127.0.0.1:" + listener.port() + "/sparql> { ?s ?p ?o } }";
            Context cxt = DatasetEndpoints.executionLimits(ServeOptions.defaults());
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).context(cxt).build()) {
                QueryDeniedException e = assertThrows(QueryDeniedException.class, () -> exec.select().materialize());
                assertTrue(e.getMessage().contains(ServiceCallRefuser.MESSAGE), e.getMessage());
            }
            Thread.sleep(200);
            assertEquals(0, listener.accepted());
        }
    }

    private static boolean waitForConnection(ConnectionCounter listener) throws InterruptedException {
        for (int i = 0; i < 50 && listener.accepted() == 0; i++)
            Thread.sleep(20);
        return listener.accepted() > 0;
    }
}
