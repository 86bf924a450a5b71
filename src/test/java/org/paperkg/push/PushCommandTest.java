package org.paperkg.push;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.cli.Captured;
import org.paperkg.push.GraphStoreStandIn.Fault;
import org.paperkg.serve.EmbeddedEndpoint;
import org.paperkg.serve.ServeOptions;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.GraphAssert;
import org.paperkg.testing.TestFiles;

/**
 * {@code paperkg push} against Fuseki servers started here on 127.0.0.1: what arrives equals what
 * {@code export} writes, transient failures are retried, a server that stays down fails the run
 * and a rerun resumes from the journal, and credentials are sent and checked.
 */
class PushCommandTest {

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    /** The example cards and the NCBI Disease development set (100 PubTator abstracts). */
    static List<String> inputs;
    static DatasetGraph exported;
    static int graphs;

    @BeforeAll
    static void exportTheInputs() throws IOException {
        inputs = List.of(TestFiles.resource("fixture").toString(),
                TestFiles.resource("data/pubtator/NCBIdevelopset_corpus.txt.gz").toString());
        Path nq = shared.resolve("export.nq");
        List<String> args = new ArrayList<>(List.of("export", "-q", "-o", nq.toString()));
        args.addAll(inputs);
        Captured export = Captured.paperkg(args.toArray(String[]::new));
        assertEquals(0, export.exitCode(), export.err());
        DatasetGraph written = DatasetGraphFactory.createGeneral();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(written);
        // push sends the paper graphs; the export's description of itself (VoID, run, provenance) is not one
        exported = DescriptionGraphs.withoutDescription(written);
        graphs = (int) java.util.stream.StreamSupport.stream(
                ((Iterable<Node>) exported::listGraphNodes).spliterator(), false).count();
        assertTrue(graphs > 100, "5 cards and 100 abstracts, one graph each: " + graphs);
    }

    private Captured push(String url, String... options) {
        List<String> args = new ArrayList<>(List.of("push", "-q", "--to", url, "--journal", tmp.resolve("journal").toString()));
        args.addAll(List.of(options));
        args.addAll(inputs);
        return Captured.paperkg(args.toArray(String[]::new));
    }

    /** The paper source graphs of a store (the server's ingest adds statistics, provenance and a description). */
    private static DatasetGraph paperGraphs(DatasetGraph dsg) {
        DatasetGraph c = DatasetGraphFactory.createGeneral();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, org.paperkg.vocab.Terms.RDF_TYPE, org.paperkg.vocab.Terms.PKG_SOURCE_GRAPH)
                .forEachRemaining(q -> dsg.find(q.getGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(c::add)));
        return c;
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph c = DatasetGraphFactory.createGeneral();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(c::add));
        return c;
    }

    private static Map<String, Long> successfulWritesPerGraph(List<GraphStoreStandIn.Request> requests) {
        return requests.stream().filter(GraphStoreStandIn.Request::succeeded)
                .collect(Collectors.groupingBy(r -> String.valueOf(r.graph()), Collectors.counting()));
    }

    @ParameterizedTest(name = "--format {0} --batch {1}")
    @CsvSource({"nt, 1", "ttl, 1", "nq, 7", "update, 1", "update, 9"})
    void theTargetHoldsExactlyWhatExportWrites(String format, int batch) {
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            // a paper graph pushed before with other content, and a graph push knows nothing of
            Node paperGraph = exported.listGraphNodes().next();
            Quad stale = Quad.create(paperGraph, NodeFactory.createURI("http://example.org/old"),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("stale"));
            Quad other = Quad.create(NodeFactory.createURI("http://example.org/other-graph"), stale.getSubject(), stale.getPredicate(), stale.getObject());
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().add(stale);
                store.dataset().add(other);
            });
            String url = format.equals("update") ? store.updateUrl() : store.graphStoreUrl();
            Captured run = push(url, "--format", format, "--batch", String.valueOf(batch));
            assertEquals(0, run.exitCode(), run.err());

            DatasetGraph expected = copy(exported);
            expected.add(other);
            if (format.equals("nq")) expected.add(stale);   // POST adds; PUT and DROP + INSERT replace
            GraphAssert.assertIsomorphic(expected, copy(store.dataset()));
            int expectedRequests = (graphs + batch - 1) / batch;
            assertEquals(expectedRequests, store.requests().size(), "one request per " + batch + " graph(s)");
            assertTrue(run.err().contains("push: graphs " + graphs + " mapped, " + graphs + " pushed, 0 already in the journal, 0 failed"), run.err());
            assertTrue(run.err().contains("summary: files 5, records read 105, mapped 105, skipped 0"), run.err());
            assertFalse(Files.exists(tmp.resolve("journal")), "a complete push removes its journal");
        }
    }

    @Test
    void transientFailuresAreRetriedAndThePushCompletes() {
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            store.faults(n -> n % 4 == 0 ? Fault.UNAVAILABLE_503 : n % 7 == 0 ? Fault.TOO_MANY_429
                    : n % 11 == 0 ? Fault.DROP_CONNECTION : Fault.NONE);
            // the faults follow the stand-in's request count, which the 3 senders share, so one
            // graph can meet them several times in a row: a full test run saw one fail all 9
            // attempts of the default 8 retries. 40 retries, waits capped at 1 s, keep the test
            // about retrying, not about the odds.
            Captured run = push(store.graphStoreUrl(), "--backoff-ms", "5", "--concurrency", "3", "--retries", "40", "--max-backoff", "1");
            assertEquals(0, run.exitCode(), run.err());
            GraphAssert.assertIsomorphic(exported, copy(store.dataset()));
            List<GraphStoreStandIn.Request> seen = store.requests();
            long failedRequests = seen.stream().filter(r -> !r.succeeded()).count();
            assertTrue(failedRequests >= graphs / 4, "the stand-in failed " + failedRequests + " requests");
            assertTrue(seen.stream().anyMatch(r -> r.status() == -1), "a connection was dropped");
            assertTrue(seen.stream().anyMatch(r -> r.status() == 429), "a 429 was sent");
            assertTrue(run.err().contains("retries " + failedRequests + ";"), "every failed request was retried once more:\n" + run.err());
            assertEquals(graphs, successfulWritesPerGraph(seen).size());
        }
    }

    @Test
    void aServerThatStaysDownFailsTheRunAndARerunResumesFromTheJournal() throws IOException {
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            int up = 30;
            store.faults(n -> n <= up ? Fault.NONE : Fault.UNAVAILABLE_503);
            Captured down = push(store.graphStoreUrl(), "--backoff-ms", "5", "--retries", "2", "--concurrency", "2", "--sync-every", "4");
            assertEquals(1, down.exitCode(), down.err());
            assertTrue(down.err().contains("failed: graph <"), down.err());
            assertTrue(down.err().contains("after 3 attempts; last: PUT " + store.graphStoreUrl() + "?graph="), down.err());
            assertTrue(down.err().contains("answered 503"), down.err());
            List<String> journal = Files.readAllLines(tmp.resolve("journal"));
            assertEquals(up + 1, journal.size(), "header and the graphs confirmed before the server went down:\n" + journal);

            store.faults(n -> Fault.NONE);
            int before = store.requests().size();
            Captured rerun = push(store.graphStoreUrl());
            assertEquals(0, rerun.exitCode(), rerun.err());
            int rerunRequests = store.requests().size() - before;
            assertEquals(graphs - up, rerunRequests, "the rerun sends only what the journal does not list");
            assertTrue(rerun.err().contains(up + " already in the journal"), rerun.err());
            GraphAssert.assertIsomorphic(exported, copy(store.dataset()));
            Map<String, Long> writes = successfulWritesPerGraph(store.requests());
            assertEquals(graphs, writes.size());
            assertEquals(Set.of(1L), Set.copyOf(writes.values()), "every graph written exactly once over both runs: " + writes);
            assertFalse(Files.exists(tmp.resolve("journal")));
        }
    }

    @Test
    void anUnreachableServerFailsWithTheConnectionError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Captured run = push("http://127.0.0.1:" + port + "/ds/data", "--backoff-ms", "1", "--retries", "1", "--timeout", "5");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("after 2 attempts; last: PUT http://127.0.0.1:" + port + "/ds/data?graph="), run.err());
        assertTrue(run.err().contains("ConnectException"), run.err());
        assertTrue(run.err().contains("push: graphs") && run.err().contains(" 0 pushed"), run.err());
    }

    @Test
    void aPermanentErrorStopsAtOnceWithoutRetrying() {
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            store.faults(n -> Fault.UNSUPPORTED_415);
            Captured run = push(store.graphStoreUrl(), "--concurrency", "1");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("answered 415"), run.err());
            assertTrue(run.err().contains("does not take application/n-triples: try another --format"), run.err());
            assertTrue(run.err().contains("retries 0;"), run.err());
            assertTrue(store.requests().size() <= 2, "stopped at the first refusal: " + store.requests().size());

            store.faults(n -> Fault.MOVED_301);
            Captured moved = push(store.graphStoreUrl(), "--concurrency", "1");
            assertEquals(1, moved.exitCode(), moved.err());
            assertTrue(moved.err().contains("answered 301") && moved.err().contains("(it redirects to https://elsewhere.example/ds/data: give that URL as --to)"), moved.err());
        }
    }

    @Test
    void credentialsAreSentAsBasicAuthorization() throws IOException {
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            Path file = tmp.resolve("credentials");
            Files.writeString(file, "# push user\nloader:pa:ss\n");
            Captured run = push(store.graphStoreUrl(), "--auth-file", file.toString());
            assertEquals(0, run.exitCode(), run.err());
            String expected = "Basic " + Base64.getEncoder().encodeToString("loader:pa:ss".getBytes(StandardCharsets.UTF_8));
            assertEquals(Set.of(expected), store.requests().stream().map(GraphStoreStandIn.Request::authorization).collect(Collectors.toSet()));
            assertFalse(run.err().contains("pa:ss"), "the password is never printed:\n" + run.err());

            store.clearRequests();
            assertEquals(0, push(store.graphStoreUrl()).exitCode());
            assertTrue(store.requests().stream().allMatch(r -> r.authorization() == null), "no credentials, no header");
        }
    }

    @Test
    void wrongCredentialsAre401AndNothingIsWritten() throws IOException {
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "loader:right-one\n");
        DatasetGraph stored = DatasetGraphFactory.createTxnMem();
        try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(stored), ServeOptions.builder()
                .port(0).timeout(Duration.ofSeconds(10)).allowUpdate(true).passwordFile(passwords).build())) {
            String url = endpoint.datasetUrl() + "/data";
            Captured wrong = push(url, "--auth", "loader:wrong-one");
            assertEquals(1, wrong.exitCode(), wrong.err());
            assertTrue(wrong.err().contains("answered 401"), wrong.err());
            assertTrue(wrong.err().contains("check --auth or --auth-file"), wrong.err());
            assertTrue(wrong.err().contains("/kg/ingest answered 401"), "a paperkg server gets the files at its ingest endpoint:\n" + wrong.err());
            assertFalse(wrong.err().contains("wrong-one"), "the password is never printed:\n" + wrong.err());
            assertTrue(Txn.calculateRead(stored, () -> stored.isEmpty()), "nothing written");

            Captured right = push(url, "--auth", "loader:right-one");
            assertEquals(0, right.exitCode(), right.err());
            GraphAssert.assertIsomorphic(exported, paperGraphs(stored));
        }
    }

    @Test
    void dryRunSendsNothingAndStrictChecksEveryInputFirst() {
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            Captured dry = push(store.graphStoreUrl(), "--dry-run");
            assertEquals(0, dry.exitCode(), dry.err());
            assertTrue(dry.err().contains(graphs + " would be pushed"), dry.err());
            assertTrue(dry.err().contains("push: dry run, nothing sent"), dry.err());
            assertEquals(List.of(), store.requests());
            assertFalse(Files.exists(tmp.resolve("journal")));

            // the fixture cards have problems (unknown prefixes, a bad MONDO id)
            Captured strict = push(store.graphStoreUrl(), "--strict");
            assertEquals(1, strict.exitCode(), strict.err());
            assertTrue(strict.err().contains("stopped at the first problem (--strict)"), strict.err());
            assertEquals(List.of(), store.requests(), "nothing is sent when an input has a problem");
        }
    }

    @Test
    void withdrawalsAGraphStoreCannotApplyAreSaid() throws IOException {
        Path update = org.paperkg.testing.PubMedFiles.write(tmp.resolve("pubmed26n0002.xml"),
                List.of(org.paperkg.testing.PubMedFiles.Article.of("7100001", "A paper of an update file")), List.of("7100002", "7100003"));
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            Captured dry = Captured.paperkg("push", "-q", "--to", store.graphStoreUrl(), "--journal", tmp.resolve("journal").toString(),
                    "--dry-run", update.toString());
            assertEquals(0, dry.exitCode(), dry.err());
            assertTrue(dry.err().contains("push: 2 DeleteCitation entries were not applied") && dry.err().contains("paperkg sync"), dry.err());
        }
    }

    @Test
    void aPaperReadTwiceEndsAsTheVersionReadLast() throws IOException {
        String card = org.paperkg.testutil.Cards.example();
        Path twice = tmp.resolve("twice.md");
        // another paper in between: the mapping (as ingest's loader) joins consecutive records of one graph
        String other = card.replace("PMC13027165", "PMC2000001").replace("10.3390/ijms27062602", "10.3390/other");
        Files.writeString(twice, card + "\n" + other + "\n" + card.replace("# Bone and Infections", "# Second Version"));
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            Captured run = Captured.paperkg("push", "-q", "--to", store.graphStoreUrl(), "--journal", tmp.resolve("journal").toString(),
                    "--concurrency", "4", twice.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("DUPLICATE_PAPER"), "reported as for export:\n" + run.err());
            Node paper = NodeFactory.createURI("https://w3id.org/paperkg/paper/pmc/PMC13027165");
            List<String> titles = Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, paper,
                    NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY).map(q -> q.getObject().getLiteralLexicalForm()).toList());
            assertEquals(List.of("Second Version: An Osteoimmunological Interplay"), titles);
            assertEquals(2, store.requests().size(), "the identity plan keeps the version read last: the first is never sent");
        }
    }

    @Test
    void badCommandLinesAreRefused() {
        assertEquals(2, push("ftp://127.0.0.1/ds/data").exitCode());
        Captured creds = push("http://loader:secret@127.0.0.1:1/ds/data");
        assertEquals(2, creds.exitCode());
        assertFalse(creds.err().contains("secret"), creds.err());
        assertEquals(2, push("http://127.0.0.1:1/ds/data", "--format", "nq").exitCode());
        assertEquals(2, push("http://127.0.0.1:1/ds/data", "--format", "ttl", "--batch", "5").exitCode());
    }
}
