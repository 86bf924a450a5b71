package org.paperkg.stats;

import static org.paperkg.vocab.Terms.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * What one paper's graphs (all its sources, or a single graph) add to the statistics, counted the
 * way the library's aggregate queries count over the union graph: distinct triples, each mention
 * once per row of the query it would give. A paper's mentions, roles, sections and targets are
 * its own nodes ({@code <paper#…>}), so counts of distinct mentions or papers add up paper by paper;
 * only authors (shared people) are kept per person, for a check against the store.
 */
final class PaperCounts {

    private static final Pattern YEAR = Pattern.compile("[+-]?[0-9]+");
    private static final String XSD_DATE = XSDDatatype.XSDdate.getURI();
    private static final String XSD_GYEARMONTH = XSDDatatype.XSDgYearMonth.getURI();
    private static final String XSD_GYEAR = XSDDatatype.XSDgYear.getURI();

    private final Map<Node, Map<Node, Set<Node>>> bySubject = new HashMap<>();
    private final Map<Node, long[]> graphs = new HashMap<>();
    private final Set<Node> sourceGraphs = new HashSet<>();

    private PaperCounts() {}

    /** The counts of the quads of one paper (one or more of its graphs, each given whole). */
    static Counts of(Iterable<Quad> quads) {
        PaperCounts p = new PaperCounts();
        for (Quad q : quads) p.add(q);
        Counts out = new Counts();
        p.count(out);
        return out;
    }

    private void add(Quad q) {
        graphs.computeIfAbsent(q.getGraph(), g -> new long[1])[0]++;
        if (q.getPredicate().equals(RDF_TYPE) && q.getObject().equals(PKG_SOURCE_GRAPH) && q.getSubject().equals(q.getGraph()))
            sourceGraphs.add(q.getGraph());
        bySubject.computeIfAbsent(q.getSubject(), s -> new HashMap<>())
                .computeIfAbsent(q.getPredicate(), x -> new LinkedHashSet<>()).add(q.getObject());
    }

    private Set<Node> objects(Node s, Node p) {
        Map<Node, Set<Node>> props = bySubject.get(s);
        if (props == null) return Set.of();
        Set<Node> o = props.get(p);
        return o == null ? Set.of() : o;
    }

    private boolean has(Node s, Node p, Node o) {
        return objects(s, p).contains(o);
    }

    private void count(Counts out) {
        StatRow total = StatRow.of(StatKind.TOTAL);
        for (Node g : sourceGraphs) {
            out.add(total, "sourceGraphs", 1);
            out.add(total, "sourceGraphTriples", graphs.get(g)[0]);
        }
        Set<Node> roles = new HashSet<>();
        for (Map.Entry<Node, Map<Node, Set<Node>>> e : bySubject.entrySet()) {
            Node s = e.getKey();
            Set<Node> types = e.getValue().getOrDefault(RDF_TYPE, Set.of());
            if (types.contains(PAPER_CLASS)) paper(s, out, total);
            if (types.contains(OA_ANNOTATION)) mention(s, out, total);
            for (Node role : e.getValue().getOrDefault(PRO_IS_DOCUMENT_CONTEXT_FOR, Set.of()))
                if (has(role, PRO_WITH_ROLE, PRO_AUTHOR)) roles.add(role);
        }
        out.add(total, "authorships", roles.size());
        perPaperRows(out);
    }

    /** papers-per-year: one row per (paper, date); a paper counts once in each year it has. */
    private void paper(Node p, Counts out, StatRow total) {
        out.add(total, "papers", 1);
        links(p, out, total);
        for (Node person : objects(p, DCT_CREATOR)) out.addAuthor(person, 1);
        Set<Node> issued = objects(p, DCT_ISSUED);
        StatRow gaps = StatRow.of(StatKind.GAPS, p);
        if (objects(p, BIBO_DOI).isEmpty()) out.add(gaps, "noDoi", 1);
        if (issued.isEmpty()) out.add(gaps, "noDate", 1);
        if (objects(p, DCT_CREATOR).isEmpty()) out.add(gaps, "noAuthors", 1);
        if (issued.isEmpty()) {
            out.add(StatRow.of(StatKind.YEAR, (Node) null), "papers", 1);
            return;
        }
        Set<StatRow> years = new HashSet<>();
        for (Node d : issued) {
            StatRow row = StatRow.of(StatKind.YEAR, year(d));
            years.add(row);
            String dt = d.isLiteral() ? d.getLiteralDatatypeURI() : null;
            if (XSD_DATE.equals(dt)) out.add(row, "datedToDay", 1);
            else if (XSD_GYEARMONTH.equals(dt)) out.add(row, "datedToMonth", 1);
            else if (XSD_GYEAR.equals(dt)) out.add(row, "datedToYear", 1);
        }
        for (StatRow row : years) out.add(row, "papers", 1);
    }

    /**
     * A paper's own statements about retraction and citation: retracted when it holds PSO's
     * retracted-from-publication status; its distinct cito:cites links; a citing paper when it has one.
     */
    private void links(Node p, Counts out, StatRow total) {
        for (Node status : objects(p, PSO_HOLDS_STATUS_IN_TIME))
            if (has(status, PSO_WITH_STATUS, PSO_RETRACTED)) {
                out.add(total, "retractedPapers", 1);
                break;
            }
        int cites = objects(p, CITO_CITES).size();
        out.add(total, "citations", cites);
        if (cites > 0) out.add(total, "citingPapers", 1);
    }

    /** xsd:integer(SUBSTR(STR(?issued), 1, 4)), or null when that is not a number. */
    static Node year(Node issued) {
        String s = issued.isLiteral() ? issued.getLiteralLexicalForm() : issued.isURI() ? issued.getURI() : null;
        if (s == null) return null;
        String first = s.codePointCount(0, s.length()) <= 4 ? s : s.substring(0, s.offsetByCodePoints(0, 4));
        if (!YEAR.matcher(first).matches()) return null;
        return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(first.startsWith("+") ? first.substring(1) : first)),
                XSDDatatype.XSDinteger);
    }

    // per (row, paper) sets, for the rows that count distinct papers
    private final Map<StatRow, Set<Node>> papersOf = new HashMap<>();

    private void mention(Node m, Counts out, StatRow total) {
        Set<Node> motivations = objects(m, OA_MOTIVATED_BY);
        boolean linked = motivations.contains(OA_CLASSIFYING), fullText = motivations.contains(OA_IDENTIFYING);
        boolean unresolved = !objects(m, PKG_UNRESOLVED_REASON).isEmpty();
        out.add(total, "mentions", 1);
        if (linked) out.add(total, "linkedMentions", 1);
        if (fullText) out.add(total, "fullTextMentions", 1);
        if (unresolved) out.add(total, "unresolvedMentions", 1);

        Set<Node> bodies = objects(m, OA_HAS_BODY);
        Set<Node> schemes = objects(m, PKG_SCHEME);
        Set<Node> types = objects(m, PKG_ENTITY_TYPE);
        // ?mention oa:hasTarget ?target . ?target oa:hasSource/dcterms:isPartOf ?paper, with multiplicity
        List<Node> paperPaths = new ArrayList<>();
        Set<Node> names = new LinkedHashSet<>();
        for (Node target : objects(m, OA_HAS_TARGET)) {
            int before = paperPaths.size();
            for (Node section : objects(target, OA_HAS_SOURCE)) paperPaths.addAll(objects(section, DCT_IS_PART_OF));
            if (paperPaths.size() > before)
                for (Node sel : objects(target, OA_HAS_SELECTOR)) names.addAll(objects(sel, OA_EXACT));
        }
        Set<Node> papers = new HashSet<>(paperPaths);
        // concept-labels: every oa:exact of the mention's targets, whether or not they reach a paper
        Set<Node> surfaceForms = new HashSet<>();
        for (Node target : objects(m, OA_HAS_TARGET))
            for (Node sel : objects(target, OA_HAS_SELECTOR)) surfaceForms.addAll(objects(sel, OA_EXACT));
        for (Node c : bodies)
            for (Node name : surfaceForms) out.add(StatRow.of(StatKind.SURFACE_FORM, c, name), "mentions", 1);

        for (Node c : bodies) {
            StatRow concept = StatRow.of(StatKind.CONCEPT, c);
            out.add(concept, "mentions", 1);
            distinctPapers(concept, papers);
            for (Node s : schemes) out.add(StatRow.of(StatKind.CONCEPT_SCHEME, c, s), "mentions", 1);
        }
        // entity-types: one row per (type, motivation, paper path, body or none)
        long rowsPerMotivation = (long) paperPaths.size() * Math.max(1, bodies.size());
        if (!motivations.isEmpty() && rowsPerMotivation > 0) {
            for (Node t : types) {
                StatRow type = StatRow.of(StatKind.TYPE, t);
                out.add(type, "mentions", 1);
                if (linked) out.add(type, "linkedMentions", rowsPerMotivation);
                if (fullText) out.add(type, "fullTextMentions", rowsPerMotivation);
                if (unresolved) out.add(type, "unresolvedMentions", rowsPerMotivation * motivations.size());
                distinctPapers(type, papers);
                for (Node c : bodies) out.add(StatRow.of(StatKind.TYPE_CONCEPT, t, c), "mentions", 1);
            }
        }
        // top-concepts-by-type: (type, concept, scheme or none), mentions with a paper
        if (papers.isEmpty()) return;
        Set<Node> schemeKeys = schemes.isEmpty() ? java.util.Collections.singleton(null) : schemes;
        for (Node t : types)
            for (Node c : bodies)
                for (Node s : schemeKeys) {
                    StatRow top = StatRow.of(StatKind.TOP, t, c, s);
                    out.add(top, "mentions", 1);
                    distinctPapers(top, papers);
                    for (Node name : names) out.add(StatRow.of(StatKind.NAME, t, c, s, name), "mentions", 1);
                }
    }

    private void distinctPapers(StatRow row, Set<Node> papers) {
        papersOf.computeIfAbsent(row, r -> new HashSet<>()).addAll(papers);
    }

    private void perPaperRows(Counts out) {
        papersOf.forEach((row, papers) -> out.add(row, "papers", papers.size()));
    }
}
