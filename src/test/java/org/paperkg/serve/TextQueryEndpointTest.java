package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.Captured;
import org.paperkg.ingest.Ingest;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.ingest.MemoryTarget;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.search.StoreTextIndex;
import org.paperkg.store.KgStore;
import org.paperkg.testing.JatsPaperInPubMed;
import org.paperkg.testing.TestFiles;
import org.paperkg.testing.TextIndexDocuments;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code text:query} on the SPARQL endpoint of a served store, in memory and in TDB2, through the
 * server's wrappers (the union default view, the guard of a server that takes writes), and the
 * index kept in step by POST /kg/ingest. The oracle: after a sequence of every kind of write
 * (bulk load, re-ingest, merge, sync with deletions and revisions, server ingest) the index kept
 * incrementally holds exactly the documents of one rebuilt from the store.
 */
class TextQueryEndpointTest {

    private static final Path NCBI = Path.of("src/test/resources/data/pubtator/NCBIdevelopset_corpus.txt.gz");
    private static final Path FIXTURE = Path.of("src/test/resources/fixture");
    private static final Path SYNC = Path.of("src/test/resources/sync/pubmed");
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    private static final String GALACTOSEMIA = PREFIXES + "SELECT ?s ?g { GRAPH ?g { ?s text:query (dcterms:title 'galactosemia') } } ORDER BY ?s";
    private static final String AUTH = Http.basicAuth("loader", "pw");

    @TempDir
    Path tmp;

    private static Set<String> column(String endpoint, String query, String variable) {
        HttpResponse<String> r = Http.query(endpoint, query);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JsonParser.parseString(r.body()).getAsJsonObject();
        Set<String> out = new TreeSet<>();
        for (JsonElement b : json.getAsJsonObject("results").getAsJsonArray("bindings"))
            out.add(b.getAsJsonObject().getAsJsonObject(variable).get("value").getAsString());
        return out;
    }

    @Test
    void aStoreInMemoryAnswersTextQueriesOverHttp() throws IOException {
        MemoryTarget memory = IngestTarget.memory();
        Ingest.create().inputs(List.of(NCBI)).target(memory).build().run();
        DatasetGraph dsg = memory.store();
        try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder().port(0).build())) {
            String sparql = endpoint.datasetUrl() + "/sparql";
            assertEquals(Set.of("https://w3id.org/paperkg/paper/pmid/9012409", "https://w3id.org/paperkg/paper/pmid/9222760"),
                    column(sparql, GALACTOSEMIA, "s"));
            assertEquals(Set.of("https://w3id.org/paperkg/graph/pubtator/pmid/9012409", "https://w3id.org/paperkg/graph/pubtator/pmid/9222760"),
                    column(sparql, GALACTOSEMIA, "g"));
            assertEquals(Set.of("https://w3id.org/paperkg/paper/pmid/8755645"),
                    column(sparql, PREFIXES + "SELECT ?s { ?s text:query '\"lariat branchpoint consensus sequence\"' }", "s"));
        } finally {
            KgStore.release(dsg);
        }
    }

    @Test
    void aTdb2StoreAnswersTextQueriesAndPostKgIngestKeepsTheIndexInStep() throws IOException {
        Path db = tmp.resolve("db");
        // every kind of write of the command line: a bulk load, a re-ingest, a merge, sync files with deletions and revisions
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", FIXTURE.toString()));
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", FIXTURE.resolve("000_b340d623e11a1f67.txt").toString()));
        Path pubmed = Files.writeString(tmp.resolve("17299597.xml"), JatsPaperInPubMed.RECORD);
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", pubmed.toString()));
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", TestFiles.resource("data/jats/pone.0000217.nxml.gz").toString()));
        for (String f : List.of("pubmed26n0001.xml.gz", "pubmed26n0002.xml.gz", "pubmed26n0003.xml.gz"))
            ok(Captured.paperkg("sync", "--db", db.toString(), "-q", SYNC.resolve(f).toString()));

        // then a server that takes writes: POST /kg/ingest of the NCBI abstracts
        Path passwords = Files.writeString(tmp.resolve("passwords"), "loader:pw\n");
        DatasetGraph dsg = KgStore.open(db);
        try {
            StoreTextIndex.attach(db, dsg, System.err);
            try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder().port(0)
                    .timeout(Duration.ofSeconds(60)).allowUpdate(true).passwordFile(passwords).build(), IngestSettings.defaults())) {
                String sparql = endpoint.datasetUrl() + "/sparql";
                assertEquals(Set.of(), column(sparql, GALACTOSEMIA, "s"), "not yet ingested");
                HttpResponse<String> r = ingest(endpoint.datasetUrl() + "/ingest", NCBI);
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(Set.of("https://w3id.org/paperkg/paper/pmid/9012409", "https://w3id.org/paperkg/paper/pmid/9222760"),
                        column(sparql, GALACTOSEMIA, "s"), "found as soon as the ingest answered");
                assertEquals(Set.of("https://w3id.org/paperkg/paper/pmc/PMC1790863"), column(sparql,
                        PREFIXES + "SELECT ?s { ?s text:query (dcterms:title '\"organismal complexity\"') }", "s"), "the merged paper, once");
            }
        } finally {
            KgStore.release(dsg);
        }

        Set<String> kept = TextIndexDocuments.of(db);
        assertTrue(kept.size() > 1000, "documents: " + kept.size());
        Captured rebuild = Captured.paperkg("text-index", "--db", db.toString(), "--rebuild");
        ok(rebuild);
        Set<String> rebuilt = TextIndexDocuments.of(db);
        String difference = TextIndexDocuments.difference(rebuilt, kept);
        assertTrue(difference.isEmpty(), "the index kept through the writes vs rebuilt from the store:\n" + difference);
        assertFalse(rebuilt.stream().anyMatch(d -> d.contains("/pmid/38271020")), "a deleted citation has no documents");
    }

    private static void ok(Captured run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static HttpResponse<String> ingest(String url, Path file) throws IOException {
        String boundary = "text-index-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Http.send(Http.request(url).header("Authorization", AUTH).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
