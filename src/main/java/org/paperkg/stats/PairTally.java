package org.paperkg.stats;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.paperkg.util.LongHashSet;
import org.paperkg.util.LongIntMap;

/**
 * The co-mention and co-author pairs of a bulk load, counted from the papers' graphs as they go by
 * instead of from the loaded store, so that the pair triples of the tracked focuses go into the
 * sorted load with the data: a few µs a quad there, against ~55 µs each written into the packed
 * indexes after the load.
 * <p>
 * Memory holds fingerprints, not the corpus: each graph's groups (per subject, the concepts it is
 * about or mentions, or its creators) go to a spill file per kind as 64-bit fingerprints, the first
 * sight of each member with its name to another, and each person's subjects are counted as they go
 * by (what decides which people are tracked). The pairs are then counted in passes over the spill,
 * as many focuses a pass as a budget of counters allows ({@link #COUNTER_BUDGET}). A paper with
 * several graphs is seen once per graph here; its focuses are left to the caller to count from the
 * store.
 */
final class PairTally implements AutoCloseable {

    /** Pair counters held at once, about 24 bytes each: bounds the memory of a pass, not the pairs. */
    static final long COUNTER_BUDGET = 2_000_000;

    private final long counterBudget;
    private final Path dir;
    private final Path namesFile;
    private final DataOutputStream names;
    private final Path[] groupFiles = new Path[PairKind.values().length];
    private final DataOutputStream[] groups = new DataOutputStream[PairKind.values().length];
    private final long[] groupCount = new long[PairKind.values().length];
    private final long[] memberCount = new long[PairKind.values().length];
    /** Distinct members per kind: no focus has more others than that. */
    private final long[] distinctMembers = new long[PairKind.values().length];
    private final LongHashSet named = new LongHashSet();
    private final LongIntMap personSubjects = new LongIntMap();
    private long[] buffer = new long[64];

    /**
     * Spills into a new directory under {@code parent} (the system's temporary directory if null);
     * counts at most about {@code counterBudget} pairs a pass.
     */
    PairTally(Path parent, long counterBudget) {
        this.counterBudget = counterBudget;
        try {
            dir = parent == null ? Files.createTempDirectory("paperkg-pairs") : Files.createTempDirectory(parent, "paperkg-pairs");
            namesFile = dir.resolve("names.bin");
            names = output(namesFile);
            for (PairKind kind : PairKind.values()) {
                groupFiles[kind.ordinal()] = dir.resolve(kind.name().toLowerCase(Locale.ROOT) + ".bin");
                groups[kind.ordinal()] = output(groupFiles[kind.ordinal()]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sees one whole graph of a paper. */
    void graph(List<Quad> quads) {
        PaperPairs paper = PaperPairs.of(quads);
        try {
            for (PairKind kind : PairKind.values())
                for (Set<Node> group : paper.groups(kind)) {
                    // a group of one has no pair, but its person is counted and named: someone who
                    // only ever writes alone is tracked too
                    boolean pairs = group.size() > 1;
                    DataOutputStream out = groups[kind.ordinal()];
                    if (pairs) out.writeInt(group.size());
                    for (Node member : group) {
                        long fp = fingerprint(member);
                        if (kind == PairKind.CO_AUTHOR) personSubjects.add(fp, 1);
                        if (named.add(fp)) {
                            distinctMembers[kind.ordinal()]++;
                            byte[] name = NodeFmtLib.strNT(member).getBytes(StandardCharsets.UTF_8);
                            names.writeLong(fp);
                            names.writeInt(name.length);
                            names.write(name);
                        }
                        if (pairs) out.writeLong(fp);
                    }
                    if (pairs) {
                        groupCount[kind.ordinal()]++;
                        memberCount[kind.ordinal()] += group.size();
                    }
                }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds to {@code counts} the marks of the people who are dcterms:creator of at least {@code t}
     * subjects, as counted here; the people in {@code exact} (of papers with several graphs, seen
     * once per graph here) are counted by {@code exactSubjects} instead.
     */
    void addPeopleMarks(Counts counts, int t, Set<Node> exact, ToLongFunction<Node> exactSubjects) {
        LongHashSet heavy = new LongHashSet();
        personSubjects.forEach((fp, n) -> {
            if (n >= t) heavy.add(fp);
        });
        for (Map.Entry<Long, Node> e : names(heavy).entrySet())
            if (!exact.contains(e.getValue()))
                counts.add(PairKind.CO_AUTHOR.mark(e.getValue()), "papers", personSubjects.get(e.getKey()));
        for (Node person : exact) {
            long n = exactSubjects.applyAsLong(person);
            if (n >= t) counts.add(PairKind.CO_AUTHOR.mark(person), "papers", n);
        }
    }

    /**
     * Hands {@code out} the pair triples of the focuses marked in {@code counts}, except those in
     * {@code skip}, counted from the spilled groups.
     */
    void pairQuads(Counts counts, StatisticsGraph stats, Map<PairKind, Set<Node>> skip, Consumer<Quad> out) {
        try {
            // the names are flushed when they are read back (names)
            for (DataOutputStream g : groups) g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (PairKind kind : PairKind.values()) {
            List<StatRow> marks = new ArrayList<>(counts.rowsOf(kind.mark));
            marks.removeIf(m -> skip.getOrDefault(kind, Set.of()).contains(m.key(0)));
            marks.sort(Comparator.comparing(m -> m.key(0).toString()));
            long groupsOfKind = groupCount[kind.ordinal()];
            double othersPerGroup = groupsOfKind == 0 ? 0 : (double) memberCount[kind.ordinal()] / groupsOfKind - 1;
            int from = 0;
            while (from < marks.size()) {
                long planned = 0;
                int to = from;
                while (to < marks.size()) {
                    long papers = counts.get(marks.get(to), "papers");
                    long expected = Math.min((long) (papers * othersPerGroup), distinctMembers[kind.ordinal()]);
                    if (to > from && planned + expected > counterBudget) break;
                    planned += expected;
                    to++;
                }
                List<Node> focuses = new ArrayList<>();
                for (StatRow m : marks.subList(from, to)) focuses.add(m.key(0));
                count(kind, focuses, stats, out);
                from = to;
            }
        }
    }

    /** One pass over the kind's groups, counting the pairs of {@code focuses}. */
    private void count(PairKind kind, List<Node> focuses, StatisticsGraph stats, Consumer<Quad> out) {
        LongIntMap position = new LongIntMap();
        LongIntMap[] pairs = new LongIntMap[focuses.size()];
        for (int i = 0; i < focuses.size(); i++) {
            position.add(fingerprint(focuses.get(i)), i + 1);
            pairs[i] = new LongIntMap();
        }
        try (DataInputStream in = input(groupFiles[kind.ordinal()])) {
            for (long g = groupCount[kind.ordinal()]; g > 0; g--) {
                int n = in.readInt();
                if (buffer.length < n) buffer = new long[Math.max(n, 2 * buffer.length)];
                for (int i = 0; i < n; i++) buffer[i] = in.readLong();
                for (int i = 0; i < n; i++) {
                    int at = position.get(buffer[i]);
                    if (at == 0) continue;
                    LongIntMap mine = pairs[at - 1];
                    for (int j = 0; j < n; j++) if (j != i) mine.add(buffer[j], 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LongHashSet others = new LongHashSet();
        for (LongIntMap m : pairs) m.forEach((fp, c) -> others.add(fp));
        Map<Long, Node> nodes = names(others);
        for (int i = 0; i < focuses.size(); i++) {
            Node focus = focuses.get(i);
            pairs[i].forEach((fp, c) -> out.accept(stats.pairQuad(kind.pair(focus, nodes.get(fp)), c)));
        }
    }

    /** The members named {@code wanted}, read back from the names spill. */
    private Map<Long, Node> names(LongHashSet wanted) {
        Map<Long, Node> out = new HashMap<>();
        if (wanted.size() == 0) return out;
        try {
            names.flush();
            try (DataInputStream in = input(namesFile)) {
                for (long left = named.size(); left > 0; left--) {
                    long fp = in.readLong();
                    byte[] name = new byte[in.readInt()];
                    in.readFully(name);
                    if (wanted.contains(fp)) out.put(fp, NodeFactoryExtra.parseNode(new String(name, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static long fingerprint(Node n) {
        return LongHashSet.fingerprint(n.toString());
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    private static DataInputStream input(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** Deletes the spill. */
    @Override
    public void close() {
        List<Path> files = new ArrayList<>(List.of(groupFiles));
        files.add(namesFile);
        try {
            names.close();
            for (DataOutputStream g : groups) g.close();
            for (Path f : files) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
