package org.paperkg.stats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Counters per statistics row, and per author the number of papers (typed with the paper class, Terms.PAPER_CLASS)
 * that list them as dcterms:creator. Counts of papers add up: the statistics of a store are the sum
 * of its papers' counts, and a change is the counts after minus the counts before.
 */
final class Counts {

    final Map<StatRow, long[]> rows = new HashMap<>();
    final Map<Node, Long> authorPapers = new HashMap<>();

    void add(StatRow row, String counter, long n) {
        if (n == 0) return;
        rows.computeIfAbsent(row, r -> new long[r.kind().counters.size()])[row.kind().counter(counter)] += n;
    }

    long get(StatRow row, String counter) {
        long[] v = rows.get(row);
        return v == null ? 0 : v[row.kind().counter(counter)];
    }

    void addAuthor(Node person, long n) {
        if (n != 0) authorPapers.merge(person, n, Long::sum);
    }

    /** Adds {@code sign} times {@code other}. */
    void add(Counts other, int sign) {
        other.rows.forEach((row, v) -> {
            long[] mine = rows.computeIfAbsent(row, r -> new long[v.length]);
            for (int i = 0; i < v.length; i++) mine[i] += sign * v[i];
        });
        other.authorPapers.forEach((p, n) -> addAuthor(p, sign * n));
    }

    /** Drops rows whose counters are all zero, and authors with no change. */
    void prune() {
        rows.values().removeIf(Counts::zero);
        authorPapers.values().removeIf(n -> n == 0);
    }

    static boolean zero(long[] v) {
        for (long x : v) if (x != 0) return false;
        return true;
    }

    Set<StatRow> rowsOf(StatKind kind) {
        Set<StatRow> out = new HashSet<>();
        for (StatRow r : rows.keySet()) if (r.kind() == kind) out.add(r);
        return out;
    }
}
