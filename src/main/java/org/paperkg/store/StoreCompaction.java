package org.paperkg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Rewrites a TDB2 database's storage without the blocks earlier transactions left behind. TDB2 never
 * updates a B+tree block in place: a write transaction copies each block it changes, so every
 * ingest into a non-empty store leaves the old copies in the files (1 000 new papers into 100 000
 * leave about 300 MB). TDB2's compaction copies the live data into the next {@code Data-NNNN}
 * and switches to it; the old directory is deleted. Readers of the same process may go on meanwhile.
 */
public final class StoreCompaction {

    /** Sizes of the storage directory before and after. */
    public record Result(Path before, long bytesBefore, Path after, long bytesAfter, long millis) {}

    private StoreCompaction() {}

    /** {@code log} gets a line every {@code everyMillis} while the copy grows. */
    public static Result compact(Path db, PrintStream log, long everyMillis) {
        Path before = currentData(db).orElseThrow(() -> new IllegalArgumentException(
                db + " is not a paperkg (TDB2) database: it has no Data-NNNN directory"));
        long bytesBefore = size(before);
        long start = System.currentTimeMillis();
        DatasetGraph dsg = KgStore.open(db);
        Thread ticker = ticker(db, before, log, everyMillis, start);
        try {
            ticker.start();
            DatabaseMgr.compact(dsg, true);
        } finally {
            ticker.interrupt();
            KgStore.release(dsg);
        }
        Path after = currentData(db).orElseThrow();
        return new Result(before, bytesBefore, after, size(after), System.currentTimeMillis() - start);
    }

    private static Thread ticker(Path db, Path before, PrintStream log, long everyMillis, long start) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(everyMillis);
                    log.printf(Locale.ROOT, "compact: %d s, new storage %s so far%n",
                            (System.currentTimeMillis() - start) / 1000, mib(newStorage(db, before)));
                }
            } catch (InterruptedException e) {
                // the compaction ended
            }
        }, "paperkg-compact-progress");
        t.setDaemon(true);
        return t;
    }

    /** The bytes of the storage being written (TDB2 names it {@code Data-NNNN}, or with {@code -tmp} while it copies). */
    private static long newStorage(Path db, Path before) {
        try (Stream<Path> s = Files.list(db)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-") && !p.equals(before))
                    .mapToLong(StoreCompaction::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The highest-numbered {@code Data-NNNN} directory: the one TDB2 uses. */
    static Optional<Path> currentData(Path db) {
        if (!Files.isDirectory(db)) return Optional.empty();
        try (Stream<Path> s = Files.list(db)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file TDB2 removed while we counted
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }
}
