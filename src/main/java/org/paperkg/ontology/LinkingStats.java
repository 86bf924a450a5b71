package org.paperkg.ontology;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ids.Scheme;
import org.paperkg.problem.ProblemCode;
import org.paperkg.vocab.Terms;

/**
 * Mention totals and linking coverage of a graph (the union of a store's graphs): how many
 * mentions (annotations) there are by scheme and by entity type, and how many of the MeSH- and
 * OMIM-annotated mentions reach a MONDO class through the mappings loaded next to them.
 *
 * <p>A mention is one {@code oa:Annotation} (per paper, section, concept, surface form and, where
 * the source gives them, offsets). It reaches MONDO when one of its bodies of the scheme in question
 * is linked to a MONDO IRI by {@code skos:exactMatch} in either direction (MONDO → concept as in
 * MONDO's SSSOM files, or concept → MONDO); the looser figure also follows
 * {@code oboInOwl:hasDbXref} (either direction). Mappings are not chained. Three counts are given
 * for each scheme, because they answer different questions: mentions (a composite mention with two
 * ids counts once, and reaches MONDO when either id does), ids (each id of a composite counted, as
 * corpus statistics usually count), and distinct concepts.
 */
public final class LinkingStats {

    public static final Node SKOS_EXACT_MATCH = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch");
    public static final Node HAS_DB_XREF = NodeFactory.createURI("http://www.geneontology.org/formats/oboInOwl#hasDbXref");

    /** The schemes whose coverage is reported. */
    public static final List<String> LINKED_SCHEMES = List.of("MESH", "OMIM");

    /** Which mentions a coverage row counts. */
    public enum Subset {
        ALL("all types"), DISEASE("disease types");

        final String label;

        Subset(String label) {
            this.label = label;
        }

        /** The name in tsv metrics and JSON: all, disease. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which mappings are followed. */
    public enum Via {
        EXACT_MATCH("skos:exactMatch"), EXACT_MATCH_OR_XREF("skos:exactMatch or oboInOwl:hasDbXref");

        final String label;

        Via(String label) {
            this.label = label;
        }

        /** The name in tsv metrics and JSON: exactMatch, exactMatchOrXref. */
        public String key() {
            return this == EXACT_MATCH ? "exactMatch" : "exactMatchOrXref";
        }
    }

    /** Counts of one scheme, subset and mapping choice: totals and how many reach MONDO. */
    public record Coverage(long mentions, long mentionsReaching, long ids, long idsReaching, long concepts, long conceptsReaching) {
        public static String percent(long part, long whole) {
            return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
        }
    }

    private final long mentions;
    private final Map<String, Long> byScheme;
    private final Map<String, Long> byType;
    private final Map<String, Coverage> coverage;

    private LinkingStats(long mentions, Map<String, Long> byScheme, Map<String, Long> byType, Map<String, Coverage> coverage) {
        this.mentions = mentions;
        this.byScheme = byScheme;
        this.byType = byType;
        this.coverage = coverage;
    }

    public long mentions() {
        return mentions;
    }

    /** Mentions by the scheme of their concepts; "(unnormalised)" / "(unresolved)" for those without one. */
    public Map<String, Long> byScheme() {
        return byScheme;
    }

    /** Mentions by entity type ("(none)" when the source gives none). */
    public Map<String, Long> byType() {
        return byType;
    }

    /** The coverage of one scheme (MESH, OMIM), subset and mapping choice. */
    public Coverage coverage(String scheme, Subset subset, Via via) {
        return coverage.get(key(scheme, subset, via));
    }

    private static String key(String scheme, Subset subset, Via via) {
        return scheme + "/" + subset + "/" + via;
    }

    /** Reads the counts from a graph; call inside a read transaction. */
    public static LinkingStats of(Graph graph, PrefixTable prefixes) {
        SchemeOf schemeOf = new SchemeOf(prefixes);
        String mondo = prefixes.namespaces().get("mondo");
        Reach exact = new Reach(graph, mondo, List.of(SKOS_EXACT_MATCH));
        Reach loose = new Reach(graph, mondo, List.of(SKOS_EXACT_MATCH, HAS_DB_XREF));

        Map<String, Long> byScheme = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Set<Node>> concepts = new HashMap<>();
        Map<String, Set<Node>> conceptsReaching = new HashMap<>();
        long total = 0;

        ExtendedIterator<Triple> annotations = graph.find(Node.ANY, Terms.RDF_TYPE, Terms.OA_ANNOTATION);
        try {
            while (annotations.hasNext()) {
                Node a = annotations.next().getSubject();
                total++;
                String type = firstLiteral(graph, a, Terms.PKG_ENTITY_TYPE);
                byType.merge(type == null ? "(none)" : type, 1L, Long::sum);
                Map<String, List<Node>> bodies = new TreeMap<>();
                for (Node body : objects(graph, a, Terms.OA_HAS_BODY))
                    bodies.computeIfAbsent(schemeOf.apply(body), k -> new ArrayList<>()).add(body);
                if (bodies.isEmpty()) {
                    String reason = firstLiteral(graph, a, Terms.PKG_UNRESOLVED_REASON);
                    byScheme.merge(ProblemCode.UNNORMALISED.name().equals(reason) ? "(unnormalised)" : "(unresolved)", 1L, Long::sum);
                    continue;
                }
                for (String scheme : bodies.keySet()) byScheme.merge(scheme, 1L, Long::sum);
                boolean disease = DiseaseTypes.isDisease(type);
                for (String scheme : LINKED_SCHEMES) {
                    List<Node> ids = bodies.get(scheme);
                    if (ids == null) continue;
                    for (Subset subset : Subset.values()) {
                        if (subset == Subset.DISEASE && !disease) continue;
                        for (Via via : Via.values()) {
                            Reach reach = via == Via.EXACT_MATCH ? exact : loose;
                            String k = key(scheme, subset, via);
                            long[] c = counts.computeIfAbsent(k, x -> new long[4]);
                            c[0]++;
                            boolean any = false;
                            for (Node id : ids) {
                                c[2]++;
                                concepts.computeIfAbsent(k, x -> new HashSet<>()).add(id);
                                if (reach.test(id)) {
                                    c[3]++;
                                    any = true;
                                    conceptsReaching.computeIfAbsent(k, x -> new HashSet<>()).add(id);
                                }
                            }
                            if (any) c[1]++;
                        }
                    }
                }
            }
        } finally {
            annotations.close();
        }
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        for (String scheme : LINKED_SCHEMES)
            for (Subset subset : Subset.values())
                for (Via via : Via.values()) {
                    String k = key(scheme, subset, via);
                    long[] c = counts.getOrDefault(k, new long[4]);
                    coverage.put(k, new Coverage(c[0], c[1], c[2], c[3],
                            concepts.getOrDefault(k, Set.of()).size(), conceptsReaching.getOrDefault(k, Set.of()).size()));
                }
        return new LinkingStats(total, byScheme, byType, coverage);
    }

    /** Prints the counts for people: totals, then one coverage table per mapping choice. */
    public void printText(PrintStream out) {
        out.printf(Locale.ROOT, "mentions: %,d (one per paper, section, concept, surface form and position)%n", mentions);
        out.println("mentions by scheme (a mention with ids of two schemes counts under both):");
        byScheme.forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %,10d%n", k, v));
        out.println("mentions by entity type:");
        byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf(Locale.ROOT, "  %-24s %,10d%n", e.getKey(), e.getValue()));
        for (Via via : Via.values()) {
            out.printf("reaching a MONDO class through the loaded mappings (%s, either direction):%n", via.label);
            out.printf(Locale.ROOT, "  %-20s %10s %10s %7s %10s %10s %7s %9s %9s %7s%n",
                    "", "mentions", "reach", "%", "ids", "reach", "%", "concepts", "reach", "%");
            for (String scheme : LINKED_SCHEMES)
                for (Subset subset : Subset.values()) {
                    Coverage c = coverage(scheme, subset, via);
                    out.printf(Locale.ROOT, "  %-20s %,10d %,10d %7s %,10d %,10d %7s %,9d %,9d %7s%n",
                            (scheme.equals("MESH") ? "MeSH" : scheme) + ", " + subset.label,
                            c.mentions(), c.mentionsReaching(), Coverage.percent(c.mentionsReaching(), c.mentions()),
                            c.ids(), c.idsReaching(), Coverage.percent(c.idsReaching(), c.ids()),
                            c.concepts(), c.conceptsReaching(), Coverage.percent(c.conceptsReaching(), c.concepts()));
                }
        }
        out.println("(mentions: a composite mention reaches MONDO when one of its ids does; ids: each id of a composite counted;"
                + " disease types: Disease and the NCBI Disease corpus classes)");
    }

    /** Prints the counts as {@code metric<TAB>value} lines, for scripts. */
    public void printTsv(PrintStream out) {
        out.println("metric\tvalue");
        out.println("mentions\t" + mentions);
        byScheme.forEach((k, v) -> out.println("mentions.scheme." + k + "\t" + v));
        byType.forEach((k, v) -> out.println("mentions.type." + k + "\t" + v));
        for (String scheme : LINKED_SCHEMES)
            for (Subset subset : Subset.values())
                for (Via via : Via.values()) {
                    Coverage c = coverage(scheme, subset, via);
                    String p = "reach." + scheme + "." + subset.key() + "." + via.key() + ".";
                    out.println(p + "mentions\t" + c.mentions());
                    out.println(p + "mentions.reaching\t" + c.mentionsReaching());
                    out.println(p + "mentions.percent\t" + Coverage.percent(c.mentionsReaching(), c.mentions()));
                    out.println(p + "ids\t" + c.ids());
                    out.println(p + "ids.reaching\t" + c.idsReaching());
                    out.println(p + "ids.percent\t" + Coverage.percent(c.idsReaching(), c.ids()));
                    out.println(p + "concepts\t" + c.concepts());
                    out.println(p + "concepts.reaching\t" + c.conceptsReaching());
                    out.println(p + "concepts.percent\t" + Coverage.percent(c.conceptsReaching(), c.concepts()));
                }
    }

    private static String firstLiteral(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return o.getLiteralLexicalForm();
            }
            return null;
        } finally {
            it.close();
        }
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            List<Node> out = new ArrayList<>();
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isURI() && !out.contains(o)) out.add(o);
            }
            return out;
        } finally {
            it.close();
        }
    }

    /** The scheme of a concept IRI by its canonical namespace (longest match), or "(other)". */
    private static final class SchemeOf {
        private final List<Scheme> schemes;

        SchemeOf(PrefixTable prefixes) {
            schemes = new ArrayList<>(prefixes.schemes());
            schemes.sort(Comparator.comparingInt((Scheme s) -> s.namespace().length()).reversed());
        }

        String apply(Node iri) {
            for (Scheme s : schemes)
                if (iri.getURI().startsWith(s.namespace())) return s.prefix();
            return "(other)";
        }
    }

    /** Whether a concept is linked to a MONDO IRI by one of the given predicates, either way; cached. */
    private static final class Reach {
        private final Graph graph;
        private final String mondo;
        private final List<Node> predicates;
        private final Map<Node, Boolean> cache = new HashMap<>();

        Reach(Graph graph, String mondo, List<Node> predicates) {
            this.graph = graph;
            this.mondo = mondo;
            this.predicates = predicates;
        }

        boolean test(Node concept) {
            return cache.computeIfAbsent(concept, this::compute);
        }

        private boolean compute(Node c) {
            for (Node p : predicates) {
                if (any(graph.find(c, p, Node.ANY), true) || any(graph.find(Node.ANY, p, c), false)) return true;
            }
            return false;
        }

        private boolean any(ExtendedIterator<Triple> it, boolean objectSide) {
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    Node other = objectSide ? t.getObject() : t.getSubject();
                    if (other.isURI() && other.getURI().startsWith(mondo)) return true;
                }
                return false;
            } finally {
                it.close();
            }
        }
    }
}
