package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.testutil.Cards;

/**
 * Kills (SIGKILL) an ingest subprocess in the middle of its load: the database must reopen at its
 * last committed state, answer queries, and a rerun must end with the counts of an uninterrupted load.
 */
class IngestKillTest {

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLeavesTheLastCommittedStateAndARerunCompletesIt() throws Exception {
        Path small = tmp.resolve("small");
        Cards.writeMany(small, "a.md.gz", 0, 10);
        Path big = tmp.resolve("big");
        Cards.writeMany(big, "b.md.gz", 1000, 3000);
        Path db = tmp.resolve("db");
        assertEquals(0, PaperkgCommand.execute("ingest", small.toString(), "--db", db.toString(), "-q"));
        StoreTotals committed = IngestTest.totals(db);

        for (long killAfterMs : new long[] {1500, 3000}) {
            Path log = tmp.resolve("ingest-" + killAfterMs + ".log");
            Process p = ingestProcess(big, db, log);
            boolean finished = p.waitFor(killAfterMs, TimeUnit.MILLISECONDS);
            assertTrue(!finished, "the load ended before the kill at " + killAfterMs + " ms (make the input larger?): "
                    + java.nio.file.Files.readString(log));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);

            assertEquals(committed, IngestTest.totals(db), "after a kill at " + killAfterMs + " ms");
            assertQueriesAnswer(db);
        }

        assertEquals(0, PaperkgCommand.execute("ingest", big.toString(), "--db", db.toString(), "-q"));
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, PaperkgCommand.execute("ingest", small.toString(), big.toString(), "--db", fresh.toString(), "-q"));
        assertEquals(IngestTest.totals(fresh), IngestTest.totals(db));
        assertEquals(3010, IngestTest.totals(db).papers());
    }

    private static Process ingestProcess(Path input, Path db, Path log) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(PaperkgCommand.class.getName());
        cmd.addAll(List.of("ingest", input.toString(), "--db", db.toString(), "-q"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void assertQueriesAnswer(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            String n = Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg)
                    .query("SELECT (COUNT(*) AS ?n) { ?p <http://schema.org/about> ?c }").select().next()
                    .get("n").getLiteralLexicalForm());
            assertEquals("10", n);
        } finally {
            KgStore.release(dsg);
        }
    }
}
