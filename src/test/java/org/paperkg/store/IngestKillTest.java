package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.settings.Setting;
import org.paperkg.settings.Settings;
import org.paperkg.testutil.Cards;

/**
 * Kills (SIGKILL) an ingest subprocess at random points of its load: the database must reopen at its
 * last committed state (or, for a kill after the commit, the finished one; never anything between),
 * answer queries, and a rerun must end with the counts of an uninterrupted load. The points are
 * spread over the time an uninterrupted load of the same input takes in a subprocess here; the seed
 * is printed in every message ({@code -Dpaperkg.killSeed=N} repeats a run).
 */
class IngestKillTest {

    /** Repeats a run's kill points (each failure message prints its seed): {@code mvn test -Dtest=IngestKillTest -Dpaperkg.killSeed=N}. */
    static final Setting<Long> KILL_SEED = Setting.optionalLong("paperkg.killSeed",
            "The seed of IngestKillTest's kill points; a new one each run when not given.");

    @TempDir
    Path tmp;

    private static final int KILLS = 3;

    @Test
    void aKilledIngestLeavesTheLastCommittedStateAndARerunCompletesIt() throws Exception {
        Path small = tmp.resolve("small");
        Cards.writeMany(small, "a.md.gz", 0, 10);
        Path big = tmp.resolve("big");
        Cards.writeMany(big, "b.md.gz", 1000, 1000);

        // the uninterrupted load, timed: small in this JVM, big in a subprocess like the killed ones
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, PaperkgCommand.execute("ingest", small.toString(), "--db", fresh.toString(), "-q"));
        long t0 = System.nanoTime();
        Process whole = ingestProcess(big, fresh, tmp.resolve("whole.log"));
        assertTrue(whole.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, whole.exitValue(), java.nio.file.Files.readString(tmp.resolve("whole.log")));
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        StoreTotals full = IngestTest.totals(fresh);
        assertEquals(1010, full.papers());

        Path db = tmp.resolve("db");
        assertEquals(0, PaperkgCommand.execute("ingest", small.toString(), "--db", db.toString(), "-q"));
        StoreTotals committed = IngestTest.totals(db);
        assertEquals(10, committed.papers());

        Long given = Settings.current().get(KILL_SEED);
        long seed = given != null ? given : System.nanoTime();
        Random random = new Random(seed);
        int killedBeforeCommit = 0;
        List<String> points = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            // anywhere from the JVM's start to the end of the load, the commit included
            long killAfterMs = 1 + (long) (random.nextDouble() * loadMs);
            String where = "seed " + seed + ", kill " + (i + 1) + " at " + killAfterMs + " of " + loadMs + " ms";
            Path log = tmp.resolve("ingest-" + i + ".log");
            Process p = ingestProcess(big, db, log);
            boolean finished = p.waitFor(killAfterMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), where);
            }
            StoreTotals after = IngestTest.totals(db);
            assertTrue(after.equals(committed) || after.equals(full),
                    where + ": the store holds " + after + ", neither the last commit " + committed + " nor the whole load " + full);
            assertQueriesAnswer(db, after.equals(committed) ? 10 : 1010, where);
            points.add(killAfterMs + " ms" + (finished ? " (finished)" : after.equals(committed) ? " (before the commit)" : " (after it)"));
            if (!finished && after.equals(committed)) killedBeforeCommit++;
            // once the load went through, later kills start again from the last commit of the small input
            if (after.equals(full)) {
                deleteTree(db);
                assertEquals(0, PaperkgCommand.execute("ingest", small.toString(), "--db", db.toString(), "-q"));
            }
        }
        System.out.println("IngestKillTest: seed " + seed + ", uninterrupted load " + loadMs + " ms, kills at " + points);
        assertTrue(killedBeforeCommit > 0, "no kill fell inside the load (seed " + seed + "): " + points);

        assertEquals(0, PaperkgCommand.execute("ingest", big.toString(), "--db", db.toString(), "-q"));
        assertEquals(full, IngestTest.totals(db), "seed " + seed + ", kills at " + points);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(f);
        }
    }

    private static Process ingestProcess(Path input, Path db, Path log) throws Exception {
        return org.paperkg.testing.PaperkgProcess.start(log, "ingest", input.toString(), "--db", db.toString(), "-q");
    }

    private static void assertQueriesAnswer(Path db, int expected, String where) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            String n = Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg)
                    .query("SELECT (COUNT(*) AS ?n) { ?p <http://schema.org/about> ?c }").select().next()
                    .get("n").getLiteralLexicalForm());
            assertEquals(String.valueOf(expected), n, where);
        } finally {
            KgStore.release(dsg);
        }
    }
}
