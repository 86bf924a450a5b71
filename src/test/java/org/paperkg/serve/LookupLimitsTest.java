package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.lookup.Lookup;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.vocab.Terms;

/**
 * Lookups at the edges, over HTTP on the default base (https://w3id.org/paperkg/ served at the
 * server's own paths): a DOI paper whose IRI has an encoded slash, a person whose name is not
 * ASCII, a graph too large to answer, and a description RDF/XML cannot write.
 */
class LookupLimitsTest {

    private static final String BASE = "https://w3id.org/paperkg/";
    private static DatasetGraph dsg;
    private static EmbeddedEndpoint endpoint;
    private static String url;

    @BeforeAll
    static void serve() {
        dsg = DatasetGraphFactory.createTxnMem();
        Node graph = iri("graph/pubmed/doi/10.1000%2Fxyz");
        Node paper = iri("paper/doi/10.1000%2Fxyz");
        Txn.executeWrite(dsg, () -> {
            dsg.add(graph, graph, Terms.FOAF_PRIMARY_TOPIC, paper);
            dsg.add(graph, paper, Terms.DCT_TITLE, NodeFactory.createLiteralString("A paper known by its DOI"));
            dsg.add(graph, paper, Terms.DCT_CREATOR, iri("person/राम"));
            dsg.add(graph, iri("person/राम"), Terms.FOAF_NAME, NodeFactory.createLiteralString("राम"));
            // a pair row of the statistics: its property ends in digits, which RDF/XML cannot split into a QName
            dsg.add(iri("graph/stats"), iri("person/राम"), iri("stats/co-author-focus/1234"), NodeFactory.createLiteralByValue(2));
            for (long i = 0; i <= Lookup.DEFAULT_MAX_STATEMENTS; i++)
                dsg.add(iri("graph/big"), iri("thing/" + i), Terms.RDFS_LABEL, NodeFactory.createLiteralString("thing " + i));
        });
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder().port(0).timeout(Duration.ofSeconds(20)).build());
        url = endpoint.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
    }

    @Test
    void aDoiPaperIsFoundUnderItsEncodedSlash() {
        HttpResponse<String> r = Http.get(url + "paper/doi/10.1000%2Fxyz", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<" + BASE + "paper/doi/10.1000%2Fxyz> <http://purl.org/dc/terms/title> \"A paper known by its DOI\""), r.body());
    }

    @Test
    void aPersonWhoseNameIsNotAsciiIsFoundByTheEncodedPath() {
        HttpResponse<String> r = Http.get(url + "person/%E0%A4%B0%E0%A4%BE%E0%A4%AE", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<" + BASE + "person/राम> <http://xmlns.com/foaf/0.1/name> \"राम\""), r.body());
        assertTrue(!r.body().contains("co-author-focus"), "the statistics' pairs are not the person's description: " + r.body());
    }

    @Test
    void aGraphLargerThanALookupAnswersIs413NamingTheGraphStore() {
        HttpResponse<String> r = Http.get(url + "graph/big", "text/turtle");
        assertEquals(413, r.statusCode());
        assertEquals("The description of <" + BASE + "graph/big> has more than " + Lookup.DEFAULT_MAX_STATEMENTS
                + " statements, more than a lookup answers. The whole graph is at /kg/data?graph=" + Http.encode(BASE + "graph/big")
                + " (Graph Store Protocol); ask the SPARQL endpoint for parts of it (LIMIT and OFFSET).\n", r.body());
        assertEquals(200, Http.get(url + "kg/data?graph=" + Http.encode(BASE + "graph/big"), "application/n-triples").statusCode(),
                "and the Graph Store has it");
    }

    @Test
    void aDescriptionRdfXmlCannotWriteIsASentence() {
        HttpResponse<String> r = Http.get(url + "graph/stats?format=rdf");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().startsWith("The description of <" + BASE + "graph/stats> cannot be written as application/rdf+xml ("), r.body());
        assertEquals(200, Http.get(url + "graph/stats?format=ttl").statusCode());
    }

    private static Node iri(String rest) {
        return NodeFactory.createURI(BASE + rest);
    }
}
