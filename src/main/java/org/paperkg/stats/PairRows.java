package org.paperkg.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.settings.Debug;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.Terms;

/**
 * The co-mention and co-author rows of the statistics graph. A full table of pairs is too large
 * (about a million rows at 100 000 papers), and a focus with few papers is counted live fast
 * enough, so only a focus with at least {@link #threshold()} papers is <em>tracked</em>: a mark row
 * ({@link PairKind#mark}) and one row per other member of its pairs, with the papers they share,
 * counted as the queries count them. A concept's papers are those of its {@link StatKind#CONCEPT}
 * row (already kept, so deciding costs nothing); a person's are the subjects that have them as
 * dcterms:creator. A focus is tracked exactly while it is at or above the threshold, so the rows
 * kept through changes equal those of a count from scratch.
 */
final class PairRows {

    private PairRows() {}

    /**
     * {@link PaperkgSettings#PAIR_THRESHOLD}, asked at each use: tests build stores with a small and
     * a large threshold in one JVM (the bulk load's pairs: {@link PairTally}). A store keeps the
     * marks it was built with; a focus moves to the threshold of the run that next changes it, and
     * a recount applies the current one to all.
     */
    static int threshold() {
        return Settings.current().get(PaperkgSettings.PAIR_THRESHOLD);
    }

    /**
     * Adds the focus rows (marks) of every focus at or above the threshold to a count from scratch
     * of {@code dsg}. Their pairs are not held with the other rows: {@link #write} and
     * {@link #quads} count them focus by focus, so a recount holds one focus's pairs at a time.
     */
    static void addTracked(DatasetGraph dsg, Counts counts) {
        int t = threshold();
        addConceptMarks(counts, t);
        heavyPeople(dsg, t).forEach((person, papers) -> counts.add(PairKind.CO_AUTHOR.mark(person), "papers", papers));
    }

    /** Adds the marks of the concepts whose {@link StatKind#CONCEPT} row has at least {@code t} papers. */
    static void addConceptMarks(Counts counts, int t) {
        for (StatRow concept : new ArrayList<>(counts.rowsOf(StatKind.CONCEPT))) {
            long papers = counts.get(concept, "papers");
            if (papers >= t) counts.add(PairKind.CO_MENTION.mark(concept.key(0)), "papers", papers);
        }
    }

    /**
     * Makes the stored pair triples those of the focuses marked in {@code counts} (a count from
     * scratch), focus by focus: each tracked focus's pairs are counted and only what differs is
     * written; the pairs of a focus no longer tracked are deleted. Only the focuses in {@code only}
     * are looked at, all when it is null. Call before the count's other rows are written (the marks
     * stored until then say which focuses had pairs).
     */
    static void write(DatasetGraph dsg, StatisticsGraph stats, Counts counts, Map<PairKind, Set<Node>> only) {
        long start = System.nanoTime();
        long written = 0;
        for (PairKind kind : PairKind.values()) {
            Set<Node> tracked = new LinkedHashSet<>();
            for (StatRow mark : counts.rowsOf(kind.mark)) if (among(only, kind, mark.key(0))) tracked.add(mark.key(0));
            List<Node> before = new ArrayList<>();
            dsg.find(stats.graph(), Node.ANY, StatisticsGraph.pkg(kind.mark.keys.get(0)), Node.ANY).forEachRemaining(q -> {
                if (among(only, kind, q.getObject())) before.add(q.getObject());
            });
            for (Node focus : before)
                if (!tracked.contains(focus)) stats.pairsOf(dsg, kind, focus).forEach((other, n) -> dsg.delete(stats.pairQuad(kind.pair(focus, other), n)));
            for (Node focus : tracked) {
                Map<Node, Long> stored = stats.pairsOf(dsg, kind, focus);
                for (Map.Entry<Node, Long> e : scan(dsg, kind, focus).entrySet()) {
                    Long old = stored.remove(e.getKey());
                    if (e.getValue().equals(old)) continue;
                    StatRow pair = kind.pair(focus, e.getKey());
                    if (old != null) dsg.delete(stats.pairQuad(pair, old));
                    dsg.add(stats.pairQuad(pair, e.getValue()));
                    written++;
                }
                stored.forEach((other, n) -> dsg.delete(stats.pairQuad(kind.pair(focus, other), n)));
            }
        }
        if (Debug.enabled())
            System.err.printf(Locale.ROOT, "statistics: %d pair triples counted and written in %.1f s%n", written,
                    (System.nanoTime() - start) / 1e9);
    }

    /**
     * The pair triples of the focuses marked in {@code counts} (those in {@code only}, all when it is
     * null), as {@link #write} would leave them.
     */
    static List<Quad> quads(DatasetGraph dsg, StatisticsGraph stats, Counts counts, Map<PairKind, Set<Node>> only) {
        List<Quad> out = new ArrayList<>();
        for (PairKind kind : PairKind.values())
            for (StatRow mark : counts.rowsOf(kind.mark)) {
                Node focus = mark.key(0);
                if (!among(only, kind, focus)) continue;
                scan(dsg, kind, focus).forEach((other, n) -> out.add(stats.pairQuad(kind.pair(focus, other), n)));
            }
        return out;
    }

    private static boolean among(Map<PairKind, Set<Node>> only, PairKind kind, Node focus) {
        return only == null || only.getOrDefault(kind, Set.of()).contains(focus);
    }

    /**
     * The test for a pair triple (its property is a focus row), which the rows' own writing leaves
     * alone. The focus rows' IRI prefixes are made once: the test runs on every triple of the graph.
     */
    static Predicate<Quad> pairTriples(StatisticsGraph stats) {
        List<String> prefixes = new ArrayList<>();
        for (PairKind kind : PairKind.values()) prefixes.add(stats.rowPrefix(kind.mark));
        return q -> {
            Node p = q.getPredicate();
            if (!p.isURI()) return false;
            for (String prefix : prefixes) if (p.getURI().startsWith(prefix)) return true;
            return false;
        };
    }

    /**
     * Adds to {@code delta} (the change of the other rows, already counted) the change of the pair
     * rows: for a focus tracked before and after, the pairs of the changed papers after minus before;
     * a focus that reaches the threshold gets its rows counted from the store (call after the
     * writes); one that falls below loses them.
     */
    static void addChanges(DatasetGraph dsg, StatisticsGraph stats, Counts delta, List<PaperPairs> before, List<PaperPairs> after) {
        int t = threshold();
        for (PairKind kind : PairKind.values()) {
            Map<Node, Long> subjectChange = new LinkedHashMap<>();
            count(kind, before, -1, subjectChange);
            count(kind, after, 1, subjectChange);
            Set<Node> candidates = new LinkedHashSet<>(subjectChange.keySet());
            if (kind == PairKind.CO_MENTION)
                for (StatRow r : delta.rowsOf(StatKind.CONCEPT)) candidates.add(r.key(0));
            Set<Node> kept = new HashSet<>();
            for (Node focus : candidates) {
                long was = stats.counter(dsg, kind.mark(focus), "papers");
                long change = subjectChange.getOrDefault(focus, 0L);
                long now;
                if (kind == PairKind.CO_MENTION) {
                    StatRow concept = StatRow.of(StatKind.CONCEPT, focus);
                    now = stats.counter(dsg, concept, "papers") + delta.get(concept, "papers");
                } else if (was > 0) now = was + change;
                else now = change > 0 ? subjects(dsg, kind, focus, t) : 0;
                boolean tracked = now >= t;
                if (was > 0 && tracked) {
                    kept.add(focus);
                    delta.add(kind.mark(focus), "papers", now - was);
                } else if (was > 0) {
                    delta.add(kind.mark(focus), "papers", -was);
                    stats.pairsOf(dsg, kind, focus).forEach((other, n) -> delta.add(kind.pair(focus, other), "papers", -n));
                } else if (tracked) {
                    track(dsg, kind, focus, kind == PairKind.CO_MENTION ? now : subjects(dsg, kind, focus, Long.MAX_VALUE), delta);
                }
            }
            if (kept.isEmpty()) continue;
            addPairs(kind, before, -1, kept, delta);
            addPairs(kind, after, 1, kept, delta);
        }
    }

    private static void count(PairKind kind, List<PaperPairs> papers, int sign, Map<Node, Long> out) {
        for (PaperPairs p : papers)
            for (Set<Node> group : p.groups(kind))
                for (Node n : group) out.merge(n, (long) sign, Long::sum);
    }

    private static void addPairs(PairKind kind, List<PaperPairs> papers, int sign, Set<Node> focuses, Counts delta) {
        for (PaperPairs p : papers)
            for (Set<Node> group : p.groups(kind))
                for (Node focus : group) {
                    if (!focuses.contains(focus)) continue;
                    for (Node other : group) if (!other.equals(focus)) delta.add(kind.pair(focus, other), "papers", sign);
                }
    }

    private static void track(DatasetGraph dsg, PairKind kind, Node focus, long papers, Counts into) {
        into.add(kind.mark(focus), "papers", papers);
        scan(dsg, kind, focus).forEach((other, n) -> into.add(kind.pair(focus, other), "papers", n));
    }

    /**
     * The focus's pairs counted from the store as the query counts them: per distinct subject that
     * has the focus (in any named graph), every other member it has, once.
     */
    static Map<Node, Long> scan(DatasetGraph dsg, PairKind kind, Node focus) {
        return KgStore.engineOf(dsg).pairScan().coMembers(kind.properties, focus);
    }

    static long subjects(DatasetGraph dsg, PairKind kind, Node focus, long enough) {
        return KgStore.engineOf(dsg).pairScan().subjects(kind.properties, focus, enough);
    }

    /**
     * The people who are dcterms:creator of at least {@code t} distinct subjects, with that number.
     * Creator statements are first counted per person (a paper with two sources counts twice, so
     * this is an upper bound) without keeping their subjects; only people at or above the threshold
     * then get their subjects counted exactly. In TDB2 the first count runs on node ids.
     */
    private static Map<Node, Long> heavyPeople(DatasetGraph dsg, int t) {
        Map<Node, Long> out = new LinkedHashMap<>();
        for (Node person : KgStore.engineOf(dsg).pairScan().objectsOfAtLeast(Terms.DCT_CREATOR, t)) {
            long n = subjects(dsg, PairKind.CO_AUTHOR, person, Long.MAX_VALUE);
            if (n >= t) out.put(person, n);
        }
        return out;
    }
}
