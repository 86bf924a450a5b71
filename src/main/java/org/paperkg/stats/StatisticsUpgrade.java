package org.paperkg.stats;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A store made by an earlier paperkg has no statistics, or statistics of an older format (without
 * rows the library queries now read, such as the metadata gaps): its queries would answer from
 * missing rows. Opening it counts them again, once, before anything reads them.
 */
public final class StatisticsUpgrade {

    private StatisticsUpgrade() {}

    /** Recounts the statistics when they are missing or old; true when it did. */
    public static boolean bringUpToDate(DatasetGraph dsg, String base, PrintStream log) {
        StatisticsGraph stats = new StatisticsGraph(base);
        if (Txn.calculateRead(dsg, () -> stats.exists(dsg) || !dsg.find().hasNext())) return false;
        log.println("statistics: this store's statistics are missing or from an older paperkg; counting them again (once) ...");
        long start = System.nanoTime();
        Txn.executeWrite(dsg, () -> {
            if (!stats.exists(dsg)) StatisticsRecount.rewrite(dsg, stats);
        });
        log.printf(Locale.ROOT, "statistics: counted in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return true;
    }
}
