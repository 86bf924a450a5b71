package org.paperkg.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paperkg.figures.StatsQueries;
import org.paperkg.stats.StatisticsGraph;

/**
 * The start page: what the dataset holds (the totals of the statistics graph, as {@code stats} and
 * {@code dataset-summary} read them), the search box, and every library query with what it answers,
 * a form of its parameters that runs it here, and a link that opens it in the Fuseki query page.
 */
final class LandingPage {

    private static final String[][] TOTALS = {
            {"authorships", "authorships"}, {"mentions", "mentions"}, {"linkedMentions", "mentions linked (about)"},
            {"fullTextMentions", "mentions in full text"}, {"concepts", "distinct concepts"},
            {"sourceGraphs", "paper graphs"}, {"citations", "citations"}, {"retractedPapers", "retracted papers"}};

    private final StoreReader store;
    private final PageSite site;
    private final StatsQueries stats;

    LandingPage(StoreReader store, PageSite site, StatsQueries stats) {
        this.store = store;
        this.site = site;
        this.stats = stats;
    }

    Map<String, Object> model() {
        List<Map<String, Object>> summary = new ArrayList<>();
        summary.add(Model.of("name", "papers", "value", stats.papers()));
        summary.add(Model.of("name", "authors", "value", stats.authors()));
        StatisticsGraph graph = new StatisticsGraph(site.base());
        boolean kept = graph.exists(store.dataset());
        if (kept)
            for (String[] t : TOTALS) summary.add(Model.of("name", t[1], "value", graph.total(store.dataset(), t[0])));
        List<Map<String, Object>> queries = new ArrayList<>();
        for (String name : site.library())
            LibraryEntry.load(name).ifPresent(e -> queries.add(Model.of(
                    "name", e.name(), "summary", e.summary(), "details", e.details().isEmpty() ? null : e.details(),
                    "parameters", e.parameters(), "hasParameters", !e.parameters().isEmpty(),
                    "more", !e.parameters().isEmpty() || !e.details().isEmpty(),
                    "run", "/library/" + e.name(), "open", site.queryPageWith(e.text()))));
        return Model.of(
                "title", "paperkg knowledge graph",
                "summary", summary,
                "noStatistics", !kept,
                "queries", queries,
                "readOnly", site.readOnly(),
                "ingest", site.readOnly() ? null : "/" + site.datasetName() + "/ingest",
                "sparql", "/" + site.datasetName() + "/sparql",
                "queryPageLink", site.queryPage());
    }
}
