package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.query.UnionDefaultDataset;

/** The default configuration, exercised over real HTTP: read-only, no admin, query page served. */
class ReadOnlyEndpointTest {

    private static DatasetGraph stored;
    private static EmbeddedEndpoint endpoint;
    private static String kg;

    @BeforeAll
    static void start() {
        stored = TestData.papers(200);
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(stored),
                // the result limit far above what 1.5 s of a runaway query can produce: it must be the timeout that stops it
                ServeOptions.builder().port(0).timeout(Duration.ofMillis(1500)).maxResultBytes(4L << 30).build());
        kg = endpoint.datasetUrl();
    }

    @AfterAll
    static void stop() {
        if (endpoint != null)
            endpoint.close();
    }

    @Test
    void reportsUrlsOnTheBoundLoopbackAddress() {
        assertTrue(endpoint.port() > 0);
        assertEquals("http://127.0.0.1:" + endpoint.port() + "/", endpoint.baseUrl());
        assertEquals("http://127.0.0.1:" + endpoint.port() + "/kg", kg);
        assertTrue(endpoint.urls().containsAll(List.of(kg + "/sparql", kg + "/query", kg + "/data", endpoint.baseUrl())),
                endpoint.urls().toString());
        assertFalse(endpoint.urls().contains(kg + "/update"));
    }

    @Test
    void selectOverUnionDefaultGraphReturnsTheTitles() {
        String q = "SELECT ?title { ?paper <" + TestData.TITLE + "> ?title } ORDER BY ?title";
        for (String url : List.of(kg + "/sparql", kg + "/query", kg)) {
            HttpResponse<String> r = Http.query(url, q);
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            assertEquals(List.of("Aspirin and headaches", "Beta blockers revisited"), column(r, "title"), url);
        }
    }

    @Test
    void selectByPostFormAndBodyWorks() {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH <" + TestData.GRAPH_1 + "> { ?s ?p ?o } }";
        HttpResponse<String> form = Http.send(Http.request(kg + "/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + Http.encode(q))).build());
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(List.of("2"), column(form, "n"));
        HttpResponse<String> body = Http.send(Http.request(kg + "/query")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(q)).build());
        assertEquals(200, body.statusCode(), body.body());
        assertEquals(List.of("2"), column(body, "n"));
    }

    @Test
    void graphStoreReadWorks() {
        HttpResponse<String> r = Http.get(kg + "/data?graph=" + Http.encode(TestData.GRAPH_2.getURI()), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Beta blockers revisited"), r.body());
    }

    @Test
    void sparqlUpdateIsRefusedAndStoreUnchanged() {
        long before = TestData.quadCount(stored);
        String update = "INSERT DATA { GRAPH <" + TestData.EX + "g> { <" + TestData.EX + "x> <" + TestData.EX + "p> 1 } }";
        Quad inserted = Quad.create(TestData.uri("g"), TestData.uri("x"), TestData.uri(TestData.EX + "p"),
                org.apache.jena.graph.NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        List<HttpResponse<String>> attempts = List.of(
                Http.post(kg + "/update", "application/sparql-update", update),
                Http.post(kg + "/update", "application/x-www-form-urlencoded", "update=" + Http.encode(update)),
                Http.post(kg, "application/sparql-update", update),
                Http.post(kg, "application/x-www-form-urlencoded", "update=" + Http.encode(update)),
                Http.post(kg + "/sparql", "application/sparql-update", update),
                Http.post(kg + "/sparql", "application/x-www-form-urlencoded", "update=" + Http.encode(update)),
                Http.get(kg + "/sparql?update=" + Http.encode(update)));
        for (HttpResponse<String> r : attempts)
            assertClientError(r);
        assertEquals(before, TestData.quadCount(stored));
        assertFalse(TestData.contains(stored, inserted));
    }

    @Test
    void graphStoreWritesAreRefusedAndStoreUnchanged() {
        long before = TestData.quadCount(stored);
        String turtle = "<" + TestData.EX + "x> <" + TestData.EX + "p> \"new\" .";
        String g1 = "?graph=" + Http.encode(TestData.GRAPH_1.getURI());
        for (String target : List.of(kg + "/data" + g1, kg + "/data?default", kg + g1, kg + "/data", kg)) {
            assertClientError(Http.method("PUT", target, "text/turtle", turtle));
            assertClientError(Http.method("POST", target, "text/turtle", turtle));
            assertClientError(Http.method("DELETE", target, null, null));
        }
        assertEquals(before, TestData.quadCount(stored));
        assertTrue(TestData.contains(stored, Quad.create(TestData.GRAPH_1, TestData.uri("paper1"),
                TestData.uri(TestData.EX + "mentions"), TestData.uri("aspirin"))));
    }

    @Test
    void uploadAndShaclAndPatchAreNotOffered() {
        long before = TestData.quadCount(stored);
        String multipart = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n<http://example.org/u> <http://example.org/p> 1 .\r\n--XYZ--\r\n";
        for (String target : List.of(kg + "/upload", kg, kg + "/data"))
            assertClientError(Http.post(target, "multipart/form-data; boundary=XYZ", multipart));
        assertClientError(Http.post(kg + "/shacl?graph=default", "text/turtle", "<http://example.org/s> a <http://www.w3.org/ns/shacl#NodeShape> ."));
        assertClientError(Http.get(kg + "/shacl?graph=default"));
        assertClientError(Http.post(kg + "/patch", "application/rdf-patch", "A <http://example.org/s> <http://example.org/p> 1 ."));
        assertClientError(Http.post(kg, "application/rdf-patch", "A <http://example.org/s> <http://example.org/p> 1 ."));
        assertEquals(before, TestData.quadCount(stored));
    }

    @Test
    void runawayCountIsStoppedWithAnErrorStatus() {
        String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        // A client asking for a longer timeout does not get it: the server's limit is an upper bound.
        HttpResponse<String> r = Http.get(kg + "/sparql?timeout=600&query=" + Http.encode(q), "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(took.compareTo(Duration.ofMillis(1500 + 3000)) < 0, "took " + took);
    }

    @Test
    void runawaySelectStarIsStoppedWithAnErrorStatusTooNotATruncated200() {
        // SELECT * streams: its first rows are ready at once. The response is held until the query
        // ends, so the timeout is a 503 with no partial results, whatever the result format.
        String q = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        for (String accept : List.of("application/sparql-results+json", "text/csv", "application/sparql-results+xml")) {
            long start = System.nanoTime();
            HttpResponse<String> r = Http.get(kg + "/sparql?query=" + Http.encode(q), accept);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, r.statusCode(), accept + ": " + r.body().substring(0, Math.min(300, r.body().length())));
            assertEquals("Query timed out", r.body().strip(), accept);
            assertTrue(took.compareTo(Duration.ofMillis(1500 + 3000)) < 0, accept + " took " + took);
        }
        // also by POST, and on the dataset URL
        HttpResponse<String> post = Http.send(Http.request(kg).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(q)).build());
        assertEquals(503, post.statusCode());
        assertEquals("Query timed out", post.body().strip());
    }

    @Test
    void aCompleteResultIsSentWhole() {
        // larger than what is held in memory (it spills to a temporary file), well within the timeout
        String q = "SELECT ?s ?o ?x { GRAPH <" + TestData.FILLER.getURI() + "> { ?s ?p ?o } VALUES ?x { "
                + ("\"" + "y".repeat(200) + "\" ").repeat(40) + "} }";
        // its own endpoint with a generous timeout: on a loaded machine this query can take longer than the 1.5 s above
        HttpResponse<String> r;
        try (EmbeddedEndpoint patient = EmbeddedEndpoint.start(UnionDefaultDataset.of(stored),
                ServeOptions.builder().port(0).timeout(Duration.ofSeconds(60)).maxResultBytes(4L << 30).build())) {
            r = Http.query(patient.datasetUrl() + "/sparql", q);
        }
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().length() > CompleteResponseFilter.IN_MEMORY, "large enough: " + r.body().length());
        assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length), r.headers().firstValue("Content-Length").orElse(""));
        assertEquals(200 * 40, column(r, "s").size(), "every row, and the JSON complete");
    }

    @Test
    void serviceIsRefusedWithoutAnyOutboundConnection() throws Exception {
        try (ConnectionCounter listener = new ConnectionCounter()) {
            String remote = "http://127.0.0.1:" + listener.port() + "/sparql";
            HttpResponse<String> plain = Http.query(kg + "/sparql", "SELECT * { SERVICE <" + remote + "> { ?s ?p ?o } }");
            assertClientError(plain);
            assertTrue(plain.body().contains("SERVICE is disabled"), plain.body());

            HttpResponse<String> joined = Http.query(kg + "/sparql",
                    "SELECT * { ?paper <" + TestData.TITLE + "> ?t SERVICE <" + remote + "> { ?paper ?p ?o } }");
            assertTrue(joined.statusCode() >= 400, joined.statusCode() + " " + joined.body());

            HttpResponse<String> variable = Http.query(kg + "/sparql",
                    "SELECT * { BIND(<" + remote + "> AS ?svc) SERVICE ?svc { ?s ?p ?o } }");
            assertTrue(variable.statusCode() >= 400, variable.statusCode() + " " + variable.body());

            // SILENT turns the refusal into "no results"; it must still not connect.
            HttpResponse<String> silent = Http.query(kg + "/sparql", "SELECT * { SERVICE SILENT <" + remote + "> { ?s ?p ?o } }");
            assertTrue(silent.statusCode() >= 400 || column(silent, "s").stream().allMatch(v -> v == null),
                    silent.statusCode() + " " + silent.body());

            // FROM / FROM NAMED pick graphs of the dataset; they must not be fetched either.
            Http.query(kg + "/sparql", "SELECT * FROM <" + remote + "> FROM NAMED <" + remote + "> { ?s ?p ?o }");

            Thread.sleep(200);
            assertEquals(0, listener.accepted(), "outbound connections to " + remote);
        }
    }

    @Test
    void javascriptFunctionsDoNotRun() {
        HttpResponse<String> r = Http.query(kg + "/sparql",
                "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?x { BIND(js:toUpperCase(\"a\") AS ?x) }");
        if (r.statusCode() == 200)
            assertEquals(Collections.singletonList(null), column(r, "x"), r.body());
        else
            assertTrue(r.statusCode() >= 400, r.body());
    }

    @Test
    void queryPageIsServedAtIndexHtml() {
        // the root is the start page of the pages for people (PageServletTest); the query page is index.html
        HttpResponse<String> page = Http.get(endpoint.baseUrl() + "index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("Fuseki"), page.body());
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        HttpResponse<String> js = Http.get(endpoint.baseUrl() + script.group(1));
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"), js.headers().toString());
        assertEquals(404, Http.get(endpoint.baseUrl() + "static/").statusCode(), "directory listing");
    }

    @Test
    void readOnlyServerDescriptionForTheQueryPage() {
        HttpResponse<String> r = Http.get(endpoint.baseUrl() + "$/server");
        assertEquals(200, r.statusCode());
        JsonArray datasets = Http.json(r).get("datasets").getAsArray();
        assertEquals(1, datasets.size());
        JsonObject ds = datasets.get(0).getAsObject();
        assertEquals("/kg", ds.get("ds.name").getAsString().value());
        List<String> types = new ArrayList<>();
        for (JsonValue srv : ds.get("ds.services").getAsArray()) {
            JsonObject service = srv.getAsObject();
            types.add(service.get("srv.type").getAsString().value());
            if (service.get("srv.type").getAsString().value().equals("query"))
                assertEquals("sparql", service.get("srv.endpoints").getAsArray().get(0).getAsString().value());
        }
        assertEquals(List.of("gsp-r", "query"), types.stream().sorted().toList());
        assertEquals(200, Http.get(endpoint.baseUrl() + "$/ping").statusCode());
        assertEquals(200, Http.get(endpoint.baseUrl() + "$/stats/kg").statusCode());
    }

    @Test
    void noAdminOperations() {
        String admin = endpoint.baseUrl() + "$/";
        assertClientError(Http.post(admin + "datasets", "application/x-www-form-urlencoded", "dbName=evil&dbType=mem"));
        assertClientError(Http.method("DELETE", admin + "datasets/kg", null, null));
        assertClientError(Http.get(admin + "datasets"));
        for (String op : List.of("backup/kg", "compact/kg", "sleep", "reload", "tasks", "metrics", "logs", "backups-list"))
            assertClientError(Http.post(admin + op, "text/plain", ""));
        // Still exactly one dataset, still answering.
        assertEquals(1, Http.json(Http.get(admin + "server")).get("datasets").getAsArray().size());
        assertEquals(200, Http.query(kg + "/sparql", "ASK {}").statusCode());
    }

    @Test
    void crossSiteFormPostIsRefused() {
        HttpResponse<String> r = Http.send(Http.request(kg + "/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + Http.encode("ASK {}"))).build());
        assertEquals(403, r.statusCode());
        HttpResponse<String> sameOrigin = Http.send(Http.request(kg + "/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + endpoint.port())
                .header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + Http.encode("ASK {}"))).build());
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                r.request().method() + " " + r.uri() + " -> " + r.statusCode() + " " + r.body());
    }

    static List<String> column(HttpResponse<String> r, String var) {
        JsonObject json = Http.json(r);
        JsonArray bindings = json.get("results").getAsObject().get("bindings").getAsArray();
        List<String> values = new ArrayList<>();
        for (JsonValue b : bindings) {
            JsonObject row = b.getAsObject();
            values.add(row.hasKey(var) ? row.get(var).getAsObject().get("value").getAsString().value() : null);
        }
        return values;
    }
}
