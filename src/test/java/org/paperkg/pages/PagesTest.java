package org.paperkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.query.QueryLibrary;
import org.paperkg.store.KgStore;
import org.paperkg.util.FileTrees;
import org.paperkg.vocab.Vocab;

/**
 * Every page rendered from a store loaded as {@code serve} loads one ({@link PagesStore}), read as a
 * browser's parser reads it (jsoup): the texts a reader sees and the links they follow; the hostile
 * title, author name and label stay text; no href is anything but a local path or http(s).
 */
class PagesTest {

    private static final String OSTEOMYELITIS = "http://purl.obolibrary.org/obo/MONDO_0005246";
    private static Path tmp;
    private static DatasetGraph dsg;
    private static Pages pages;

    @BeforeAll
    static void load() throws IOException {
        tmp = Files.createTempDirectory("paperkg-pages-test");
        dsg = PagesStore.load(tmp);
        pages = Pages.of(dsg, PageSite.builder().build());
    }

    @AfterAll
    static void close() throws IOException {
        KgStore.release(dsg);
        FileTrees.deleteTree(tmp);
    }

    private static Document html(String page) {
        Document doc = Jsoup.parse(page);
        assertTrue(doc.select("script").isEmpty(), "no script element on any page");
        for (Element a : doc.select("[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://") || href.startsWith("#"),
                    "an href is a local path or a web address: " + href);
        }
        for (Element e : doc.getAllElements())
            e.attributes().forEach(attr -> assertFalse(attr.getKey().startsWith("on"), "no event handler attribute: " + attr));
        assertEquals(1, doc.select("header form[action=/search] input[name=q]").size(), "the search box is in the header");
        assertEquals(1, doc.select("header a[href=/]").size(), "a link home");
        return doc;
    }

    private static List<String> hrefs(Element scope) {
        return scope.select("a[href]").eachAttr("href");
    }

    @Test
    void aPaperPageHasItsTitleIdentifiersAuthorsInOrderFindingsAndMentionsByConcept() throws IOException {
        String page = pages.paper(PagesStore.EXAMPLE_PAPER).orElseThrow();
        // kept for people to look at, with the stylesheet beside it (build output, not committed)
        Files.createDirectories(Path.of("target", "pages"));
        Files.writeString(Path.of("target", "pages", "example-paper.html"), page.replace(Pages.STYLESHEET_PATH, "paperkg.css"));
        Files.write(Path.of("target", "pages", "paperkg.css"), Pages.stylesheet());
        Document doc = html(page);
        assertEquals("Bone and Infections: An Osteoimmunological Interplay", doc.selectFirst("h1").text());
        assertTrue(doc.select(".date").text().contains("2026-03-12"));
        List<String> ids = hrefs(doc.selectFirst("ul.ids"));
        assertTrue(ids.contains("https://doi.org/10.3390/ijms27062602"), ids.toString());
        assertTrue(ids.contains("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC13027165/"), ids.toString());
        List<String> authors = doc.select("ol.authors li").eachText();
        assertEquals(List.of("Emanuela Galliera", "Luca Massaccesi", "Nicola Logoluso", "Laura Mangiavini", "Giuseppe Peretti",
                "Massimiliano Marco Corsi Romanelli"), authors, "in card order");
        assertEquals("/person/emanuela-galliera", doc.selectFirst("ol.authors li a").attr("href"));
        assertTrue(doc.select("#tldr").text().contains("This review explores how infections"));
        assertEquals(3, doc.select("#findings li").size());
        assertTrue(doc.select("#abstract").text().startsWith("Abstract Osteoimmunology examines"));
        Element osteo = doc.select("#mentions tr").stream().filter(tr -> tr.text().contains("MONDO:0005246")).findFirst().orElseThrow();
        assertEquals("/concept?iri=http%3A%2F%2Fpurl.obolibrary.org%2Fobo%2FMONDO_0005246", osteo.selectFirst("a").attr("href"));
        assertEquals("osteomyelitis", osteo.selectFirst("a").text(), "the ontology's label");
        assertTrue(osteo.text().contains("about"), "a linked entity: the paper is about it");
        Element chronic = doc.select("#mentions tr").stream().filter(tr -> tr.text().contains("MESH:D007249")).findFirst().orElseThrow();
        assertTrue(chronic.select("td.num").text().equals("1"), chronic.text());
        Element source = doc.selectFirst("#sources tbody tr");
        assertEquals("/graph/card/pmc/PMC13027165", source.selectFirst("a").attr("href"));
        // the fixture holds the example card too: the file read first made the graph
        assertTrue(source.text().matches(".*(000_b340d623e11a1f67\\.txt|example-card\\.md).*"), "the file it came from: " + source.text());
        assertTrue(source.select("a").eachAttr("href").stream().anyMatch(h -> h.startsWith("/graph/run/")), "its run's graph");
    }

    @Test
    void aRetractedPaperSaysSoAndLinksItsNotice() {
        Document doc = html(pages.paper(PagesStore.BASE + "paper/pmid/31000001").orElseThrow());
        String links = doc.select("#links").text();
        assertTrue(links.contains("retracted from publication"), links);
        assertTrue(hrefs(doc.selectFirst("#links")).contains("/paper/pmid/31000002"), "the retraction notice: " + links);
    }

    @Test
    void aPersonPageListsPapersAndCoAuthors() {
        Document doc = html(pages.person(PagesStore.BASE + "person/emanuela-galliera").orElseThrow());
        assertEquals("Emanuela Galliera", doc.selectFirst("h1").text());
        List<String> papers = hrefs(doc.selectFirst("#papers"));
        assertTrue(papers.contains("/paper/pmc/PMC13027165") && papers.contains("/paper/pmc/PMC99999991"), papers.toString());
        Element luca = doc.select("#coauthors tr").stream().filter(tr -> tr.text().contains("Luca Massaccesi")).findFirst().orElseThrow();
        assertEquals("2", luca.selectFirst("td.num").text(), "two shared papers (the example and the hostile copy)");
        assertEquals("/person/luca-massaccesi", luca.selectFirst("a").attr("href"));
    }

    @Test
    void anOrcidPersonLinksTheirOrcidAndAFullTextPaperShowsItsSections() throws IOException {
        Document person = html(pages.person(PagesStore.ORCID_PERSON).orElseThrow());
        assertEquals("Dante Capaldi", person.selectFirst("h1").text());
        assertEquals(PagesStore.ORCID_PERSON, person.selectFirst(".ids a").attr("href"));
        assertEquals(1, person.select("#papers tbody tr").size());
        String paperHref = person.selectFirst("#papers a").attr("href");
        Document paper = html(pages.paper(PagesStore.BASE + paperHref.substring(1)).orElseThrow());
        assertTrue(hrefs(paper.selectFirst("ol.authors")).contains(PagesStore.ORCID_PERSON), "the paper links the ORCID person");
        assertTrue(hrefs(paper.selectFirst("ul.ids")).contains("https://pubmed.ncbi.nlm.nih.gov/29963580/"));

        String fullText = pages.paper(PagesStore.BASE + "paper/pmc/PMC3166277").orElseThrow();
        Files.writeString(Path.of("target", "pages", "full-text-paper.html"), fullText.replace(Pages.STYLESHEET_PATH, "paperkg.css"));
        Document jats = html(fullText);
        List<String> headings = jats.select("article > section h2").eachText();
        assertTrue(headings.size() > 6, "the full text's sections have their headings: " + headings);
        List<String> sections = jats.select("article > section[id^=jats-section-]").eachAttr("id");
        for (int i = 0; i < sections.size(); i++) assertEquals("jats-section-" + (i + 1), sections.get(i), "in their order");
        assertTrue(hrefs(jats.selectFirst("ul.ids")).contains("https://doi.org/10.1186/1471-2180-11-174"));
    }

    @Test
    void aLibraryConstructQueryIsATableOfTriples() {
        Page page = pages.library("paper-record", Map.of("paper", List.of("<" + PagesStore.EXAMPLE_PAPER + ">")));
        assertEquals(200, page.status());
        Document doc = html(page.html());
        assertEquals(List.of("subject", "predicate", "object"), doc.select("table.results th").eachText());
        assertTrue(doc.select("table.results td").eachText().contains("Bone and Infections: An Osteoimmunological Interplay"));
        assertTrue(hrefs(doc.selectFirst("table.results")).contains("/paper/pmc/PMC13027165"));
    }

    @Test
    void aConceptPageHasItsLabelBroaderMappedPapersAndCoMentions() {
        Document doc = html(pages.concept(OSTEOMYELITIS).orElseThrow());
        assertEquals("osteomyelitis", doc.selectFirst("h1").text());
        assertFalse(doc.select("#broader li a").isEmpty(), "MONDO superclasses from the slice");
        assertTrue(doc.select("#broader li a").eachAttr("href").stream().allMatch(h -> h.startsWith("/concept?iri=")));
        String mapped = doc.select("#mapped").text();
        assertTrue(mapped.contains("MESH:D010019"), "the SSSOM exact match to MeSH: " + mapped);
        assertTrue(doc.selectFirst("#about h2").text().matches("Papers about it \\((\\d+)\\)"));
        assertTrue(hrefs(doc.selectFirst("#about")).contains("/paper/pmc/PMC13027165"));
        List<String> co = doc.select("#comentions tr td:first-child").eachText();
        assertTrue(co.stream().anyMatch(t -> t.contains("MESH:D010019")), "mentioned with MeSH osteomyelitis: " + co);
        assertTrue(pages.concept("http://purl.obolibrary.org/obo/MONDO_9999999").isEmpty(), "an unknown concept has no page");
    }

    @Test
    void hostileTextStaysText() {
        Document paper = html(pages.paper(PagesStore.HOSTILE_PAPER).orElseThrow());
        assertEquals(PagesStore.HOSTILE_TITLE, paper.selectFirst("h1").text());
        assertTrue(paper.select("img").isEmpty(), "the title made no image");
        assertEquals(PagesStore.HOSTILE_AUTHOR, paper.selectFirst("ol.authors li").text());
        Document concept = html(pages.concept(PagesStore.HOSTILE_CONCEPT).orElseThrow());
        assertEquals(PagesStore.HOSTILE_LABEL, concept.selectFirst("h1").text());
        assertTrue(concept.title().startsWith(PagesStore.HOSTILE_LABEL), "and the title element: " + concept.title());
        Document person = html(pages.person(PagesStore.BASE + "person/eve-script-script-alert-3-script-mallory")
                .or(() -> pages.person(personOf(paper))).orElseThrow());
        assertEquals(PagesStore.HOSTILE_AUTHOR, person.selectFirst("h1").text());
    }

    private static String personOf(Document paper) {
        return PagesStore.BASE + paper.selectFirst("ol.authors li a").attr("href").substring(1);
    }

    @Test
    void noIriButAWebAddressBecomesALink() {
        Document doc = html(pages.resource(PagesStore.JAVASCRIPT_RESOURCE).orElseThrow());
        assertTrue(doc.text().contains("javascript:alert(5)"), "shown as text");
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
        assertTrue(doc.text().contains("Test University Press"), "the organization's own statements");
        Links links = new Links(pages.site());
        assertEquals(null, links.href("javascript:alert(1)"));
        assertEquals(null, links.href("data:text/html,x"));
        assertEquals("/vocab#tldr", links.href(Vocab.PKG + "tldr"));
    }

    @Test
    void aGraphPageListsItsTriplesAndProvenance() {
        Document doc = html(pages.graph(PagesStore.BASE + "graph/card/pmc/PMC13027165").orElseThrow());
        assertTrue(doc.select("#statements tbody tr").size() > 50);
        assertTrue(hrefs(doc).contains("/paper/pmc/PMC13027165"));
        String provenance = doc.select("#provenance").text();
        assertTrue(provenance.contains("prov:wasGeneratedBy") && provenance.matches(".*(000_b340d623e11a1f67\\.txt|example-card\\.md).*"), provenance);
        assertTrue(pages.graph(PagesStore.BASE + "graph/card/pmc/PMC0").isEmpty());
    }

    @Test
    void theLandingPageSummarisesAndOffersEveryLibraryQuery() {
        Document doc = html(pages.landing());
        Map<String, String> summary = doc.select("#summary tr").stream()
                .collect(Collectors.toMap(tr -> tr.selectFirst("th").text(), tr -> tr.selectFirst("td").text()));
        assertTrue(Long.parseLong(summary.get("papers")) >= 8, summary.toString());
        assertTrue(Long.parseLong(summary.get("mentions")) > 10, summary.toString());
        for (String name : QueryLibrary.names()) {
            Element q = doc.getElementById("q-" + name);
            assertTrue(q != null, "library query " + name + " is listed");
            assertEquals("/library/" + name, q.selectFirst("form").attr("action"));
            assertTrue(q.selectFirst("a.open").attr("href").startsWith("/index.html#/dataset/kg/query?query="), name);
        }
        assertEquals(1, doc.select("#q-papers-by-concept input[name=concept]").size(), "a parameter is a form field");
        assertTrue(doc.select("#writes").text().contains("read-only"));
        assertFalse(doc.text().contains("/kg/ingest"), "a read-only server offers no upload");
        Document writable = html(Pages.of(dsg, PageSite.builder().readOnly(false).build()).landing());
        assertTrue(writable.select("#writes").text().contains("POST /kg/ingest"));
    }

    @Test
    void theVocabularyAnchorsEveryTermByItsLocalName() {
        Document doc = html(pages.vocab());
        Graph vocab = VocabPage.vocabulary();
        Set<String> terms = new TreeSet<>();
        vocab.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Vocab.PKG)) terms.add(s.getURI().substring(Vocab.PKG.length()));
        });
        assertTrue(terms.size() > 30, terms.toString());
        for (String term : terms) assertTrue(doc.getElementById(term) != null, "anchor " + term);
        assertTrue(doc.getElementById("tldr").text().contains("pkg:tldr"));
    }

    @Test
    void aLibraryQueryRunsWithTypedParametersAndSaysWhatIsWrong() {
        Page page = pages.library("papers-by-concept", Map.of("concept", List.of("MONDO:0005246")));
        assertEquals(200, page.status());
        Document doc = html(page.html());
        assertTrue(hrefs(doc.selectFirst("table.results")).contains("/paper/pmc/PMC13027165"), "the row links the paper");
        assertEquals(List.of("concept", "paper", "title", "linked", "fullText"), doc.select("table.results th").eachText());

        assertEquals(404, pages.library("no-such-query", Map.of()).status());
        assertEquals(404, pages.library("../etc/passwd", Map.of()).status());
        Page unknown = pages.library("papers-by-concept", Map.of("conceptt", List.of("x")));
        assertEquals(400, unknown.status());
        assertTrue(Jsoup.parse(unknown.html()).text().contains("it takes concept"), unknown.html());
        Page bad = pages.library("papers-by-concept", Map.of("concept", List.of("MONDO:12")));
        assertEquals(400, bad.status());
        Page badLimit = pages.library("papers-by-concept", Map.of("limit", List.of("many")));
        assertEquals(400, badLimit.status());
        Page limited = pages.library("papers-by-concept", Map.of("limit", List.of("2"), "concept", List.of("")));
        assertEquals(2, Jsoup.parse(limited.html()).select("table.results tbody tr").size(), "the page size, an empty field unbound");
    }

    @Test
    void aServerWhoseLibraryHasNoSearchQuerySaysSo() {
        List<String> library = QueryLibrary.names().stream().filter(n -> !n.equals("search")).toList();
        Page page = Pages.of(dsg, PageSite.builder().library(library).build()).search("osteomyelitis");
        assertEquals(501, page.status());
        assertTrue(html(page.html()).text().contains("full-text index"));
    }

    @Test
    void searchRunsTheSearchQueryWithTheWordsOfTheBox() {
        Page page = pages.search("osteoimmunological");
        assertEquals(200, page.status());
        Document doc = html(page.html());
        assertTrue(hrefs(doc.selectFirst("table.results")).contains("/paper/pmc/PMC13027165"));
        assertEquals("osteoimmunological", doc.selectFirst("header input[name=q]").val(), "the words stay in the box");
        assertEquals(400, pages.search(" ").status());
    }

    @Test
    void nothingAnswersForUnknownIris() {
        assertTrue(pages.paper(PagesStore.BASE + "paper/pmc/PMC0").isEmpty());
        assertTrue(pages.person(PagesStore.BASE + "person/nobody-at-all").isEmpty());
        assertTrue(pages.resource(PagesStore.BASE + "journal/issn/0000-0000").isEmpty());
        Document doc = html(pages.notFound("/paper/pmc/PMC0"));
        assertTrue(doc.text().contains("Nothing here answers to /paper/pmc/PMC0"));
    }
}
