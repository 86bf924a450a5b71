package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.map.PaperIris;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.stats.StatisticsRecount;
import org.paperkg.store.KgStore;
import org.paperkg.testing.GeneratedCards;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Writes to a running server (a TDB2 store served with updates, real HTTP on 127.0.0.1): paper
 * files through POST /kg/ingest, refusals of Update and Graph Store writes to paperkg's graphs, and
 * exact statistics and description after writes to a user's own graph.
 */
class ServerWritesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture");
    private static final String BASE = PaperIris.DEFAULT_BASE;
    private static final String USER_GRAPH = "http://example.org/my-notes";

    @TempDir
    static Path tmp;
    private static DatasetGraph dsg;
    private static EmbeddedEndpoint endpoint;
    private static String kg;
    private static final String AUTH = Http.basicAuth("loader", "pw");

    @BeforeAll
    static void startAndIngestTheFixture() throws IOException {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "loader:pw\n");
        dsg = KgStore.open(tmp.resolve("db"));
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder().port(0)
                .timeout(Duration.ofSeconds(30)).allowUpdate(true).passwordFile(passwords).build(),
                IngestSettings.defaults().withMaxUploadBytes(64 << 10));
        kg = endpoint.datasetUrl();
        List<Path> cards;
        try (var files = Files.list(FIXTURE)) {
            cards = files.sorted().toList();
        }
        HttpResponse<String> r = ingest("", cards, AUTH);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject summary = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals(cards.size(), summary.get("files").getAsLong(), r.body());
        assertTrue(summary.get("mapped").getAsLong() >= 5, r.body());
        assertTrue(summary.has("papersMerged") && summary.has("skippedByReason"), r.body());
        assertStatisticsAreARecount();
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
        if (dsg != null) KgStore.release(dsg);
    }

    // ---- (b) writes to paperkg's graphs are refused, and change nothing

    @Test
    void updateIntoAPaperGraphIsRefusedAndChangesNothing() {
        Node paperGraph = aPaperGraph();
        Set<Quad> before = everything();
        HttpResponse<String> r = update("INSERT DATA { GRAPH <" + paperGraph.getURI() + "> { <http://example.org/s> <http://example.org/p> 1 } }");
        assertRefused(r, 400);
        // several operations in one request: the first, allowed, is undone with the refused second
        HttpResponse<String> two = update("INSERT DATA { GRAPH <" + USER_GRAPH + "-x> { <http://example.org/a> <http://example.org/b> 2 } } ;\n"
                + "DELETE WHERE { GRAPH <" + paperGraph.getURI() + "> { ?s ?p ?o } }");
        assertRefused(two, 400);
        assertRefused(update("DROP GRAPH <" + BASE + "graph/stats>"), 400);
        assertRefused(update("CLEAR ALL"), 400);
        // a statement about a paper is refused in a user's graph and in the default graph too
        String paper = Txn.calculateRead(dsg, () -> dsg.find(paperGraph, paperGraph, org.paperkg.vocab.Terms.FOAF_PRIMARY_TOPIC, Node.ANY).next().getObject().getURI());
        assertRefused(update("INSERT DATA { GRAPH <" + USER_GRAPH + "-y> { <" + paper + "> <http://example.org/p> 3 } }"), 400);
        assertRefused(update("INSERT DATA { <http://example.org/q> <http://purl.org/spar/fabio/hasPubMedId> \"123\" }"), 400);
        assertEquals(before, everything(), "refused writes leave the store as it was");
    }

    @Test
    void graphStoreWritesToAPaperGraphAreRefusedAndChangeNothing() {
        Node paperGraph = aPaperGraph();
        Set<Quad> before = everything();
        String url = kg + "/data?graph=" + Http.encode(paperGraph.getURI());
        assertRefused(send(Http.request(url).header("Authorization", AUTH).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"))), 403);
        assertRefused(send(Http.request(url).header("Authorization", AUTH).DELETE()), 403);
        assertRefused(send(Http.request(kg + "/data").header("Authorization", AUTH).header("Content-Type", "application/n-quads")
                .POST(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> \"1\" <" + BASE + "graph/void> .\n"))), 403);
        assertEquals(before, everything(), "refused writes leave the store as it was");
    }

    // ---- (c) a user's own graph: accepted, and the counts stay exact

    @Test
    void writesToAUsersGraphKeepTheStatisticsAndTheDescriptionExact() {
        HttpResponse<String> r = update("INSERT DATA { GRAPH <" + USER_GRAPH + "> { <http://example.org/n1> <http://example.org/says> \"a\", \"b\", \"c\" } }");
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        assertStatisticsAreARecount();
        assertDescriptionCountsTheTriples();
        HttpResponse<String> put = send(Http.request(kg + "/data?graph=" + Http.encode(USER_GRAPH + "/2")).header("Authorization", AUTH)
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/n2> <http://example.org/says> \"d\" .\n")));
        assertTrue(put.statusCode() / 100 == 2, put.statusCode() + " " + put.body());
        assertStatisticsAreARecount();
        assertDescriptionCountsTheTriples();
        HttpResponse<String> drop = update("DROP GRAPH <" + USER_GRAPH + "/2>");
        assertTrue(drop.statusCode() / 100 == 2, drop.statusCode() + " " + drop.body());
        assertStatisticsAreARecount();
        assertDescriptionCountsTheTriples();
    }

    // ---- (d) the ingest endpoint

    @Test
    void ingestNeedsTheLogin() throws IOException {
        Set<Quad> before = everything();
        HttpResponse<String> anonymous = ingest("", List.of(FIXTURE.resolve("001_pmid_only.md")), null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(401, ingest("", List.of(FIXTURE.resolve("001_pmid_only.md")), Http.basicAuth("loader", "wrong")).statusCode());
        assertEquals(before, everything());
        HttpResponse<String> described = Http.get(kg + "/ingest");
        assertEquals(200, described.statusCode(), "GET stays open: push tells a paperkg server by it");
        assertTrue(described.body().contains("\"service\":\"paperkg-ingest\""), described.body());
    }

    @Test
    void badInputIsReportedWithCodesAndTheRestIsIngested() throws IOException {
        Path truncated = GeneratedCards.truncated(Files.createDirectories(tmp.resolve("bad")));
        HttpResponse<String> r = ingest("", List.of(truncated), AUTH);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject a = JsonParser.parseString(r.body()).getAsJsonObject();
        assertTrue(a.get("problemCount").getAsLong() > 0, r.body());
        JsonObject first = a.getAsJsonArray("problems").get(0).getAsJsonObject();
        assertFalse(first.get("code").getAsString().isBlank(), r.body());
        assertEquals(truncated.getFileName().toString(), first.get("file").getAsString(), "problems name the file as the client did");
        assertTrue(first.get("line").getAsLong() > 0, r.body());
        assertStatisticsAreARecount();
    }

    @Test
    void strictStopsAtTheFirstProblemAndChangesNothing() throws IOException {
        Path truncated = GeneratedCards.truncated(Files.createDirectories(tmp.resolve("strict")));
        Set<Quad> before = everything();
        HttpResponse<String> r = ingest("?strict=true", List.of(FIXTURE.resolve("002_doi_only.txt"), truncated), AUTH);
        assertEquals(422, r.statusCode(), r.body());
        JsonObject a = JsonParser.parseString(r.body()).getAsJsonObject();
        assertTrue(a.get("error").getAsString().contains("nothing was written"), r.body());
        assertEquals(1, a.get("problemCount").getAsLong(), r.body());
        assertEquals(before, everything(), "a strict run that failed leaves the store as it was");
    }

    @Test
    void syncAppliesEachFileOnceInOrderAndRefusesChangedOrOlderOnes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("sync"));
        var a = org.paperkg.testing.PubMedFiles.Article.of("7000001", "Sync through the server, first");
        var b = org.paperkg.testing.PubMedFiles.Article.of("7000002", "Sync through the server, second");
        Path first = org.paperkg.testing.PubMedFiles.write(dir.resolve("pubmed30n0001.xml"), List.of(a, b), List.of());
        HttpResponse<String> r = ingest("?sync=true", List.of(first), AUTH);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, JsonParser.parseString(r.body()).getAsJsonObject().get("added").getAsLong(), r.body());
        assertStatisticsAreARecount();

        Set<Quad> before = everything();
        r = ingest("?sync=true", List.of(first), AUTH);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JsonParser.parseString(r.body()).getAsJsonObject().get("alreadyApplied").getAsBoolean(), r.body());
        assertEquals(before, everything(), "a file applied before is not applied again");

        Path second = org.paperkg.testing.PubMedFiles.write(dir.resolve("pubmed30n0002.xml"), List.of(), List.of("7000001"));
        r = ingest("?sync=true", List.of(second), AUTH);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, JsonParser.parseString(r.body()).getAsJsonObject().get("deleted").getAsLong(), r.body());
        assertTrue(everything().stream().noneMatch(q -> q.getGraph().getURI().endsWith("/pmid/7000001")), "the withdrawn paper is gone");
        assertStatisticsAreARecount();

        before = everything();
        Path older = org.paperkg.testing.PubMedFiles.write(dir.resolve("pubmed30n0000.xml"), List.of(a), List.of());
        r = ingest("?sync=true", List.of(older), AUTH);
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("sorts before pubmed30n0002.xml") && r.body().contains("force=true"), r.body());
        org.paperkg.testing.PubMedFiles.write(first, List.of(a), List.of());
        r = ingest("?sync=true", List.of(first), AUTH);
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("was applied before") && r.body().contains("other content"), r.body());
        assertEquals(before, everything(), "a refused sync writes nothing");
        assertEquals(400, ingest("?sync=true", List.of(first, second), AUTH).statusCode(), "one file a request");
    }

    @Test
    void anUploadPastTheLimitIs413() {
        byte[] big = new byte[200 << 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = send(Http.request(kg + "/ingest").header("Authorization", AUTH)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("--max-upload-mb"), r.body());
    }

    @Test
    void aReadOnlyServerRefusesIngest() throws IOException {
        DatasetGraph other = KgStore.open(tmp.resolve("readonly"));
        try (EmbeddedEndpoint readOnly = EmbeddedEndpoint.start(UnionDefaultDataset.of(other), ServeOptions.builder().port(0).build())) {
            HttpResponse<String> r = send(Http.request(readOnly.datasetUrl() + "/ingest").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("PMID: 1\n")));
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("--allow-update"), r.body());
            assertTrue(Txn.calculateRead(other, other::isEmpty), "nothing written");
        } finally {
            KgStore.release(other);
        }
    }

    // ---- helpers

    /** Update refusals are 400, Graph Store ones 403 (GuardedDataset says why); both name the ingest endpoint. */
    private static void assertRefused(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains("Write refused"), r.body());
        assertTrue(r.body().contains("POST /kg/ingest"), "the refusal names the door to use: " + r.body());
    }

    private static void assertStatisticsAreARecount() {
        Txn.executeRead(dsg, () -> assertEquals(new HashSet<>(StatisticsRecount.expected(dsg, BASE)),
                new HashSet<>(StatisticsRecount.stored(dsg, BASE)), "the statistics graph equals a recount from scratch"));
    }

    /** void:triples counts every named graph's triples but the description's and the statistics'. */
    private static void assertDescriptionCountsTheTriples() {
        Txn.executeRead(dsg, () -> {
            long counted = Long.parseLong(QueryExec.dataset(dsg).query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != <"
                    + BASE + "graph/void> && ?g != <" + BASE + "graph/stats>) }").select().next().get("n").getLiteralLexicalForm());
            var described = QueryExec.dataset(dsg).query("SELECT ?n { GRAPH <" + BASE + "graph/void> { <" + BASE
                    + "dataset> <http://rdfs.org/ns/void#triples> ?n } }").select();
            assertTrue(described.hasNext(), "the store has a description");
            assertEquals(counted, Long.parseLong(described.next().get("n").getLiteralLexicalForm()), "void:triples");
        });
    }

    private static Node aPaperGraph() {
        return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, org.paperkg.vocab.Terms.RDF_TYPE,
                org.paperkg.vocab.Terms.PKG_SOURCE_GRAPH).next().getGraph());
    }

    private static Set<Quad> everything() {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    private static HttpResponse<String> update(String update) {
        return send(Http.request(kg + "/update").header("Authorization", AUTH).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(request.build());
    }

    private static HttpResponse<String> ingest(String query, List<Path> files, String auth) throws IOException {
        String boundary = "test-boundary-7";
        var body = new java.io.ByteArrayOutputStream();
        for (Path f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = Http.request(kg + "/ingest" + query).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (auth != null) b.header("Authorization", auth);
        return send(b);
    }
}
