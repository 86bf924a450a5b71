package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.cli.HeadlessChromium;
import org.paperkg.pages.PagesStore;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.store.KgStore;
import org.paperkg.util.FileTrees;

/**
 * The pages through HTTP on a running server: the start page at / and the query page still at
 * /index.html, every page answer with its Content-Security-Policy and nosniff, the status of each
 * kind of error page; and, in headless Chromium, a reader's way from the start page to a library
 * query's answer and on to a concept's page.
 */
class PageServletTest {

    private static Path tmp;
    private static DatasetGraph dsg;
    private static EmbeddedEndpoint endpoint;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        tmp = Files.createTempDirectory("paperkg-page-servlet");
        dsg = PagesStore.load(tmp);
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder().port(0).build());
        base = endpoint.baseUrl();
    }

    @AfterAll
    static void stop() throws IOException {
        endpoint.close();
        KgStore.release(dsg);
        FileTrees.deleteTree(tmp);
    }

    private static void assertSecured(HttpResponse<String> r) {
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void theStartPageIsAtTheRootAndTheQueryPageStaysReachable() {
        HttpResponse<String> landing = Http.get(base);
        assertEquals(200, landing.statusCode());
        assertSecured(landing);
        Document doc = Jsoup.parse(landing.body());
        assertTrue(doc.select("#summary").text().contains("papers"));
        assertEquals("/_pages/paperkg.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));

        HttpResponse<String> ui = Http.get(base + "index.html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki") || ui.body().contains("id=\"app\""), "the Fuseki query page: " + ui.body());
        assertFalse(ui.body().contains("What it holds"));

        HttpResponse<String> css = Http.get(base + "_pages/paperkg.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.body().contains("header.site"));

        HttpResponse<String> sparql = Http.query(base + "kg/sparql", "ASK { ?s ?p ?o }");
        assertEquals(200, sparql.statusCode(), "the endpoint is untouched");
    }

    @Test
    void everyPageAnswerIsSecuredAndErrorsHaveTheirStatus() {
        HttpResponse<String> concept = Http.get(base + "concept?iri=MONDO:0005246");
        assertEquals(200, concept.statusCode());
        assertSecured(concept);
        assertEquals("osteomyelitis", Jsoup.parse(concept.body()).selectFirst("h1").text(), "a CURIE is read as the concept's IRI");

        for (String[] c : List.of(new String[] {"concept?iri=http%3A%2F%2Fexample.org%2Fnothing", "404"},
                new String[] {"concept", "400"}, new String[] {"library/no-such-query", "404"},
                new String[] {"library/papers-by-concept?conceptt=x", "400"}, new String[] {"search?q=", "400"},
                new String[] {"library/papers-by-concept?concept=MONDO%3A0005246", "200"})) {
            HttpResponse<String> r = Http.get(base + c[0]);
            assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0]);
            assertSecured(r);
        }
    }

    @Test
    void aReaderGoesFromTheStartPageToALibraryAnswerAndOnToAConcept() throws Exception {
        Optional<HeadlessChromium> found = HeadlessChromium.find(tmp.resolve("profile"));
        assumeTrue(found.isPresent(), "skipped: chromium was not found on the PATH; " + HeadlessChromium.INSTALL_HINT);
        HeadlessChromium chromium = found.get();

        Document landing = Jsoup.parse(chromium.dumpDom(base, 1200, 2000), base);
        assertTrue(landing.select("#summary").text().contains("papers"), landing.text());
        Element run = landing.selectFirst("#q-papers-by-concept h3 a");
        assertEquals("papers-by-concept", run.text());

        Document answer = Jsoup.parse(chromium.dumpDom(run.absUrl("href"), 1200, 2000), base);
        assertEquals("papers-by-concept", answer.selectFirst("h1").text());
        assertTrue(answer.select("table.results a[href^=/paper/]").size() > 3, "rows link their papers");
        Element concept = answer.select("table.results a[href*=MONDO_0005246]").first();
        assertTrue(concept != null, "a row links its concept");

        Document page = Jsoup.parse(chromium.dumpDom(concept.absUrl("href"), 1200, 2000), base);
        assertEquals("osteomyelitis", page.selectFirst("h1").text());
        assertTrue(page.select("#about a[href=/paper/pmc/PMC13027165]").size() == 1, page.select("#about").html());
    }

    /** Issue 20's walk: a paper's IRI opened in a browser, then one of its authors, then a concept it mentions. */
    @Test
    void aReaderOpensAPaperIriFollowsAnAuthorAndAConcept() throws Exception {
        Optional<HeadlessChromium> found = HeadlessChromium.find(tmp.resolve("profile-walk"));
        assumeTrue(found.isPresent(), "skipped: chromium was not found on the PATH; " + HeadlessChromium.INSTALL_HINT);
        HeadlessChromium chromium = found.get();

        Document paper = Jsoup.parse(chromium.dumpDom(base + "paper/pmc/PMC13027165", 1200, 2000), base);
        assertEquals("Bone and Infections: An Osteoimmunological Interplay", paper.selectFirst("h1").text());
        Element author = paper.selectFirst("#authors ol.authors li a[href^=/person/]");
        assertTrue(author != null, paper.select("#authors").html());
        String name = author.text();

        Document person = Jsoup.parse(chromium.dumpDom(author.absUrl("href"), 1200, 2000), base);
        assertEquals(name, person.selectFirst("h1").text());
        assertTrue(person.select("a[href=/paper/pmc/PMC13027165]").size() >= 1, "the person's page lists the paper: " + person.text());

        Element concept = paper.selectFirst("#mentions a[href*=MONDO_0005246]");
        assertTrue(concept != null, paper.select("#mentions").html());
        Document page = Jsoup.parse(chromium.dumpDom(concept.absUrl("href"), 1200, 2000), base);
        assertEquals("osteomyelitis", page.selectFirst("h1").text());
    }

    /** The search box runs the library query search over the store's text index; the words stay in the box. */
    @Test
    void theSearchBoxFindsAPaperByAWordOfItsTitle() {
        HttpResponse<String> r = Http.get(base + "search?q=osteoimmunological", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertSecured(r);
        Document page = Jsoup.parse(r.body(), base);
        assertTrue(page.select("a[href=/paper/pmc/PMC13027165]").size() >= 1, page.text());
        assertEquals("osteoimmunological", page.selectFirst("input[name=q]").attr("value"));
        HttpResponse<String> none = Http.get(base + "search?q=zzzunfindableword", "text/html");
        assertEquals(200, none.statusCode());
        assertTrue(Jsoup.parse(none.body()).select("a[href^=/paper/]").isEmpty(), none.body());
    }
}
