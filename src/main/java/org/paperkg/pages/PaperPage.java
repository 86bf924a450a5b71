package org.paperkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.paperkg.figures.StatsQueries;
import org.paperkg.vocab.Terms;
import org.paperkg.vocab.Vocab;

/**
 * A paper's page: title, date, identifiers linked to doi.org, PubMed and PMC, authors in order (the
 * author roles' positions), TL;DR, contribution, key findings, abstract and other sections, the
 * mentions grouped by concept (with the concept's label from the loaded ontologies), links to and
 * from other papers (citations, retractions), and the source graphs with their provenance.
 */
final class PaperPage {

    private static final Node PROV_STARTED = NodeFactory.createURI(Vocab.PROV + "startedAtTime");
    private static final Node DCT_TITLE = Terms.DCT_TITLE;

    // the paper's mentions by concept: an annotation's target's source is a section of the paper
    private static final String MENTIONS = """
            SELECT ?concept (COUNT(DISTINCT ?mention) AS ?mentions) (MIN(?exact) AS ?form) (MIN(?type) AS ?entityType)
                   (GROUP_CONCAT(DISTINCT ?exact; separator=" · ") AS ?forms)
            WHERE {
              ?section dcterms:isPartOf ?paper .
              ?target oa:hasSource ?section .
              ?mention oa:hasTarget ?target ; oa:hasBody ?concept .
              OPTIONAL { ?target oa:hasSelector/oa:exact ?exact }
              OPTIONAL { ?mention pkg:entityType ?type }
            }
            GROUP BY ?concept
            ORDER BY DESC(?mentions) ?concept
            """;
    private static final String UNRESOLVED = """
            SELECT ?id ?reason (COUNT(DISTINCT ?mention) AS ?mentions)
            WHERE {
              ?section dcterms:isPartOf ?paper .
              ?target oa:hasSource ?section .
              ?mention oa:hasTarget ?target ; pkg:unresolvedReason ?reason .
              OPTIONAL { ?mention pkg:sourceId ?id }
            }
            GROUP BY ?id ?reason ORDER BY ?id
            """;

    private final StoreReader store;
    private final Links links;
    private final PageSite site;
    private final StatsQueries labels;

    PaperPage(StoreReader store, Links links, PageSite site, StatsQueries labels) {
        this.store = store;
        this.links = links;
        this.site = site;
        this.labels = labels;
    }

    Optional<Map<String, Object>> model(String iri) {
        Node paper = NodeFactory.createURI(iri);
        if (!store.dataset().getUnionGraph().contains(paper, Terms.RDF_TYPE, Terms.PAPER_CLASS)) return Optional.empty();
        String title = store.firstText(paper, DCT_TITLE);
        return Optional.of(Model.of(
                "title", title != null ? title : links.shortForm(iri),
                "iri", iri,
                "issued", store.firstText(paper, Terms.DCT_ISSUED),
                "kinds", kinds(paper),
                "journal", journal(paper),
                "identifiers", identifiers(paper),
                "authors", authors(paper),
                "tldr", store.firstText(paper, Terms.PKG_TLDR),
                "contribution", store.firstText(paper, Terms.PKG_CONTRIBUTION),
                "findings", findings(paper),
                "abstract", store.firstText(paper, Terms.DCT_ABSTRACT),
                "sections", sections(paper),
                "concepts", concepts(paper),
                "unresolved", unresolved(paper),
                "links", paperLinks(paper),
                "sources", sources(paper)));
    }

    private List<String> kinds(Node paper) {
        List<String> out = new ArrayList<>();
        for (Node t : store.objects(paper, Terms.RDF_TYPE)) if (t.isURI()) out.add(links.shortForm(t.getURI()));
        return out;
    }

    private Link journal(Node paper) {
        for (Node j : store.objects(paper, Terms.DCT_IS_PART_OF))
            if (j.isURI()) return links.iri(j.getURI(), store.firstText(j, DCT_TITLE));
        return null;
    }

    private List<Map<String, Object>> identifiers(Node paper) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node doi : store.objects(paper, Terms.BIBO_DOI))
            out.add(Model.of("kind", "DOI", "link", new Link(doi.getLiteralLexicalForm(), "https://doi.org/" + doi.getLiteralLexicalForm())));
        for (Node pmid : store.objects(paper, Terms.FABIO_PMID))
            out.add(Model.of("kind", "PubMed", "link", new Link(pmid.getLiteralLexicalForm(),
                    "https://pubmed.ncbi.nlm.nih.gov/" + Links.encode(pmid.getLiteralLexicalForm()) + "/")));
        for (Node pmc : store.objects(paper, Terms.FABIO_PMCID))
            out.add(Model.of("kind", "PMC", "link", new Link(pmc.getLiteralLexicalForm(),
                    "https://www.ncbi.nlm.nih.gov/pmc/articles/" + Links.encode(pmc.getLiteralLexicalForm()) + "/")));
        for (Node from : store.objects(paper, Terms.PROV_WAS_DERIVED_FROM))
            if (from.isURI()) out.add(Model.of("kind", "Source", "link", links.iri(from.getURI())));
        return out;
    }

    /** The author roles in the order of their positions (one author list per paper). */
    private List<Map<String, Object>> authors(Node paper) {
        record Author(long position, Node person) {}
        List<Author> roles = new ArrayList<>();
        for (Node role : store.objects(paper, Terms.PRO_IS_DOCUMENT_CONTEXT_FOR)) {
            if (!store.dataset().getUnionGraph().contains(role, Terms.PRO_WITH_ROLE, Terms.PRO_AUTHOR)) continue;
            Node person = store.first(role, Terms.PRO_IS_HELD_BY);
            Node position = store.first(role, Terms.SCHEMA_POSITION);
            if (person == null) continue;
            roles.add(new Author(position == null ? Long.MAX_VALUE : Long.parseLong(position.getLiteralLexicalForm()), person));
        }
        roles.sort(Comparator.comparingLong(Author::position));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Author a : roles) {
            String name = store.firstText(a.person(), Terms.FOAF_NAME);
            out.add(Model.of("position", a.position() == Long.MAX_VALUE ? null : a.position(),
                    "person", a.person().isURI() ? links.iri(a.person().getURI(), name) : new Link(name, null)));
        }
        return out;
    }

    private List<Map<String, Object>> findings(Node paper) {
        record Finding(long position, String text) {}
        List<Finding> all = new ArrayList<>();
        for (Node f : store.objects(paper, Terms.PKG_KEY_FINDING)) {
            String text = store.firstText(f, Terms.RDF_VALUE);
            Node pos = store.first(f, Terms.SCHEMA_POSITION);
            if (text != null) all.add(new Finding(pos == null ? Long.MAX_VALUE : Long.parseLong(pos.getLiteralLexicalForm()), text));
        }
        all.sort(Comparator.comparingLong(Finding::position).thenComparing(Finding::text));
        return all.stream().map(f -> Model.of("text", f.text())).toList();
    }

    /** Sections with text (other card sections, a PubTator or JATS text), headed by their label. */
    private List<Map<String, Object>> sections(Node paper) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node s : store.objects(paper, Terms.PKG_HAS_SECTION)) {
            String text = store.firstText(s, Terms.RDF_VALUE);
            if (text == null || !s.isURI()) continue;
            String label = store.firstText(s, Terms.RDFS_LABEL);
            String iri = s.getURI();
            out.add(Model.of("heading", label != null ? label : iri.substring(iri.indexOf('#') + 1), "text", text,
                    "anchor", iri.substring(iri.indexOf('#') + 1)));
        }
        // section-2 before section-10: by the name, then by its number
        out.sort(Comparator.comparing((Map<String, Object> m) -> ((String) m.get("anchor")).replaceFirst("\\d+$", ""))
                .thenComparingLong(m -> trailingNumber((String) m.get("anchor"))));
        return out;
    }

    private static long trailingNumber(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,18})$").matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The mentions grouped by concept, most mentioned first, each with its label and whether the paper is about it. */
    private List<Map<String, Object>> concepts(Node paper) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Binding row : store.select(MENTIONS, Map.of("paper", paper))) {
            Node concept = row.get("concept");
            if (concept == null || !concept.isURI()) continue;
            String label = labels.label(concept.getURI());
            String form = StoreReader.text(row, "form");
            String name = label != null ? label : form != null ? form : links.shortForm(concept.getURI());
            out.add(Model.of("concept", links.iri(concept.getURI(), name), "curie", links.shortForm(concept.getURI()),
                    "mentions", StoreReader.number(row, "mentions"), "forms", StoreReader.text(row, "forms"),
                    "entityType", StoreReader.text(row, "entityType"),
                    "about", store.dataset().getUnionGraph().contains(paper, Terms.SCHEMA_ABOUT, concept)));
        }
        return out;
    }

    private List<Map<String, Object>> unresolved(Node paper) {
        return store.select(UNRESOLVED, Map.of("paper", paper)).stream().map(row -> Model.of(
                "id", StoreReader.text(row, "id"), "reason", StoreReader.text(row, "reason"),
                "mentions", StoreReader.number(row, "mentions"))).toList();
    }

    /** Links between papers in both directions: citations, retractions, corrections, comments. */
    private List<Map<String, Object>> paperLinks(Node paper) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node status : store.objects(paper, Terms.PSO_HOLDS_STATUS_IN_TIME))
            if (store.dataset().getUnionGraph().contains(status, Terms.PSO_WITH_STATUS, Terms.PSO_RETRACTED))
                out.add(Model.of("relation", "status", "other", new Link("retracted from publication", null)));
        Node[] predicates = {Terms.CITO_IS_RETRACTED_BY, Terms.CITO_RETRACTS, Terms.CITO_IS_CORRECTED_BY, Terms.CITO_CORRECTS,
                Terms.CITO_IS_UPDATED_BY, Terms.CITO_UPDATES, Terms.CITO_DISCUSSES, Terms.CITO_IS_DISCUSSED_BY,
                Terms.PKG_EXPRESSES_CONCERN_ABOUT, Terms.PKG_HAS_EXPRESSION_OF_CONCERN, Terms.CITO_CITES};
        for (Node p : predicates)
            for (Node other : store.objects(paper, p))
                if (other.isURI()) out.add(Model.of("relation", links.shortForm(p.getURI()), "other", titled(other)));
        for (Node citing : store.subjects(Terms.CITO_CITES, paper, Pages.LIST_CAP))
            out.add(Model.of("relation", "cited by", "other", titled(citing)));
        return out;
    }

    private Link titled(Node paper) {
        return links.iri(paper.getURI(), store.firstText(paper, DCT_TITLE));
    }

    /** The source graphs of the paper (their primary topic is the paper) and where each came from. */
    private List<Map<String, Object>> sources(Node paper) {
        List<Map<String, Object>> out = new ArrayList<>();
        Node provenance = NodeFactory.createURI(site.base() + "graph/provenance");
        store.dataset().find(Node.ANY, Node.ANY, Terms.FOAF_PRIMARY_TOPIC, paper).forEachRemaining(q -> {
            if (!q.getGraph().equals(q.getSubject()) || !q.getGraph().isURI()) return;
            Node g = q.getGraph();
            Node run = store.firstIn(provenance, g, Terms.PROV_WAS_GENERATED_BY);
            Node file = store.firstIn(provenance, g, Terms.PROV_WAS_DERIVED_FROM);
            out.add(Model.of("graph", links.iri(g.getURI()),
                    "format", store.firstText(g, Terms.PKG_SOURCE_FORMAT),
                    "file", file == null ? null : store.firstText(file, Terms.PKG_PATH),
                    "run", run == null || !run.isURI() ? null : runLink(run),
                    "started", run == null ? null : store.firstText(run, PROV_STARTED)));
        });
        out.sort(Comparator.comparing(m -> ((Link) m.get("graph")).text()));
        return out;
    }

    /** A run is described in its own graph, {@code graph/run/<id>} for {@code run/<id>}: the link goes there. */
    private Link runLink(Node run) {
        String iri = run.getURI(), label = store.firstText(run, Terms.RDFS_LABEL);
        String runs = site.base() + "run/";
        return iri.startsWith(runs) ? new Link(label != null ? label : links.shortForm(iri),
                links.href(site.base() + "graph/run/" + iri.substring(runs.length()))) : links.iri(iri, label);
    }
}
