package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.testing.Mapping;

/**
 * {@code serve --allow-service}: over real HTTP, our endpoint (the example card) joins its papers
 * with a second Fuseki on 127.0.0.1 that serves a slice of NLM's MeSH RDF and stands in for
 * https://id.nlm.nih.gov/mesh/sparql. SERVICE to anything not on the list is refused before any
 * connection is made.
 */
class ServiceAllowListTest {

    static final Path MESH_QUERY = Path.of("queries/federation/mesh-labels.rq");
    static final String NLM_MESH = "https://id.nlm.nih.gov/mesh/sparql";
    static final String PAPER = "https://w3id.org/paperkg/paper/pmc/PMC13027165";
    static final String MESH = "http://id.nlm.nih.gov/mesh/";

    private static StandInEndpoint mesh;
    private static EmbeddedEndpoint endpoint;
    private static String sparql;

    @BeforeAll
    static void start() throws IOException {
        mesh = StandInEndpoint.readOnly(meshStandIn(), "mesh");
        DatasetGraph papers = Mapping.map(Path.of("examples/000_b340d623e11a1f67.txt")).dataset();
        ServeOptions opts = ServeOptions.builder().port(0).timeout(Duration.ofSeconds(20))
                .services(new ServiceAllowList(List.of(mesh.datasetUrl() + "/"), Duration.ofSeconds(1)))
                .build();
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(papers), opts);
        sparql = endpoint.datasetUrl() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
        if (mesh != null) mesh.close();
    }

    /** The MeSH slice the test Fuseki serves, in NLM's vocabulary (taken from ontologies/mesh-slice.ttl.gz). */
    static DatasetGraph meshStandIn() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source("src/test/resources/federation/mesh-standin.ttl").parse(dsg);
        return dsg;
    }

    /** The library query with its SERVICE IRI pointed at {@code url}. */
    static String meshQuery(String url) throws IOException {
        String text = Files.readString(MESH_QUERY, StandardCharsets.UTF_8);
        assertTrue(text.contains("SERVICE <" + NLM_MESH + ">"), "the query should call NLM's endpoint");
        return text.replace("SERVICE <" + NLM_MESH + ">", "SERVICE <" + url + ">");
    }

    @Test
    void allowedServiceJoinsOurMentionsWithMeshLabelsAndTreeNumbers() throws IOException {
        HttpResponse<String> r = Http.query(sparql, meshQuery(mesh.sparqlUrl()));
        assertEquals(200, r.statusCode(), r.body());
        List<String> expected = List.of(
                row("D001847", "Bone Diseases", "C05.116"),
                row("D007239", "Infection", "C01.539"),
                row("D007249", "Inflammation", "C23.550.470"),
                row("D010019", "Osteomyelitis", "C01.539.160.495"),
                row("D010019", "Osteomyelitis", "C05.116.165.495"),
                row("D014077", "Tooth Erosion", "C07.793.818.500"));
        assertEquals(expected, rows(r, "paper", "descriptor", "label", "treeNumber"));

        // The remote side was asked about bound descriptors, one request each, never "all of MeSH".
        List<StandInEndpoint.Request> asked = mesh.requests();
        assertFalse(asked.isEmpty());
        for (StandInEndpoint.Request q : asked)
            assertTrue(q.query() != null && q.query().contains("<" + MESH + "D"), "unbound remote query: " + q);
        assertEquals(5, asked.size(), "one request per mentioned descriptor: " + asked);
    }

    @Test
    void serviceOutsideTheListIsRefusedWithoutAnyConnection() throws Exception {
        try (ConnectionCounter listener = new ConnectionCounter()) {
            String other = "http://127.0.0.1:" + listener.port() + "/mesh/sparql";
            HttpResponse<String> plain = Http.query(sparql, meshQuery(other));
            assertTrue(plain.statusCode() >= 400 && plain.statusCode() < 500, plain.statusCode() + " " + plain.body());
            assertTrue(plain.body().contains(ServiceAllowList.MESSAGE), plain.body());

            HttpResponse<String> silent = Http.query(sparql, "SELECT * { SERVICE SILENT <" + other + "> { ?s ?p ?o } }");
            assertTrue(silent.statusCode() >= 400 || !silent.body().contains("\"s\":"), silent.statusCode() + " " + silent.body());

            HttpResponse<String> variable = Http.query(sparql,
                    "SELECT * { VALUES ?svc { <" + mesh.sparqlUrl() + "> <" + other + "> } SERVICE ?svc { ?s ?p ?o } }");
            // Per call: the allowed endpoint's rows may already be streaming (status 200) when the
            // second call is refused, so the refusal can come as a broken end of the response.
            assertTrue(variable.statusCode() >= 400 || variable.body().contains(ServiceAllowList.MESSAGE),
                    variable.statusCode() + " " + variable.body());

            Thread.sleep(200);
            assertEquals(0, listener.accepted(), "outbound connections to " + other);
        }
    }

    @Test
    void aPrefixMatchesAsAUrlNotAsAString() {
        ServiceAllowList list = new ServiceAllowList(List.of("https://id.nlm.nih.gov/mesh/"), Duration.ofSeconds(5));
        assertTrue(list.allows("https://id.nlm.nih.gov/mesh/sparql"));
        assertTrue(list.allows("https://ID.NLM.NIH.GOV:443/mesh/sparql?format=json"));
        assertFalse(list.allows("https://id.nlm.nih.gov.example.org/mesh/sparql"), "other host with the same start");
        assertFalse(list.allows("https://id.nlm.nih.gov@example.org/mesh/sparql"), "user info");
        assertFalse(list.allows("https://id.nlm.nih.gov:8443/mesh/sparql"), "other port");
        assertFalse(list.allows("http://id.nlm.nih.gov/mesh/sparql"), "other scheme");
        assertFalse(list.allows("https://id.nlm.nih.gov/mesh/../admin"), "path leaving the prefix");
        assertFalse(list.allows("https://id.nlm.nih.gov/meshy"));
        assertFalse(list.allows("urn:x:y"));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAllowList(List.of("id.nlm.nih.gov"), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAllowList(List.of("file:///etc/"), Duration.ofSeconds(1)));
        assertTrue(ServiceAllowList.none().isEmpty());
    }

    @Test
    void anAllowedServiceThatDoesNotAnswerStopsAtTheServiceTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             EmbeddedEndpoint slow = EmbeddedEndpoint.start(UnionDefaultDataset.of(TestData.papers(0)),
                     ServeOptions.builder().port(0).timeout(Duration.ofSeconds(30))
                             .services(new ServiceAllowList(List.of("http://127.0.0.1:" + silent.getLocalPort() + "/"),
                                     Duration.ofSeconds(1))).build())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try { while (true) held.add(silent.accept()); } catch (IOException e) { /* closed */ }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.query(slow.datasetUrl() + "/sparql",
                    "SELECT * { SERVICE <http://127.0.0.1:" + silent.getLocalPort() + "/sparql> { ?s ?p ?o } }");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
            assertTrue(seconds < 10, "took " + seconds + " s; the service timeout is 1 s, the query timeout 30 s");
            assertFalse(held.isEmpty(), "the allowed call should have connected");
            for (Socket s : held) s.close();
        }
    }

    private static String row(String descriptor, String label, String tree) {
        return String.join(" | ", PAPER, MESH + descriptor, label, tree);
    }

    private static List<String> rows(HttpResponse<String> r, String... vars) {
        List<String> out = new ArrayList<>();
        for (JsonValue b : Http.json(r).get("results").getAsObject().get("bindings").getAsArray()) {
            JsonObject row = b.getAsObject();
            List<String> cells = new ArrayList<>();
            for (String v : vars)
                cells.add(row.hasKey(v) ? row.get(v).getAsObject().get("value").getAsString().value() : "");
            out.add(String.join(" | ", cells));
        }
        return out;
    }
}
