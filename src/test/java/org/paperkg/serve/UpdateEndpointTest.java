package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.UnionDefaultDataset;

/** allowUpdate + password file: writes need a login, reads stay open. */
class UpdateEndpointTest {

    @TempDir
    static Path dir;

    private static DatasetGraph stored;
    private static EmbeddedEndpoint endpoint;
    private static String kg;

    @BeforeAll
    static void start() throws IOException {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "# editors\nalice:s3cret:with:colons\n\nbob:hunter2\n");
        stored = TestData.papers(0);
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(stored), ServeOptions.builder()
                .port(0).timeout(Duration.ofSeconds(5)).allowUpdate(true).passwordFile(passwords).build());
        kg = endpoint.datasetUrl();
    }

    @AfterAll
    static void stop() {
        if (endpoint != null)
            endpoint.close();
    }

    @Test
    void updateUrlIsListed() {
        assertTrue(endpoint.urls().contains(kg + "/update"), endpoint.urls().toString());
    }

    @Test
    void updateWithoutOrWithWrongCredentialsIs401AndChangesNothing() {
        long before = TestData.quadCount(stored);
        String update = insert("noauth");
        HttpResponse<String> anonymous = Http.post(kg + "/update", "application/sparql-update", update);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous.headers().toString());
        assertEquals(401, Http.post(kg + "/update", "application/x-www-form-urlencoded", "update=" + Http.encode(update)).statusCode());
        assertEquals(401, postAs("alice", "wrong", kg + "/update", "application/sparql-update", update).statusCode());
        assertEquals(401, postAs("mallory", "hunter2", kg + "/update", "application/sparql-update", update).statusCode());
        // The dataset URL and the query endpoint take no updates at all, logged in or not.
        HttpResponse<String> onDataset = Http.post(kg, "application/sparql-update", update);
        assertTrue(onDataset.statusCode() >= 400 && onDataset.statusCode() < 500, onDataset.statusCode() + " " + onDataset.body());
        HttpResponse<String> onQuery = postAs("bob", "hunter2", kg + "/sparql", "application/sparql-update", update);
        assertTrue(onQuery.statusCode() >= 400 && onQuery.statusCode() < 500, onQuery.statusCode() + " " + onQuery.body());
        assertEquals(before, TestData.quadCount(stored));
        assertFalse(TestData.contains(stored, quad("noauth")));
    }

    @Test
    void anEncodedSlashDoesNotGetPastTheLogin() {
        // the server takes %2F in paths (DOI IRIs dereference); the write endpoints must stay behind the login
        long before = TestData.quadCount(stored);
        String update = insert("slash");
        for (String path : new String[] {"/kg%2Fupdate", "/kg%2fupdate", "/kg/update%2F", "/kg%2Fingest",
                "/paper/..%2F..%2Fkg%2Fingest", "/paper/%2E%2E%2Fkg%2Fupdate", "/graph/x/..%2f..%2f..%2fkg%2fingest"}) {
            HttpResponse<String> r = Http.post(endpoint.baseUrl() + path.substring(1), "application/sparql-update", update);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500 && !r.body().contains("paperkg-ingest"),
                    path + " answered " + r.statusCode() + " " + r.body());
        }
        String g = "?graph=" + Http.encode(TestData.EX + "slash");
        HttpResponse<String> put = Http.method("PUT", endpoint.baseUrl() + "kg%2Fdata" + g, "text/turtle", "<a:b> <a:c> 1 .");
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "PUT answered " + put.statusCode());
        assertEquals(before, TestData.quadCount(stored));
        assertFalse(TestData.contains(stored, quad("slash")));
    }

    @Test
    void updateWithCredentialsChangesTheData() {
        HttpResponse<String> r = postAs("alice", "s3cret:with:colons", kg + "/update", "application/sparql-update", insert("alice"));
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, r.statusCode() + " " + r.body());
        assertTrue(TestData.contains(stored, quad("alice")));
        // Visible to anonymous queries through the union default graph.
        HttpResponse<String> q = Http.query(kg + "/sparql", "SELECT ?o { <" + TestData.EX + "alice> ?p ?o }");
        assertEquals(200, q.statusCode());
        assertEquals(java.util.List.of("1"), ReadOnlyEndpointTest.column(q, "o"));
    }

    @Test
    void graphStoreWritesNeedALoginButReadsDoNot() {
        String g = "?graph=" + Http.encode(TestData.EX + "gsp");
        String turtle = "<" + TestData.EX + "gsp> <" + TestData.EX + "p> 1 .";
        for (String method : new String[] {"PUT", "POST", "DELETE"})
            assertEquals(401, Http.method(method, kg + "/data" + g, "DELETE".equals(method) ? null : "text/turtle",
                    "DELETE".equals(method) ? null : turtle).statusCode(), method);
        // The dataset URL offers no Graph Store writes at all.
        HttpResponse<String> onDataset = Http.method("PUT", kg + g, "text/turtle", turtle);
        assertTrue(onDataset.statusCode() >= 400 && onDataset.statusCode() < 500, onDataset.statusCode() + " " + onDataset.body());
        assertFalse(TestData.contains(stored, gspQuad()));

        HttpResponse<String> put = Http.send(Http.request(kg + "/data" + g)
                .header("Authorization", Http.basicAuth("bob", "hunter2"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
        assertTrue(put.statusCode() >= 200 && put.statusCode() < 300, put.statusCode() + " " + put.body());
        assertTrue(TestData.contains(stored, gspQuad()));

        HttpResponse<String> read = Http.get(kg + "/data" + g, "application/n-triples");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains(TestData.EX + "gsp"), read.body());
        assertEquals(200, Http.query(kg + "/sparql", "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void crossSiteUpdateIsRefusedEvenWithCredentials() {
        HttpResponse<String> r = Http.send(Http.request(kg + "/update")
                .header("Authorization", Http.basicAuth("bob", "hunter2"))
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + Http.encode(insert("csrf")))).build());
        assertEquals(403, r.statusCode());
        assertFalse(TestData.contains(stored, quad("csrf")));
    }

    private static HttpResponse<String> postAs(String user, String password, String url, String contentType, String body) {
        return Http.send(Http.request(url)
                .header("Authorization", Http.basicAuth(user, password))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String insert(String subject) {
        return "INSERT DATA { GRAPH <" + TestData.EX + "graph/edits> { <" + TestData.EX + subject + "> <" + TestData.EX + "p> 1 } }";
    }

    private static Quad quad(String subject) {
        return Quad.create(TestData.uri("graph/edits"), TestData.uri(subject), TestData.uri(TestData.EX + "p"),
                NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
    }

    private static Quad gspQuad() {
        return Quad.create(TestData.uri("gsp"), TestData.uri("gsp"), TestData.uri(TestData.EX + "p"),
                NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
    }
}
