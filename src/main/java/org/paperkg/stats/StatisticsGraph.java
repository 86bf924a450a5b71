package org.paperkg.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreTotals;
import org.paperkg.vocab.Terms;
import org.paperkg.vocab.Vocab;

/**
 * The statistics graph, {@code <base>graph/stats}: the counts the library's aggregate queries read
 * (papers per year, per entity type, per concept; totals), as rows of {@link StatKind}. It is
 * written as a whole set of triples and replaced by difference: only rows whose values changed are
 * touched. Call inside a write (or read, for {@link #read}) transaction.
 */
public final class StatisticsGraph {

    private static final Map<String, StatKind> BY_CLASS = new HashMap<>();
    static {
        for (StatKind k : StatKind.values()) BY_CLASS.put(Vocab.PKG + k.className, k);
    }
    private static final Node SCHEME_CLASS = pkg("SchemeStatistics");

    private final String base;
    private final Node graph;

    public StatisticsGraph(String base) {
        this.base = base;
        this.graph = NodeFactory.createURI(base + "graph/stats");
    }

    public Node graph() {
        return graph;
    }

    /** The totals row's IRI, {@code <base>stats}. */
    public Node totals() {
        return NodeFactory.createURI(base + "stats");
    }

    /**
     * The shape of the rows this code writes: a store whose statistics have another (older: 1 had no
     * {@link StatKind#GAPS} rows, 2 no {@link StatKind#SURFACE_FORM} rows, 3 no co-mention and
     * co-author rows, 4 no retraction and citation totals) counts as having none, and
     * gets them counted from scratch when it is next opened ({@link StatisticsUpgrade}) or ingested into.
     */
    static final long FORMAT = 5;

    /** True when the store has statistics of the current {@link #FORMAT}. */
    public boolean exists(DatasetGraph dsg) {
        return dsg.contains(graph, totals(), Terms.RDF_TYPE, pkg(StatKind.TOTAL.className))
                && dsg.contains(graph, totals(), pkg("statisticsFormat"), integer(FORMAT));
    }

    /** The totals row's statement of the {@link #FORMAT}. */
    Quad formatQuad() {
        return quad(totals(), "statisticsFormat", integer(FORMAT));
    }

    /** A value of the totals row ({@code papers}, {@code authors}, {@code sourceGraphTriples}, …), 0 when absent. */
    /**
     * What the store holds, from this graph when the store has one (no scan), else counted; this
     * graph itself is one graph more, its triples counted as it is small.
     */
    public StoreTotals storeTotals(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            if (!exists(dsg)) return StoreTotals.of(dsg);
            long own = KgStore.engineOf(dsg).graphSize(graph);
            return new StoreTotals(total(dsg, "papers"), total(dsg, "sourceGraphs") + total(dsg, "otherGraphs") + 1,
                    total(dsg, "sourceGraphTriples") + total(dsg, "otherGraphTriples") + own);
        });
    }

    public long total(DatasetGraph dsg, String property) {
        return value(dsg, totals(), property);
    }

    /** The triples of a graph that is not a paper graph, as last recorded (0 when not recorded). */
    public long graphTriples(DatasetGraph dsg, Node g) {
        return value(dsg, rowIri(StatRow.of(StatKind.GRAPH, g)), "triples");
    }

    /** Per concept, the mentions (annotations) that have it as body. */
    public Map<Node, Long> conceptMentions(DatasetGraph dsg) {
        Map<Node, Long> out = new HashMap<>();
        Node conceptProp = pkg("statConcept"), mentions = pkg("mentions");
        dsg.find(graph, Node.ANY, Terms.RDF_TYPE, pkg(StatKind.CONCEPT.className)).forEachRemaining(q -> {
            Node c = first(dsg, q.getSubject(), conceptProp);
            Node n = first(dsg, q.getSubject(), mentions);
            if (c != null && n != null) out.put(c, Long.parseLong(n.getLiteralLexicalForm()));
        });
        return out;
    }

    /**
     * Records the size of a graph that is not a paper graph (the dataset description, written after
     * the statistics), touching only its row and the two totals it enters.
     */
    public void recordGraph(DatasetGraph dsg, Node g) {
        if (!exists(dsg) || g.equals(graph)) return;
        long n = KgStore.engineOf(dsg).graphSize(g);
        Node row = rowIri(StatRow.of(StatKind.GRAPH, g)), t = totals();
        boolean had = first(dsg, row, pkg("triples")) != null;
        long old = value(dsg, row, "triples");
        long graphs = total(dsg, "otherGraphs") + (had ? 0 : 1) - (n == 0 ? 1 : 0);
        long triples = total(dsg, "otherGraphTriples") - old + n;
        dsg.deleteAny(graph, row, Node.ANY, Node.ANY);
        if (n > 0) {
            List<Quad> quads = new ArrayList<>();
            row(quads, row, StatKind.GRAPH, StatRow.of(StatKind.GRAPH, g), new long[] {n});
            quads.forEach(dsg::add);
        }
        dsg.deleteAny(graph, t, pkg("otherGraphs"), Node.ANY);
        dsg.deleteAny(graph, t, pkg("otherGraphTriples"), Node.ANY);
        dsg.add(quad(t, "otherGraphs", integer(graphs)));
        dsg.add(quad(t, "otherGraphTriples", integer(triples)));
    }

    /** A counter of a stored row, 0 when the row is absent. */
    long counter(DatasetGraph dsg, StatRow row, String counter) {
        return value(dsg, rowIri(row), counter);
    }

    private long value(DatasetGraph dsg, Node s, String property) {
        Node v = first(dsg, s, pkg(property));
        return v == null ? 0 : Long.parseLong(v.getLiteralLexicalForm());
    }

    private Node first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The stored counters (derived values are left out: they are recomputed when written). */
    Counts read(DatasetGraph dsg) {
        Map<Node, Map<Node, Node>> rows = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            rows.computeIfAbsent(q.getSubject(), s -> new HashMap<>()).put(q.getPredicate(), q.getObject());
        }
        Counts out = new Counts();
        for (Map<Node, Node> props : rows.values()) {
            Node cls = props.get(Terms.RDF_TYPE);
            StatKind kind = cls == null || !cls.isURI() ? null : BY_CLASS.get(cls.getURI());
            if (kind == null) continue;
            Node[] keys = new Node[kind.keys.size()];
            for (int i = 0; i < keys.length; i++) keys[i] = props.get(pkg(kind.keys.get(i)));
            StatRow row = StatRow.of(kind, keys);
            for (String c : kind.counters) {
                Node v = props.get(pkg(c));
                if (v != null) out.add(row, c, Long.parseLong(v.getLiteralLexicalForm()));
            }
            PairKind pairs = PairKind.ofMark(kind);
            if (pairs != null) pairsOf(dsg, pairs, keys[0]).forEach((other, n) -> out.add(pairs.pair(keys[0], other), "papers", n));
        }
        return out;
    }

    /**
     * Replaces the graph's content with {@code counts} (a count from scratch), deleting and adding
     * only what differs; the pairs of the focuses it marks are counted and written focus by focus
     * ({@link PairRows#write}), of those in {@code pairFocuses} only, of all when it is null.
     */
    void write(DatasetGraph dsg, Counts counts, Map<PairKind, Set<Node>> pairFocuses) {
        PairRows.write(dsg, this, counts, pairFocuses);
        Set<Quad> wanted = new HashSet<>(render(counts));
        List<Quad> stale = new ArrayList<>();
        Predicate<Quad> pair = PairRows.pairTriples(this);
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (!wanted.remove(q) && !pair.test(q)) stale.add(q);
        }
        for (Quad q : stale) dsg.delete(q);
        for (Quad q : wanted) dsg.add(q);
    }

    List<Quad> render(Counts counts) {
        List<Quad> out = new ArrayList<>();
        Map<StatRow, long[]> rows = new HashMap<>(counts.rows);
        rows.values().removeIf(Counts::zero);
        StatRow totalRow = StatRow.of(StatKind.TOTAL);
        long[] total = rows.getOrDefault(totalRow, new long[StatKind.TOTAL.counters.size()]);
        rows.remove(totalRow);

        long concepts = 0, otherGraphs = 0, otherTriples = 0;
        Map<Node, Long> conceptsOfType = new HashMap<>();
        Map<Node, Long> conceptsOfScheme = new TreeMap<>(java.util.Comparator.comparing(Node::getLiteralLexicalForm));
        Map<StatRow, Node> firstName = new HashMap<>();
        for (Map.Entry<StatRow, long[]> e : rows.entrySet()) {
            StatRow r = e.getKey();
            switch (r.kind()) {
                case CONCEPT -> concepts++;
                case GRAPH -> {
                    otherGraphs++;
                    otherTriples += e.getValue()[0];
                }
                case TYPE_CONCEPT -> conceptsOfType.merge(r.key(0), 1L, Long::sum);
                case CONCEPT_SCHEME -> {
                    if (r.key(1).isLiteral()) conceptsOfScheme.merge(r.key(1), 1L, Long::sum);
                }
                case NAME -> {
                    StatRow top = StatRow.of(StatKind.TOP, r.key(0), r.key(1), r.key(2));
                    Node name = r.key(3);
                    firstName.merge(top, name, (a, b) -> lexical(a).compareTo(lexical(b)) <= 0 ? a : b);
                }
                default -> { }
            }
        }

        Node t = totals();
        row(out, t, StatKind.TOTAL, totalRow, total);
        out.add(formatQuad());
        out.add(quad(t, "concepts", integer(concepts)));
        out.add(quad(t, "otherGraphs", integer(otherGraphs)));
        out.add(quad(t, "otherGraphTriples", integer(otherTriples)));
        for (Map.Entry<StatRow, long[]> e : rows.entrySet()) {
            StatRow r = e.getKey();
            if (r.kind().pair()) {
                out.add(pairQuad(r, e.getValue()[0]));
                continue;
            }
            Node s = rowIri(r);
            row(out, s, r.kind(), r, e.getValue());
            if (r.kind() == StatKind.TYPE) out.add(quad(s, "concepts", integer(conceptsOfType.getOrDefault(r.key(0), 0L))));
            if (r.kind() == StatKind.TOP && firstName.containsKey(r)) out.add(quad(s, "name", firstName.get(r)));
        }
        conceptsOfScheme.forEach((scheme, n) -> {
            Node s = schemeIri(scheme);
            out.add(new Quad(graph, s, Terms.RDF_TYPE, SCHEME_CLASS));
            out.add(quad(s, "statScheme", scheme));
            out.add(quad(s, "concepts", integer(n)));
        });
        return out;
    }

    /** The property of a pair row's triple: its focus row's IRI. */
    Node pairProperty(StatRow pair) {
        return rowIri(PairKind.ofRows(pair.kind()).mark(pair.key(0)));
    }

    Quad pairQuad(StatRow pair, long papers) {
        return new Quad(graph, pair.key(1), pairProperty(pair), integer(papers));
    }

    /** A focus's pairs as stored: each other member with the papers it shares with the focus. */
    Map<Node, Long> pairsOf(DatasetGraph dsg, PairKind kind, Node focus) {
        Map<Node, Long> out = new HashMap<>();
        dsg.find(graph, Node.ANY, rowIri(kind.mark(focus)), Node.ANY)
                .forEachRemaining(q -> out.put(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm())));
        return out;
    }

    /** A pair row's stored papers, 0 when absent. */
    long pairValue(DatasetGraph dsg, StatRow pair) {
        Iterator<Quad> it = dsg.find(graph, pair.key(1), pairProperty(pair), Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    void row(List<Quad> out, Node s, StatKind kind, StatRow r, long[] values) {
        out.add(new Quad(graph, s, Terms.RDF_TYPE, pkg(kind.className)));
        for (int i = 0; i < kind.keys.size(); i++)
            if (r.key(i) != null) out.add(quad(s, kind.keys.get(i), r.key(i)));
        for (int i = 0; i < kind.counters.size(); i++) out.add(quad(s, kind.counters.get(i), integer(values[i])));
    }

    Node rowIri(StatRow r) {
        return NodeFactory.createURI(rowPrefix(r.kind()) + hash(r.keys()));
    }

    String rowPrefix(StatKind kind) {
        return base + "stats/" + kind.slug + "/";
    }

    Node schemeIri(Node scheme) {
        return NodeFactory.createURI(base + "stats/scheme/" + hash(List.of(scheme)));
    }

    static final Node SCHEME_ROW_CLASS = SCHEME_CLASS;

    private static final HexFormat HEX = HexFormat.of();

    private static String hash(List<Node> keys) {
        StringBuilder sb = new StringBuilder();
        for (Node k : keys) sb.append(k == null ? "" : FmtUtils.stringForNode(k)).append('\u0000');
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    Quad quad(Node s, String property, Node o) {
        return new Quad(graph, s, pkg(property), o);
    }

    /** A term of the statistics graph's rows (pkg:ConceptStatistics, pkg:statConcept, pkg:mentions…), for the readers of its rows. */
    public static Node pkg(String local) {
        return NodeFactory.createURI(Vocab.PKG + local);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
