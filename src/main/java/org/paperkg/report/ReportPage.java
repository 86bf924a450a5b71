package org.paperkg.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paperkg.ontology.LinkingStats;
import org.paperkg.ontology.LinkingStats.Coverage;
import org.paperkg.ontology.LinkingStats.Subset;
import org.paperkg.ontology.LinkingStats.Via;
import org.paperkg.figures.CorpusStats;
import org.paperkg.figures.CorpusStats.TopConcept;
import org.paperkg.figures.StatsJson;
import org.paperkg.figures.StatsQueries.UnresolvedId;

import com.google.gson.stream.JsonWriter;

/**
 * The report as one self-contained HTML page: tables written here, charts drawn in the browser by
 * the inlined ECharts from the data embedded as JSON. Nothing is fetched at view time (the page's
 * Content-Security-Policy forbids it). Text from the data reaches the page only HTML-escaped, or
 * inside the JSON, where {@code <}, {@code >} and {@code &} are written as {@code \\u003c} etc.
 */
public final class ReportPage {

    /** How the page was made, for its header line. */
    public record Origin(String source, String generatedAt, String paperkgVersion) {}

    private ReportPage() {}

    public static void write(ReportData data, Origin origin, int tableRows, Writer out) throws IOException {
        CorpusStats s = data.stats();
        LinkingStats l = s.linking();
        out.write("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>paperkg report</title>
                <style>
                """);
        out.write(resource("report.css"));
        out.write("</style>\n</head>\n<body>\n<h1>paperkg report</h1>\n");
        out.write("<p class=\"meta\">" + Html.escape(origin.source()) + " · generated " + Html.escape(origin.generatedAt())
                + " by paperkg " + Html.escape(origin.paperkgVersion()) + " · charts by Apache ECharts " + Html.escape(EchartsLibrary.version())
                + ", inlined: the page needs no network</p>\n");

        out.write("<section class=\"summary\">\n");
        card(out, "papers", s.papers());
        card(out, "authors", s.authors());
        card(out, "mentions", l.mentions());
        card(out, "unresolved ids", s.unresolvedIds().size());
        out.write("</section>\n");

        out.write("<h2>Papers per year</h2>\n<div id=\"chart-years\" class=\"chart\"></div>\n");
        out.write("<h2>Most mentioned diseases</h2>\n<p class=\"note\">Mentions of disease entity types (Disease and the NCBI"
                + " Disease corpus classes), labelled from the loaded ontologies, else by the first surface form.</p>\n"
                + "<div id=\"chart-diseases\" class=\"chart\"></div>\n");
        out.write("<h2>Co-mentions of the top concepts</h2>\n<p class=\"note\">The " + data.networkConcepts().size()
                + " most mentioned concepts; a line joins two that are about or mentioned in the same paper, thicker for more"
                + " papers; a node's colour is the entity type of most of its mentions, its size follows its mentions.</p>\n<div id=\"chart-network\" class=\"chart tall\"></div>\n");

        out.write("<h2>Mentions</h2>\n<div class=\"tables\">\n");
        countTable(out, "by scheme", l.byScheme());
        countTable(out, "by entity type", l.byType());
        out.write("</div>\n");

        out.write("<h2>Top concepts</h2>\n<table><tr><th>#</th><th>concept</th><th>label</th><th>first surface form</th>"
                + "<th class=\"n\">mentions</th><th class=\"n\">papers</th></tr>\n");
        int rank = 0;
        for (TopConcept c : s.topConcepts())
            out.write("<tr><td>" + ++rank + "</td><td>" + link(c.iri(), c.curie()) + "</td><td>"
                    + Html.escape(c.label()) + "</td><td>" + Html.escape(c.surfaceForm()) + "</td><td class=\"n\">" + number(c.mentions())
                    + "</td><td class=\"n\">" + number(c.papers()) + "</td></tr>\n");
        out.write("</table>\n");

        out.write("<h2>Reaching MONDO</h2>\n<p class=\"note\">MeSH- and OMIM-annotated mentions whose concept is linked to a MONDO"
                + " class by the loaded mappings (either direction).</p>\n<table><tr><th>scheme, types</th><th>via</th>"
                + "<th class=\"n\">mentions</th><th class=\"n\">reaching</th><th class=\"n\">%</th></tr>\n");
        for (String scheme : LinkingStats.LINKED_SCHEMES)
            for (Subset subset : Subset.values())
                for (Via via : Via.values()) {
                    Coverage c = l.coverage(scheme, subset, via);
                    out.write("<tr><td>" + scheme + ", " + subset.key() + "</td><td>" + via.key() + "</td><td class=\"n\">"
                            + number(c.mentions()) + "</td><td class=\"n\">" + number(c.mentionsReaching()) + "</td><td class=\"n\">"
                            + Coverage.percent(c.mentionsReaching(), c.mentions()) + "</td></tr>\n");
                }
        out.write("</table>\n");

        List<UnresolvedId> unresolved = s.unresolvedIds();
        out.write("<h2>Unresolved identifiers</h2>\n<table><tr><th>identifier</th><th>reason</th><th class=\"n\">mentions</th>"
                + "<th class=\"n\">papers</th></tr>\n");
        for (UnresolvedId u : unresolved.subList(0, Math.min(tableRows, unresolved.size())))
            out.write("<tr><td>" + Html.escape(u.rawId()) + "</td><td>" + Html.escape(u.reason()) + "</td><td class=\"n\">"
                    + number(u.mentions()) + "</td><td class=\"n\">" + number(u.papers()) + "</td></tr>\n");
        out.write("</table>\n");
        if (unresolved.size() > tableRows)
            out.write("<p class=\"note\">… and " + number(unresolved.size() - tableRows) + " more (paperkg stats --json lists them all).</p>\n");

        out.write("<script type=\"application/json\" id=\"report-data\">");
        out.write(json(data));
        out.write("</script>\n<script>");
        out.write(EchartsLibrary.script());
        out.write("</script>\n<script>\n");
        out.write(resource("report.js"));
        out.write("</script>\n</body>\n</html>\n");
    }

    /** The embedded data: {"stats": stats JSON, "topDiseases": [concept…], "network": {"nodes": [concept…], "links": […]}}. */
    static String json(ReportData data) throws IOException {
        StringWriter text = new StringWriter();
        JsonWriter w = new JsonWriter(text);
        w.setHtmlSafe(true); // <, >, &, = and ' as \\u escapes: the JSON cannot end its script element
        w.beginObject();
        w.name("stats");
        StatsJson.write(data.stats(), w);
        w.name("topDiseases").beginArray();
        for (TopConcept c : data.topDiseases()) StatsJson.writeConcept(w, c);
        w.endArray();
        w.name("network").beginObject();
        w.name("nodes").beginArray();
        for (TopConcept c : data.networkConcepts()) StatsJson.writeConcept(w, c);
        w.endArray();
        w.name("links").beginArray();
        for (CoMentions.Link link : data.links())
            w.beginObject().name("source").value(link.source()).name("target").value(link.target()).name("papers").value(link.papers()).endObject();
        w.endArray();
        w.endObject();
        w.endObject();
        w.flush();
        return text.toString();
    }

    // only web IRIs become links: a javascript: IRI in the data must not
    private static String link(String iri, String text) {
        String lower = iri.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return Html.escape(text);
        return "<a href=\"" + Html.escape(iri) + "\">" + Html.escape(text) + "</a>";
    }

    private static void card(Writer out, String what, long n) throws IOException {
        out.write("<div class=\"card\"><div class=\"n\">" + number(n) + "</div><div>" + Html.escape(what) + "</div></div>\n");
    }

    private static void countTable(Writer out, String caption, Map<String, Long> counts) throws IOException {
        out.write("<table><caption>" + Html.escape(caption) + "</caption>\n");
        for (var e : counts.entrySet())
            out.write("<tr><td>" + Html.escape(e.getKey()) + "</td><td class=\"n\">" + number(e.getValue()) + "</td></tr>\n");
        out.write("</table>\n");
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
