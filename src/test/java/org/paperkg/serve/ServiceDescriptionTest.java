package org.paperkg.serve;

import org.paperkg.ingest.IngestTarget;
import org.paperkg.ingest.Ingest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.RunProvenance;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.map.PaperMapper;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.source.Readers;
import org.paperkg.store.KgStore;
import org.paperkg.testutil.Cards;

/**
 * A GET of the query endpoint without a query returns its SPARQL 1.1 Service Description (Turtle or
 * RDF/XML), which links the default dataset to the VoID served at /.well-known/void; a GET with a
 * query still answers it. Over real HTTP against the embedded endpoint.
 */
class ServiceDescriptionTest {

    private static final String PREFIXES = """
            PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX formats: <http://www.w3.org/ns/formats/>
            """;

    @TempDir
    static Path tmp;
    private static DatasetGraph dsg;
    private static EmbeddedEndpoint endpoint;
    private static String sparql;

    @BeforeAll
    static void serveTheExampleCard() throws Exception {
        Path card = Files.writeString(tmp.resolve("card.md"), Cards.example());
        dsg = KgStore.inMemory();
        MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null),
                new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), p -> {}, Progress.none());
        Path mapping = Files.writeString(tmp.resolve("mapping.sssom.tsv"), "subject_id\tpredicate_id\tobject_id\tmapping_justification\n"
                + "MONDO:0005246\tskos:exactMatch\tMESH:D010019\tsemapv:ManualMappingCuration\n");
        Ingest.create().mapping(run).inputs(List.of(card))
                .ontologies(new OntologyLoader(PrefixTable.defaults(), PaperIris.DEFAULT_BASE, p -> {}, null), List.of(mapping))
                .provenance(RunProvenance.start(PaperIris.DEFAULT_BASE, "ingest", "test", List.of(card.toString())))
                .target(IngestTarget.store(dsg, false)).build().run();
        DatasetDescription description = new DatasetDescription(PaperIris.DEFAULT_BASE, PrefixTable.defaults());
        Txn.executeWrite(dsg, () -> description.refresh(dsg, Instant.now()));
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg),
                ServeOptions.builder().port(0).timeout(Duration.ofSeconds(10)).build());
        sparql = endpoint.datasetUrl() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
        KgStore.release(dsg);
    }

    @Test
    void aGetWithoutAQueryDescribesTheServiceInTurtle() {
        HttpResponse<String> r = Http.get(sparql, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), r.headers().toString());
        Graph sd = parse(r.body(), Lang.TURTLE);
        String service = "<" + sparql + ">";
        assertTrue(ask(sd, "ASK { " + service + " a sd:Service ; sd:endpoint " + service + " ; "
                + "sd:supportedLanguage sd:SPARQL11Query ; sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, "
                + "formats:Turtle ; sd:feature sd:UnionDefaultGraph }"), r.body());
        assertFalse(ask(sd, "ASK { ?s sd:feature sd:BasicFederatedQuery }"), "no SERVICE allowed, so no federation feature");
        assertFalse(ask(sd, "ASK { ?s sd:supportedLanguage sd:SPARQL11Update }"), "a read-only endpoint");
        assertTrue(ask(sd, "ASK { " + service + " sd:defaultDataset <https://w3id.org/paperkg/dataset> . "
                + "<https://w3id.org/paperkg/dataset> a sd:Dataset, void:Dataset ; sd:defaultGraph ?dg ; "
                + "rdfs:seeAlso <" + endpoint.baseUrl() + ".well-known/void> . ?dg a sd:Graph }"),
                "the default dataset is the one the VoID describes: " + r.body());
        assertTrue(ask(sd, "ASK { ?d sd:namedGraph [ a sd:NamedGraph ; sd:name <https://w3id.org/paperkg/graph/void> ], "
                + "[ sd:name <https://w3id.org/paperkg/graph/provenance> ], [ sd:name <https://w3id.org/paperkg/graph/ontology/mapping> ], "
                + "[ sd:name ?run ] FILTER STRSTARTS(STR(?run), 'https://w3id.org/paperkg/graph/run/') }"),
                "the description, provenance, ontology and run graphs are listed: " + r.body());
        assertFalse(ask(sd, "ASK { ?d sd:namedGraph [ sd:name <https://w3id.org/paperkg/graph/card/pmc/PMC13027165> ] }"),
                "paper graphs are not listed one by one");
    }

    @Test
    void theVoidTheDescriptionLinksToDescribesTheSameDataset() {
        Graph sd = parse(Http.get(sparql, "text/turtle").body(), Lang.TURTLE);
        String voidUrl = QueryExec.graph(sd).query(PREFIXES + "SELECT ?v { ?d rdfs:seeAlso ?v }").select().next().get("v").getURI();
        HttpResponse<String> r = Http.get(voidUrl, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(ask(parse(r.body(), Lang.TURTLE), "ASK { <https://w3id.org/paperkg/dataset> a void:Dataset ; void:triples ?n }"), r.body());
    }

    @Test
    void rdfXmlIsTheSameDescription() {
        HttpResponse<String> r = Http.get(endpoint.datasetUrl() + "/query", "application/rdf+xml");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        Graph xml = parse(r.body(), Lang.RDFXML);
        Graph ttl = parse(Http.get(endpoint.datasetUrl() + "/query", "text/turtle").body(), Lang.TURTLE);
        assertTrue(xml.isIsomorphicWith(ttl), r.body());
        assertTrue(ask(xml, "ASK { <" + endpoint.datasetUrl() + "/query> a sd:Service }"), "each endpoint describes itself");
    }

    @Test
    void aGetWithAQueryStillAnswersIt() {
        HttpResponse<String> r = Http.query(sparql, "ASK { ?p a <http://purl.org/spar/fabio/JournalArticle> }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.json(r).get("boolean").getAsBoolean().value(), r.body());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static boolean ask(Graph g, String query) {
        return QueryExec.graph(g).query(PREFIXES + query).ask();
    }
}
