package org.paperkg.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.figures.StatsQueries;
import org.paperkg.ids.ConceptRef;
import org.paperkg.stats.StatisticsGraph;

/**
 * The HTML pages of a served store, for people: a paper, a person, a concept, a graph, any other
 * resource, the start page, the vocabulary, a library query's answer, search, and the 404 page.
 * Each page is read in one read transaction of the store and rendered from the templates under
 * {@code org/paperkg/pages/} ({@link Templates}); every text from the data is HTML-escaped, and
 * links go only to this server or to http(s) addresses ({@link Links}). The pages need no network:
 * no script, no remote style or font; the one stylesheet is {@link #STYLESHEET_PATH}.
 */
public final class Pages {

    /** The most rows a list on a page shows (papers of a concept, co-authors); the page says so. */
    static final int LIST_CAP = 100;
    public static final String STYLESHEET_PATH = Templates.STYLESHEET_PATH;
    /** The parameter of the search query ({@link PageSite#searchQuery()}) that takes the search box's words. */
    static final String SEARCH_PARAMETER = "terms";

    private final DatasetGraph dsg;
    private final PageSite site;
    private final Links links;
    /** The vocabulary's page: the vocabulary is part of the build, so it is rendered once. */
    private final String vocab;

    private Pages(DatasetGraph dsg, PageSite site) {
        this.dsg = dsg;
        this.site = site;
        this.links = new Links(site);
        this.vocab = render("vocab", new VocabPage(links).model(VocabPage.vocabulary()));
    }

    /** {@code dsg}: the served store (its named graphs; queries see their union). */
    public static Pages of(DatasetGraph dsg, PageSite site) {
        return new Pages(dsg, site);
    }

    public PageSite site() {
        return site;
    }

    /** A paper's page; empty when no paper has that IRI. */
    public Optional<String> paper(String iri) {
        return read(store -> new PaperPage(store, links, site, labels(store)).model(iri)).map(m -> render("paper", m));
    }

    /** A person's page; empty when nobody has that IRI. */
    public Optional<String> person(String iri) {
        return read(store -> new PersonPage(store, links).model(iri)).map(m -> render("person", m));
    }

    /** A named graph's triples (the first {@value TriplesPage#CAP}, with a note when there are more) and provenance. */
    public Optional<String> graph(String iri) {
        return read(store -> new TriplesPage(store, links, site).graph(iri)).map(m -> render("triples", m));
    }

    /** A concept's page (any scheme); empty when the store neither mentions nor describes it. */
    public Optional<String> concept(String iri) {
        return read(store -> new ConceptPage(store, links, site, labels(store)).model(iri)).map(m -> render("concept", m));
    }

    /** Any other resource with statements (journal, organization, book, a paper's part): its triples as a table. */
    public Optional<String> resource(String iri) {
        return read(store -> new TriplesPage(store, links, site).resource(iri)).map(m -> render("triples", m));
    }

    /** The start page. */
    public String landing() {
        return render("landing", read(store -> new LandingPage(store, site, new StatsQueries(store.dataset(), site.prefixes(),
                new StatisticsGraph(site.base()))).model()));
    }

    /** The vocabulary ontologies/paperkg.ttl, each pkg: term anchored by its local name. */
    public String vocab() {
        return vocab;
    }

    /**
     * The concept IRI a reader asked for: an IRI as given (its canonical form when it is one of a
     * known scheme's other forms), or a CURIE of a known scheme ({@code MONDO:0005246}); empty for anything else.
     */
    public Optional<String> conceptIri(String iriOrCurie) {
        if (iriOrCurie == null || iriOrCurie.isBlank()) return Optional.empty();
        String v = iriOrCurie.strip();
        if (site.prefixes().resolve(v) instanceof ConceptRef.Resolved r) return Optional.of(r.iri());
        return Links.isWeb(v) ? Optional.of(v) : Optional.empty();
    }

    /** A 400 page: the request cannot be answered as asked, and the sentence says why. */
    public String badRequest(String sentence) {
        return message("Bad request", List.of(sentence), null, List.of());
    }

    /** A page for a request that failed on the server's side (a query out of time, a store error): the sentence says what happened. */
    public String failed(String sentence) {
        return message("Not answered", List.of(sentence), null, List.of());
    }

    /** The 404 page for a path or IRI nothing answers. */
    public String notFound(String pathOrIri) {
        return message("Not found", List.of("Nothing here answers to " + pathOrIri + ".",
                "Papers, people and concepts are linked from the start page and from search."), null, List.of());
    }

    /**
     * A library query run with the request's parameters ({@code /library/NAME?param=value}): 200 with
     * its answer as a table, 404 for a query the library does not have, 400 for a parameter it does not
     * take or a value that is not a term, 503 when it runs out of the query timeout.
     */
    public Page library(String name, Map<String, List<String>> params) {
        Optional<LibraryEntry> entry = site.library().contains(name) ? LibraryEntry.load(name) : Optional.empty();
        if (entry.isEmpty()) return new Page(404, notFound("the library query \"" + name + "\""));
        LibraryEntry e = entry.get();
        LibraryRun.Outcome outcome = read(store -> new LibraryRun(store, links, site).run(e, params));
        if (outcome instanceof LibraryRun.Refused r)
            return new Page(r.status(), message(r.status() == 400 ? "Bad request" : "Query not finished", List.of(r.sentence()), e,
                    e.parameters()));
        LibraryRun.Table t = (LibraryRun.Table) outcome;
        List<Map<String, Object>> bound = new ArrayList<>();
        params.forEach((k, v) -> { if (!v.isEmpty() && !v.get(0).isBlank()) bound.add(Model.of("name", k, "value", v.get(0))); });
        return new Page(200, render("table", Model.of("title", e.name(), "heading", e.name(), "summary", e.summary(),
                "bound", bound, "columns", t.columns(), "rowCount", t.rows().size(), "cut", t.cut() ? LibraryRun.MAX_ROWS : null,
                "open", site.queryPageWith(e.text()), "action", "/library/" + e.name(),
                "searchTerms", e.name().equals(site.searchQuery()) && params.containsKey(SEARCH_PARAMETER)
                        ? params.get(SEARCH_PARAMETER).get(0) : null,
                "fields", fields(e, params),
                "rows", t.rows().stream().map(cells -> Model.of("cells", cells)).toList())));
    }

    /**
     * Search ({@code /search?q=…}): the library query {@link PageSite#searchQuery()} ({@code search})
     * with its parameter {@value #SEARCH_PARAMETER} when the library has it; without it, a page (501)
     * saying that search needs the text index.
     */
    public Page search(String terms) {
        if (!site.library().contains(site.searchQuery()) || LibraryEntry.load(site.searchQuery()).isEmpty())
            return new Page(501, message("Search is not available", List.of(
                    "Search needs the store's full-text index, and this server has none.",
                    "The library queries on the start page find papers by concept, author, year and identifier."), null, List.of()));
        if (terms == null || terms.isBlank())
            return new Page(400, message("Nothing to search for", List.of("Type some words into the search box."), null, List.of()));
        return library(site.searchQuery(), Map.of(SEARCH_PARAMETER, List.of(terms)));
    }

    /** The form fields of a query's parameters, filled with the values asked for, then the page's size and offset. */
    private static List<Map<String, Object>> fields(LibraryEntry e, Map<String, List<String>> params) {
        List<String> names = new ArrayList<>(e.parameterNames());
        names.addAll(List.of("limit", "offset"));
        return names.stream().map(n -> Model.of("name", n, "value",
                params.getOrDefault(n, List.of()).isEmpty() ? "" : params.get(n).get(0))).toList();
    }

    /** The stylesheet the pages link to. */
    public static byte[] stylesheet() {
        try (InputStream in = Pages.class.getResourceAsStream(Templates.STYLESHEET_RESOURCE)) {
            if (in == null) throw new IllegalStateException(Templates.STYLESHEET_RESOURCE + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String message(String heading, List<String> sentences, LibraryEntry query, List<LibraryEntry.Parameter> parameters) {
        return render("message", Model.of("title", heading, "heading", heading, "sentences", sentences,
                "query", query == null ? null : query.name(), "parameters", parameters));
    }

    private String render(String template, Map<String, Object> model) {
        return Templates.render(template, model, site);
    }

    private StatsQueries labels(StoreReader store) {
        return new StatsQueries(store.dataset(), site.prefixes(), new StatisticsGraph(site.base()));
    }

    private <T> T read(Function<StoreReader, T> page) {
        return Txn.calculateRead(dsg, () -> page.apply(new StoreReader(dsg, site)));
    }
}
