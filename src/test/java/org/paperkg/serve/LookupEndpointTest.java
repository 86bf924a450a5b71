package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.RunProvenance;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ingest.Ingest;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.InputLimits;
import org.paperkg.source.Readers;
import org.paperkg.store.KgStore;
import org.paperkg.testutil.Cards;

/**
 * The IRIs paperkg mints dereference on its server. The store is the example card ingested as
 * `serve` ingests it, under a base that is the server's own address, so each minted IRI is fetched
 * as it is; every answer is parsed with Jena and checked for the statements it must hold.
 */
class LookupEndpointTest {

    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX pro: <http://purl.org/spar/pro/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX pkg: <https://w3id.org/paperkg/vocab#>
            PREFIX schema: <http://schema.org/>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX void: <http://rdfs.org/ns/void#>
            """;

    @TempDir
    static Path tmp;
    private static DatasetGraph dsg;
    private static EmbeddedEndpoint endpoint;
    private static String base;
    private static String paper;

    @BeforeAll
    static void serveTheExampleCardUnderTheServersOwnAddress() throws Exception {
        int port = freePort();
        base = "http://127.0.0.1:" + port + "/";
        paper = base + "paper/pmc/PMC13027165";
        Path card = Files.writeString(tmp.resolve("card.md"), Cards.example());
        dsg = KgStore.inMemory();
        MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null),
                new PaperMapper(new PaperIris(base)), p -> {}, Progress.none());
        Ingest.create().mapping(run).inputs(List.of(card))
                .provenance(RunProvenance.start(base, "ingest", "test", List.of(card.toString())))
                .target(IngestTarget.store(dsg, false)).build().run();
        DatasetDescription description = new DatasetDescription(base, PrefixTable.defaults());
        Txn.executeWrite(dsg, () -> description.refresh(dsg, Instant.now()));
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg),
                ServeOptions.builder().port(port).timeout(Duration.ofSeconds(10)).build(),
                new IngestSettings(base, PrefixTable.defaults(), InputLimits.DEFAULTS, "test", IngestSettings.DEFAULT_MAX_UPLOAD_BYTES));
        assertEquals(base, endpoint.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
        KgStore.release(dsg);
    }

    @Test
    void aPaperIriAnswersItsPartsAndSourcesInEveryFormat() {
        for (RdfFormat f : RdfFormat.values()) {
            HttpResponse<String> r = Http.get(paper, f.mediaType);
            assertEquals(200, r.statusCode(), f + ": " + r.body());
            assertEquals(f.contentType(), r.headers().firstValue("Content-Type").orElse(""), f.toString());
            DatasetGraph answer = parse(r.body(), f);
            String what = f + ": " + r.body();
            assertTrue(ask(answer, "ASK { <" + paper + "> dcterms:title 'Bone and Infections: An Osteoimmunological Interplay' }"), what);
            assertTrue(ask(answer, "ASK { <" + paper + "> pro:isDocumentContextFor <" + paper + "#author-1> . <" + paper + "#author-1> "
                    + "pro:withRole pro:author ; schema:position 1 ; pro:isHeldBy ?person . ?person foaf:name 'Emanuela Galliera' }"), what);
            assertTrue(ask(answer, "ASK { ?m a oa:Annotation ; oa:hasTarget ?t . ?t oa:hasSource <" + paper + "#full-text> ; "
                    + "oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?exact ] FILTER STRSTARTS(STR(?m), '" + paper + "#mention-') }"), what);
            assertTrue(ask(answer, "ASK { <" + base + "graph/card/pmc/PMC13027165> foaf:primaryTopic <" + paper + "> ; "
                    + "prov:wasGeneratedBy ?run ; prov:wasDerivedFrom ?file . ?run prov:startedAtTime ?t ; prov:used ?file . "
                    + "?file pkg:path ?path ; spdx:checksum/spdx:checksumValue ?sha . ?runGraph foaf:primaryTopic ?run }"),
                    "the source graph's provenance: its run and file, " + what);
        }
    }

    @Test
    void theQuadFormatsKeepTheGraphsTheStatementsAreIn() {
        DatasetGraph answer = parse(Http.get(paper, "application/trig").body(), RdfFormat.TRIG);
        assertTrue(ask(answer, "ASK { GRAPH <" + base + "graph/card/pmc/PMC13027165> { <" + paper + "> dcterms:title ?t } "
                + "GRAPH <" + base + "graph/provenance> { <" + base + "graph/card/pmc/PMC13027165> prov:wasGeneratedBy ?run } "
                + "GRAPH ?runGraph { ?run a prov:Activity } FILTER STRSTARTS(STR(?runGraph), '" + base + "graph/run/') }"));
    }

    @Test
    void aFragmentIriIsAnsweredByItsDocumentAndHeadersNameTheAlternates() {
        // a client never sends the fragment: <paper#author-1> is looked up as <paper>
        HttpResponse<String> r = Http.get(paper, "text/turtle;q=0.5, application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"), "the higher quality wins");
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), r.headers().toString());
        List<String> links = r.headers().allValues("Link");
        String path = "/paper/pmc/PMC13027165";
        for (RdfFormat f : RdfFormat.values())
            assertTrue(links.stream().anyMatch(l -> l.contains("<" + path + "?format=" + f.name + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"")),
                    f + " in " + links);
        assertEquals(path + "?format=nt", r.headers().firstValue("Content-Location").orElse(""));
    }

    @Test
    void eachFormatHasItsOwnUrlAndABadFormatIsRefused() {
        HttpResponse<String> r = Http.get(paper + "?format=jsonld", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("application/ld+json", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(ask(parse(r.body(), RdfFormat.JSONLD), "ASK { <" + paper + "> dcterms:title ?t }"));
        HttpResponse<String> bad = Http.get(paper + "?format=yaml");
        assertEquals(400, bad.statusCode());
        assertEquals("Unknown format 'yaml': use one of ttl, nt, jsonld, rdf, trig, nq.\n", bad.body());
    }

    @Test
    void anythingOrNothingAcceptedIsTurtle() {
        for (String accept : new String[] {"*/*", "", "text/*"}) {
            HttpResponse<String> r = accept.isEmpty() ? Http.get(paper) : Http.get(paper, accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), accept + ": " + r.headers());
            assertTrue(ask(parse(r.body(), RdfFormat.TURTLE), "ASK { <" + paper + "> dcterms:title ?t }"), accept);
        }
    }

    @Test
    void aBrowserGetsThePageAndAnUnknownIriThe404Page() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> r = Http.get(paper, browser);
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"), r.headers().toString());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertTrue(r.headers().allValues("Link").stream().anyMatch(l -> l.contains("text/turtle")), r.headers().toString());
        assertTrue(r.body().contains("<h1") && r.body().contains("Bone and Infections: An Osteoimmunological Interplay"), r.body());
        HttpResponse<String> gone = Http.get(base + "paper/pmc/PMC99999999", browser);
        assertEquals(404, gone.statusCode());
        assertTrue(gone.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), gone.headers().toString());
        assertTrue(gone.body().contains("PMC99999999"), gone.body());
    }

    @Test
    void nothingAcceptableIs406WithTheOfferedTypes() {
        HttpResponse<String> r = Http.get(paper, "image/png, text/turtle;q=0");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().startsWith("None of the accepted types is offered: this IRI is answered as text/turtle, application/n-triples, "
                + "application/ld+json, application/rdf+xml"), r.body());
        HttpResponse<String> unreadable = Http.get(paper, "turtle");
        assertEquals(400, unreadable.statusCode());
        assertTrue(unreadable.body().startsWith("The Accept header could not be read (turtle)"), unreadable.body());
    }

    @Test
    void unknownIrisAreA404SentenceAndMalformedPathsNeverA500() {
        HttpResponse<String> r = Http.get(base + "paper/pmc/PMC99999999", "text/turtle");
        assertEquals(404, r.statusCode());
        assertEquals("The store says nothing about <" + base + "paper/pmc/PMC99999999>.\n", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(404, Http.get(base + "person/nobody-at-all").statusCode());
        assertEquals(404, Http.get(base + "journal/issn/0000-0000").statusCode());
        for (String path : new String[] {"paper/%2E%2E/kg/data", "paper/a%20b%7Bc", "graph/%C3%28", "person?iri=not%20an%20iri"}) {
            int status = Http.get(base + path, "text/turtle").statusCode();
            assertTrue(status == 400 || status == 404, path + " answered " + status);
        }
    }

    @Test
    void aPaperIriFromItsDoiIsASeeOtherToTheStoresPaper() {
        // references name papers by DOI or PMID; the card's paper is keyed by its PMC id
        HttpResponse<String> r = Http.get(base + "paper/doi/10.3390%2Fijms27062602?format=nt");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/paper/pmc/PMC13027165?format=nt", r.headers().firstValue("Location").orElse(""));
        assertEquals("<" + base + "paper/doi/10.3390%2Fijms27062602> is the store's paper <" + paper + ">.\n", r.body());
        assertEquals(404, Http.get(base + "paper/doi/10.3390%2Fnot-in-the-store").statusCode());
    }

    @Test
    void onlyGetAndHead() {
        HttpResponse<String> head = Http.send(Http.request(paper).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/ld+json").build());
        assertEquals(200, head.statusCode());
        assertEquals("application/ld+json", head.headers().firstValue("Content-Type").orElse(""));
        assertTrue(head.body().isEmpty());
        assertTrue(Long.parseLong(head.headers().firstValue("Content-Length").orElse("0")) > 1000, head.headers().toString());
        HttpResponse<String> post = Http.post(paper, "text/turtle", "<a> <b> <c> .");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        assertEquals("Looked-up IRIs are read-only: use GET or HEAD.\n", post.body());
    }

    @Test
    void aPersonIsTheirNameAndAuthorshipsWithThePapersTitles() {
        String person = base + "person/emanuela-galliera";
        HttpResponse<String> r = Http.get(person, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        DatasetGraph answer = parse(r.body(), RdfFormat.TURTLE);
        assertTrue(ask(answer, "ASK { <" + person + "> a foaf:Person ; foaf:name 'Emanuela Galliera' . "
                + "<" + paper + "#author-1> pro:isHeldBy <" + person + "> ; schema:position 1 . "
                + "<" + paper + "> pro:isDocumentContextFor <" + paper + "#author-1> ; dcterms:creator <" + person + "> ; "
                + "dcterms:title 'Bone and Infections: An Osteoimmunological Interplay' }"), r.body());
        assertFalse(ask(answer, "ASK { <" + paper + "> dcterms:abstract ?a }"), "a person's page is not the paper's: " + r.body());
        HttpResponse<String> noIri = Http.get(base + "person?iri=not%20an%20iri");
        assertEquals(400, noIri.statusCode());
        assertTrue(noIri.body().startsWith("Give the person's IRI: /person?iri="), noIri.body());
        HttpResponse<String> byIri = Http.get(base + "person?iri=" + Http.encode(person), "text/turtle");
        assertEquals(200, byIri.statusCode());
        assertTrue(ask(parse(byIri.body(), RdfFormat.TURTLE), "ASK { <" + person + "> foaf:name 'Emanuela Galliera' }"));
    }

    @Test
    void aGraphIsItsStatementsAndProvenance() {
        String graph = base + "graph/card/pmc/PMC13027165";
        HttpResponse<String> r = Http.get(graph, "application/n-quads");
        assertEquals(200, r.statusCode(), r.body());
        DatasetGraph answer = parse(r.body(), RdfFormat.NQUADS);
        assertTrue(ask(answer, "ASK { GRAPH <" + graph + "> { <" + graph + "> a pkg:SourceGraph ; foaf:primaryTopic <" + paper + "> . "
                + "<" + paper + "> dcterms:title ?t } GRAPH ?p { <" + graph + "> prov:wasDerivedFrom ?file } ?file pkg:path ?path }"), r.body());

        HttpResponse<String> provenance = Http.get(base + "graph/provenance", "text/turtle");
        assertEquals(200, provenance.statusCode());
        assertTrue(ask(parse(provenance.body(), RdfFormat.TURTLE), "ASK { <" + graph + "> prov:wasGeneratedBy ?run }"));
        HttpResponse<String> described = Http.get(base + "graph/void", "text/turtle");
        assertEquals(200, described.statusCode());
        assertTrue(ask(parse(described.body(), RdfFormat.TURTLE), "ASK { <" + base + "dataset> pkg:papers 1 }"), described.body());
        assertEquals(200, Http.get(base + "graph/stats", "text/turtle").statusCode());
    }

    @Test
    void aRunAndTheDatasetDereferenceToo() {
        String runGraph = QueryExec.dataset(parse(Http.get(paper, "application/trig").body(), RdfFormat.TRIG))
                .query(PREFIXES + "SELECT ?g { GRAPH ?g { ?g foaf:primaryTopic ?run . ?run a prov:Activity } }").select().next().get("g").getURI();
        HttpResponse<String> r = Http.get(runGraph, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        String run = QueryExec.dataset(parse(r.body(), RdfFormat.TURTLE)).query(PREFIXES + "SELECT ?r { <" + runGraph + "> foaf:primaryTopic ?r }")
                .select().next().get("r").getURI();
        HttpResponse<String> activity = Http.get(run, "text/turtle");
        assertEquals(200, activity.statusCode(), run);
        assertTrue(ask(parse(activity.body(), RdfFormat.TURTLE), "ASK { <" + run + "> prov:used ?in . ?in pkg:path ?p ; spdx:checksum/spdx:checksumValue ?sha }"),
                "a run with its inputs and their checksums: " + activity.body());
        HttpResponse<String> dataset = Http.get(base + "dataset", "text/turtle");
        assertEquals(200, dataset.statusCode());
        assertTrue(ask(parse(dataset.body(), RdfFormat.TURTLE), "ASK { <" + base + "dataset> pkg:papers 1 ; void:classPartition ?c . ?c void:entities ?n }"), dataset.body());
    }

    @Test
    void theVocabularyIsServedInTheAskedFormat() {
        HttpResponse<String> r = Http.get(base + "vocab", "application/rdf+xml");
        assertEquals(200, r.statusCode(), r.body());
        DatasetGraph answer = parse(r.body(), RdfFormat.RDFXML);
        assertTrue(ask(answer, "ASK { pkg:tldr rdfs:label ?l ; rdfs:comment ?c . pkg:SourceGraph a ?class }"), r.body());
    }

    @Test
    void theDatasetPathsTheVoidAndTheQueryPageStillAnswer() {
        assertEquals(200, Http.query(endpoint.datasetUrl() + "/sparql", "ASK { ?s ?p ?o }").statusCode());
        assertEquals(200, Http.get(base + ".well-known/void", "text/turtle").statusCode());
        assertEquals(200, Http.get(base + "$/ping").statusCode());
        HttpResponse<String> page = Http.get(base, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html"), "the query page at /");
    }

    static DatasetGraph parse(String body, RdfFormat f) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(body, lang(f)).parse(dsg);
        return dsg;
    }

    private static Lang lang(RdfFormat f) {
        return org.apache.jena.riot.RDFLanguages.contentTypeToLang(f.mediaType);
    }

    /** ASK over the answer: its graphs as parsed, and every statement in the default graph (triple formats have only that one). */
    static boolean ask(DatasetGraph answer, String query) {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        answer.find().forEachRemaining(q -> {
            all.add(q);
            all.getDefaultGraph().add(q.asTriple());
        });
        return QueryExec.dataset(all).query(PREFIXES + query).ask();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
