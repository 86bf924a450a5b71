package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.settings.Setting;
import org.paperkg.settings.Settings;
import org.paperkg.testing.PaperkgProcess;
import org.paperkg.testing.PubMedFiles;
import org.paperkg.testing.StoreChecks;
import org.paperkg.testing.PubMedFiles.Article;

/**
 * Kills (SIGKILL) a {@code paperkg sync} of four PubMed files (new, revised and deleted records) at
 * random points: after every kill the store must have applied a whole number of files, in order (its
 * ledger names the first k, and its papers are those of a sync of the first k files alone, with
 * statistics that are a recount), and a sync run again must end where an uninterrupted one ends: no
 * file applied twice or half, nothing lost. The seed is fixed unless {@code -Dpaperkg.syncKillSeed=N}.
 */
class SyncKillTest {

    static final Setting<Long> KILL_SEED = Setting.optionalLong("paperkg.syncKillSeed",
            "The seed of SyncKillTest's kill points (default 19).");

    private static final int KILLS = 4;

    @TempDir
    Path tmp;

    @Test
    void aKilledSyncAppliesWholeFilesInOrderAndARerunFinishesIt() throws Exception {
        Path dir = tmp.resolve("pubmed");
        // a small baseline (an empty store is bulk loaded, slow to start for few records), then larger
        // updates, so that most kill points fall among the updates' transactions
        List<Path> files = List.of(
                PubMedFiles.write(dir.resolve("pubmed26n0001.xml"), articles(1, 100, "first"), List.of()),
                PubMedFiles.write(dir.resolve("pubmed26n0002.xml"), concat(articles(1, 50, "revised"), articles(101, 600, "first")),
                        concat(range(61, 80), List.of("9999"))),
                PubMedFiles.write(dir.resolve("pubmed26n0003.xml"), concat(articles(601, 1100, "first"), articles(61, 70, "back")),
                        range(1, 20)),
                PubMedFiles.write(dir.resolve("pubmed26n0004.xml"), concat(articles(1101, 1500, "first"),
                        articles(21, 60, "second version").stream().map(a -> a.version(2)).toList()), range(401, 450)));

        // the state after each whole number of files, synced here file by file
        List<StoreTotals> after = new ArrayList<>();
        Path stepwise = tmp.resolve("stepwise");
        after.add(new StoreTotals(0, 0, 0));
        for (Path f : files) {
            assertEquals(0, PaperkgCommand.execute("sync", f.toString(), "--db", stepwise.toString(), "-q"));
            after.add(IngestTest.totals(stepwise));
        }

        // the uninterrupted sync, timed in a subprocess like the killed ones
        Path whole = tmp.resolve("whole");
        long t0 = System.nanoTime();
        Process p0 = syncProcess(dir, whole, tmp.resolve("whole.log"));
        assertTrue(p0.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p0.exitValue(), java.nio.file.Files.readString(tmp.resolve("whole.log")));
        long syncMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(after.get(4), IngestTest.totals(whole), "one sync of the folder ends where file-by-file syncs end");

        Long given = Settings.current().get(KILL_SEED);
        long seed = given != null ? given : 19;
        Random random = new Random(seed);
        Path db = tmp.resolve("db");
        List<String> points = new ArrayList<>();
        int partial = 0;
        for (int i = 0; i < KILLS; i++) {
            // the first kill anywhere in the first quarter (JVM start, the database made, the baseline's
            // bulk load); the others a random time after the run finished applying its first file, so
            // they fall among the update files' transactions however busy the machine is
            Path log = tmp.resolve("sync-" + i + ".log");
            Process p = syncProcess(dir, db, log);
            long killAfterMs = (long) (random.nextDouble() * syncMs / (i == 0 ? 4 : 2));
            if (i > 0) awaitFirstFileOrEnd(p, log);
            boolean finished = p.waitFor(1 + killAfterMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            }
            String where = "seed " + seed + ", kill " + (i + 1) + " at " + killAfterMs + " ms" + (i > 0 ? " after its first file" : "")
                    + " (uninterrupted sync " + syncMs + " ms)";
            if (!java.nio.file.Files.exists(db)) {
                points.add(killAfterMs + " ms (before the database was made)");
                continue;
            }
            int applied = ledgerSize(db);
            assertEquals(after.get(applied), IngestTest.totals(db), where + ": the store after " + applied + " whole file(s)");
            // no file applied: the store is as it began, empty (totals above), with no statistics yet
            if (applied > 0) StoreChecks.assertStatisticsAreARecount(db, where);
            points.add(killAfterMs + " ms (" + applied + " file(s) applied" + (finished ? ", finished" : "") + ")");
            if (applied > 0 && applied < 4) partial++;
            // a sync that got to the end: the next kill starts again from an empty database
            if (applied == 4) org.paperkg.util.FileTrees.deleteTree(db);
        }
        System.out.println("SyncKillTest: seed " + seed + ", uninterrupted sync " + syncMs + " ms, kills at " + points);
        assertEquals(0, PaperkgCommand.execute("sync", dir.toString(), "--db", db.toString(), "-q"));
        assertEquals(4, ledgerSize(db), "seed " + seed + ": every file applied once, kills at " + points);
        assertEquals(after.get(4), IngestTest.totals(db), "seed " + seed + ", kills at " + points);
        StoreChecks.assertStatisticsAreARecount(db, "after the rerun");
        assertTrue(partial > 0, "no kill left the sync between its first and last file (seed " + seed + "): " + points);
    }

    private static List<Article> articles(int from, int to, String edition) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> new Article(String.valueOf(100000 + n), 1,
                "Paper " + n + " (" + edition + ")", n % 3 == 0 ? "PMC" + (500000 + n) : null,
                List.of("Author" + (n % 37) + " Anna", "Writer" + (n % 11) + " Bo"), List.of(n % 2 == 0 ? "D003920" : "D008881"))).toList();
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> String.valueOf(100000 + n)).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int ledgerSize(Path db) {
        return (int) StoreChecks.count(db, "SELECT (COUNT(DISTINCT ?r) AS ?n) { GRAPH ?g { ?r a <https://w3id.org/paperkg/vocab#SyncRun> } }");
    }


    /** Waits until the sync says it applied a file (its "sync: [1/n]" line), or ends. */
    private static void awaitFirstFileOrEnd(Process p, Path log) throws Exception {
        for (int waited = 0; p.isAlive() && waited < 600_000; waited += 20) {
            if (java.nio.file.Files.readString(log).contains("sync: [1/")) return;
            Thread.sleep(20);
        }
    }

    private static Process syncProcess(Path dir, Path db, Path log) throws Exception {
        return PaperkgProcess.start(log, "sync", dir.toString(), "--db", db.toString(), "-q");
    }
}
