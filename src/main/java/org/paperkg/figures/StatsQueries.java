package org.paperkg.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.ids.PrefixTable;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.ontology.DiseaseTypes;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryText;
import org.paperkg.vocab.Terms;

/**
 * The SPARQL behind {@code stats} and {@code report}, over a store with the union of its named
 * graphs as default graph (library queries also name graphs, e.g. the statistics graph; call
 * inside a read transaction). Papers per year and unresolved identifiers are the library queries of
 * the same names, so the figures agree with {@code paperkg query}.
 */
public final class StatsQueries {

    private static final String COUNT_PAPERS = "SELECT (COUNT(DISTINCT ?paper) AS ?n) { ?paper a " + Terms.PAPER_CLASS_SPARQL + " }";
    private static final String COUNT_AUTHORS =
            "SELECT (COUNT(DISTINCT ?person) AS ?n) { ?paper a " + Terms.PAPER_CLASS_SPARQL + " ; dcterms:creator ?person }";
    private static final String COUNT_RETRACTED = "SELECT (COUNT(DISTINCT ?paper) AS ?n) { ?paper a " + Terms.PAPER_CLASS_SPARQL
            + " ; pso:holdsStatusInTime/pso:withStatus pso:retracted-from-publication }";
    private static final String COUNT_CITATIONS = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?paper ?cited { ?paper a "
            + Terms.PAPER_CLASS_SPARQL + " ; cito:cites ?cited } }";
    private static final String COUNT_CITING = "SELECT (COUNT(DISTINCT ?paper) AS ?n) { ?paper a " + Terms.PAPER_CLASS_SPARQL
            + " ; cito:cites ?cited }";
    private static final String TOP_CONCEPTS = """
            SELECT ?concept (COUNT(DISTINCT ?mention) AS ?mentions) (COUNT(DISTINCT ?paper) AS ?papers) (MIN(?exact) AS ?name)
            WHERE {
              ?mention a oa:Annotation ; oa:hasBody ?concept ; oa:hasTarget ?target .
              ?target oa:hasSource/dcterms:isPartOf ?paper .
              OPTIONAL { ?target oa:hasSelector/oa:exact ?exact }
              %s
            }
            GROUP BY ?concept
            ORDER BY DESC(?mentions) DESC(?papers) ?concept
            LIMIT %d
            """;
    private static final String DISEASE_FILTER = "?mention pkg:entityType ?type . FILTER(LCASE(STR(?type)) IN (%s))";
    // rdfs:label before skos:prefLabel; English or untagged; the first in code-point order, so the choice is stable
    private static final String LABEL = """
            SELECT (COALESCE(MIN(?rdfsLabel), MIN(?prefLabel)) AS ?label) {
              OPTIONAL { ?concept rdfs:label ?rdfsLabel FILTER(LANG(?rdfsLabel) = "" || LANGMATCHES(LANG(?rdfsLabel), "en")) }
              OPTIONAL { ?concept skos:prefLabel ?prefLabel FILTER(LANG(?prefLabel) = "" || LANGMATCHES(LANG(?prefLabel), "en")) }
            }
            """;
    private static final String MAIN_TYPE = """
            SELECT ?type (COUNT(DISTINCT ?mention) AS ?n) { ?mention oa:hasBody ?concept ; pkg:entityType ?type }
            GROUP BY ?type ORDER BY DESC(?n) ?type LIMIT 1
            """;
    private static final String PAPERS_OF_CONCEPT = "SELECT DISTINCT ?paper { ?paper schema:about|schema:mentions ?concept }";

    private final DatasetGraph stored;
    private final DatasetGraph dataset;
    private final PrefixTable prefixes;
    private final StatisticsGraph statistics;

    /** {@code statistics}: where the store keeps its totals; read instead of counting when present. */
    public StatsQueries(DatasetGraph dsg, PrefixTable prefixes, StatisticsGraph statistics) {
        this.stored = dsg;
        this.statistics = statistics;
        this.dataset = UnionDefaultDataset.of(dsg);
        this.prefixes = prefixes;
    }

    /** A concept counted: mentions (annotations) and distinct papers; its first surface form. */
    public record ConceptCount(String iri, long mentions, long papers, String surfaceForm) {}

    /** Papers of one year; {@code year} is null for papers without a date. */
    public record YearCount(Integer year, long papers) {}

    /** An identifier that did not resolve, why, and how often. */
    public record UnresolvedId(String rawId, String reason, long mentions, long papers) {}

    /**
     * Retractions and citations: retracted papers, citation links (distinct cito:cites from a paper)
     * and citing papers, kept in the statistics (counted when the store has none); and, counted now
     * because they depend on other papers too (whether a cited paper is retracted, by its own record
     * or a notice in the store), the retracted papers still cited and the papers that cite one, as
     * the library query retracted-papers-cited finds them.
     */
    public record LinkCounts(long retractedPapers, long citations, long citingPapers, long retractedStillCited,
                             long papersCitingRetracted) {}

    public LinkCounts links() {
        boolean kept = statistics.exists(stored);
        long retracted = kept ? statistics.total(stored, "retractedPapers") : count(COUNT_RETRACTED);
        long citations = kept ? statistics.total(stored, "citations") : count(COUNT_CITATIONS);
        long citing = kept ? statistics.total(stored, "citingPapers") : count(COUNT_CITING);
        Set<Node> stillCited = new HashSet<>(), citingRetracted = new HashSet<>();
        select(library("retracted-papers-cited"), null, null, b -> {
            if (!Terms.CITO_CITES.equals(b.get("link"))) return;
            stillCited.add(b.get("paper"));
            citingRetracted.add(b.get("by"));
        });
        return new LinkCounts(retracted, citations, citing, stillCited.size(), citingRetracted.size());
    }

    public long papers() {
        return statistics.exists(stored) ? statistics.total(stored, "papers") : count(COUNT_PAPERS);
    }

    public long authors() {
        return statistics.exists(stored) ? statistics.total(stored, "authors") : count(COUNT_AUTHORS);
    }

    /** The {@code limit} most mentioned concepts, of every entity type or of disease types only. */
    public List<ConceptCount> topConcepts(int limit, boolean diseasesOnly) {
        String filter = "";
        if (diseasesOnly)
            filter = String.format(DISEASE_FILTER, DiseaseTypes.lowerCaseNames().stream()
                    .map(t -> FmtUtils.stringForNode(NodeFactory.createLiteralString(t))).collect(Collectors.joining(", ")));
        List<ConceptCount> out = new ArrayList<>();
        select(parse(String.format(TOP_CONCEPTS, filter, limit)), null, null, b -> {
            Node c = b.get("concept");
            if (c == null || !c.isURI()) return;
            Node name = b.get("name");
            out.add(new ConceptCount(c.getURI(), number(b.get("mentions")), number(b.get("papers")),
                    name == null ? null : name.getLiteralLexicalForm()));
        });
        return out;
    }

    /** The concept's label in the loaded ontology graphs, or null. */
    public String label(String conceptIri) {
        String[] label = {null};
        select(parse(LABEL), "concept", NodeFactory.createURI(conceptIri), b -> {
            Node l = b.get("label");
            if (l != null && l.isLiteral()) label[0] = l.getLiteralLexicalForm();
        });
        return label[0];
    }

    /** The entity type most of the concept's mentions have (the first in code-point order on a tie), or null. */
    public String mainEntityType(String conceptIri) {
        String[] type = {null};
        select(parse(MAIN_TYPE), "concept", NodeFactory.createURI(conceptIri), b -> {
            Node t = b.get("type");
            if (t != null && t.isLiteral()) type[0] = t.getLiteralLexicalForm();
        });
        return type[0];
    }

    /** The papers that are about or mention a concept. */
    public Set<String> papersOf(String conceptIri) {
        Set<String> out = new HashSet<>();
        select(parse(PAPERS_OF_CONCEPT), "concept", NodeFactory.createURI(conceptIri), b -> out.add(b.get("paper").toString()));
        return out;
    }

    /** Library query papers-per-year: one row per year, papers without a date first. */
    public List<YearCount> papersPerYear() {
        List<YearCount> out = new ArrayList<>();
        select(library("papers-per-year"), null, null, b -> {
            Node y = b.get("year");
            out.add(new YearCount(y == null ? null : (int) number(y), number(b.get("papers"))));
        });
        return out;
    }

    /** Library query unresolved-ids: most frequent first. */
    public List<UnresolvedId> unresolvedIds() {
        List<UnresolvedId> out = new ArrayList<>();
        select(library("unresolved-ids"), null, null, b -> {
            Node raw = b.get("rawId");
            out.add(new UnresolvedId(raw == null ? "" : raw.getLiteralLexicalForm(), b.get("unresolvedReason").getLiteralLexicalForm(),
                    number(b.get("mentions")), number(b.get("papers"))));
        });
        return out;
    }

    private long count(String text) {
        long[] n = {0};
        select(parse(text), null, null, b -> n[0] = number(b.get("n")));
        return n[0];
    }

    private Query library(String name) {
        try {
            String text = QueryLibrary.library(name);
            if (text == null) throw new IllegalStateException("library query " + name + " is missing from the build");
            return parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String text) {
        return QueryText.parse(text, prefixes);
    }

    private void select(Query query, String var, Node value, Consumer<Binding> row) {
        var builder = QueryExec.dataset(dataset).query(query);
        if (var != null) builder = builder.substitution(var, value);
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) row.accept(rows.next());
        }
    }

    private static long number(Node n) {
        if (n == null || !n.isLiteral()) return 0;
        return Long.parseLong(n.getLiteralLexicalForm());
    }
}
