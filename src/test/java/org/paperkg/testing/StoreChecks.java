package org.paperkg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.paperkg.map.PaperIris;
import org.paperkg.stats.StatisticsRecount;
import org.paperkg.store.KgStore;

/** Checks of a TDB2 database on disk, each opening it, reading it in one transaction and releasing it. */
public final class StoreChecks {

    private StoreChecks() {}

    /** What {@code read} computes from the database at {@code db}, in one read transaction. */
    public static <T> T read(Path db, Function<DatasetGraph, T> read) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> read.apply(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }

    /** The oracle of the statistics graph: a recount of what the store holds equals what it keeps. */
    public static void assertStatisticsAreARecount(Path db, String when) {
        read(db, dsg -> {
            assertEquals(new TreeSet<>(StatisticsRecount.expected(dsg, PaperIris.DEFAULT_BASE).stream().map(Object::toString).toList()),
                    new TreeSet<>(StatisticsRecount.stored(dsg, PaperIris.DEFAULT_BASE).stream().map(Object::toString).toList()),
                    when + ": statistics against a recount");
            return null;
        });
    }

    /** The values of {@code var} in the answer of a SELECT (IRIs and lexical forms). */
    public static List<String> select(Path db, String query, String var) {
        return read(db, dsg -> {
            List<String> out = new ArrayList<>();
            QueryExec.dataset(dsg).query(query).select().forEachRemaining(b -> {
                var n = b.get(var);
                out.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            return out;
        });
    }

    /** The number a {@code SELECT (COUNT(…) AS ?n)} answers. */
    public static long count(Path db, String query) {
        return Long.parseLong(select(db, query, "n").get(0));
    }
}
