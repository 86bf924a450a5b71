package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.testutil.Cards;

/**
 * The bulk path of an ingest into an empty database (sorted index build in a Data-NNNN-tmp
 * directory, switched to by a rename) stores exactly what the transactional path stores, leaves the
 * database as it was when killed, and gives way to the transactional path when a run needs merges.
 */
class BulkIngestTest {

    @TempDir
    Path tmp;

    @Test
    void theBulkPathStoresWhatOneTransactionStores() throws Exception {
        Path cards = tmp.resolve("cards");
        Cards.writeMany(cards, "a.md.gz", 0, 100);
        Path bulk = tmp.resolve("bulk");
        Path txn = tmp.resolve("txn");
        assertEquals(0, PaperkgCommand.execute("ingest", cards.toString(), "--db", bulk.toString(), "--slice", "-q"));
        assertEquals(0, PaperkgCommand.execute("ingest", cards.toString(), "--db", txn.toString(), "--slice", "--no-bulk", "-q"));
        Set<String> expected = quads(txn);
        assertTrue(expected.size() > 100 * 100, "papers and the slice: " + expected.size());
        assertSameQuads(expected, quads(bulk));
        try (Stream<Path> dirs = Files.list(bulk)) {
            // TDB2's storage folders (the full-text index keeps its own, text-index, beside them)
            assertEquals(List.of("Data-0002"), dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data-")).toList(), "the bulk load's storage replaced the empty one");
        }

        // later runs on the bulk-loaded database take the transactional path and replace graphs; the
        // description's void:triples counts every named graph, the runs' records too, so it grows by one run
        assertEquals(0, PaperkgCommand.execute("ingest", cards.toString(), "--db", bulk.toString(), "-q"));
        assertSameQuads(withoutTripleCount(expected), withoutTripleCount(quads(bulk)));
        Path more = tmp.resolve("more");
        Cards.writeMany(more, "b.md.gz", 1000, 10);
        assertEquals(0, PaperkgCommand.execute("ingest", more.toString(), "--db", bulk.toString(), "-q"));
        assertEquals(110, IngestTest.totals(bulk).papers());
    }

    @Test
    void aRunWhoseRecordsShareIdentifiersIsBulkLoadedWithTheRecordsReadLast() throws Exception {
        Path cards = tmp.resolve("cards");
        Cards.writeMany(cards, "a.md.gz", 0, 20);
        Cards.writeMany(cards, "b.md.gz", 10, 20); // papers 10..19 come twice: the later replaces the earlier
        Path db = tmp.resolve("db");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, PaperkgCommand.execute("ingest", cards.toString(), "--db", db.toString(), "-q"));
        } finally {
            System.setErr(old);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        // the identity plan settles the repeated papers before loading: the bulk path needs no fallback
        assertFalse(log.contains("gave way"), log);
        assertEquals(10, log.lines().filter(l -> l.contains(": DUPLICATE_PAPER ")).count(), log);
        StoreTotals totals = IngestTest.totals(db);
        assertEquals(30, totals.papers());
        assertEquals(33, totals.graphs(), "30 paper graphs, the dataset description, graph/provenance and the statistics");

        Path once = tmp.resolve("once");
        Cards.writeMany(once, "a.md.gz", 0, 30);
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, PaperkgCommand.execute("ingest", once.toString(), "--db", fresh.toString(), "-q"));
        assertEquals(IngestTest.totals(fresh), totals);
    }

    @Test
    void aKilledBulkLoadLeavesTheEmptyDatabaseAndARerunCompletesIt() throws Exception {
        Path big = tmp.resolve("big");
        for (int f = 0; f < 4; f++) Cards.writeMany(big, "b" + f + ".md.gz", 1000 + 2500 * f, 2500);
        Path db = tmp.resolve("db");
        Files.createDirectories(db);
        Path log = tmp.resolve("ingest.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PaperkgCommand.class.getName(),
                "ingest", big.toString(), "--db", db.toString(), "-q"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // kill once the staging directory exists and is being filled
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !Files.exists(db.resolve("Data-0002-tmp"))) Thread.sleep(20);
        Thread.sleep(800);
        assertTrue(p.isAlive(), "the load ended before the kill (make the input larger?): " + Files.readString(log));
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(db.resolve("Data-0002")), "the switch happened before the kill");

        assertEquals(new StoreTotals(0, 0, 0), IngestTest.totals(db));
        assertFalse(Files.exists(db.resolve("Data-0002-tmp")), "TDB2 removes the left-over staging directory on open");

        assertEquals(0, PaperkgCommand.execute("ingest", big.toString(), "--db", db.toString(), "-q"));
        assertEquals(10_000, IngestTest.totals(db).papers());
    }

    private static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("run/[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}");

    /** Equal sets, or a failure that lists the missing and the unexpected quads. */
    private static void assertSameQuads(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected), unexpected = new TreeSet<>(actual);
        missing.removeAll(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(),
                "missing:\n  " + String.join("\n  ", missing) + "\nunexpected:\n  " + String.join("\n  ", unexpected));
    }

    private static Set<String> withoutTripleCount(Set<String> quads) {
        Set<String> out = new TreeSet<>(quads);
        // each run adds its record: the description's triple count and the statistics' other graphs grow
        out.removeIf(q -> q.startsWith("<https://w3id.org/paperkg/graph/void> <https://w3id.org/paperkg/dataset> <http://rdfs.org/ns/void#triples>")
                || q.startsWith("<https://w3id.org/paperkg/graph/stats> <https://w3id.org/paperkg/stats> <https://w3id.org/paperkg/vocab#otherGraph"));
        assertEquals(quads.size() - 3, out.size(), "exactly the dataset's triple count and the other graphs' counts left out");
        return out;
    }

    private static Set<String> quads(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<String> out = new TreeSet<>();
                // the dataset description carries the time it was computed: compare what it counts, not when;
                // each run's own record differs (its id and times): compare which run input each graph came from
                // the statistics' row of a run graph is named by a hash of the run's IRI: left out with the run
                Set<org.apache.jena.graph.Node> runRows = new java.util.HashSet<>();
                dsg.find(null, null, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/vocab#statGraph"), null)
                        .forEachRemaining(q -> {
                            if (q.getObject().getURI().startsWith("https://w3id.org/paperkg/graph/run/")) runRows.add(q.getSubject());
                        });
                dsg.find().forEachRemaining(q -> {
                    if (q.getPredicate().getURI().equals("http://purl.org/dc/terms/modified")) return;
                    if (q.getGraph().getURI().startsWith("https://w3id.org/paperkg/graph/run/")) return;
                    if (runRows.contains(q.getSubject())) return;
                    out.add(RUN_ID.matcher(NodeFmtLib.str(q)).replaceAll("run/ID"));
                });
                return out;
            });
        } finally {
            KgStore.release(dsg);
        }
    }
}
