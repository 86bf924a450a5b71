package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testutil.Cards;

/**
 * The README's main command, as a user runs it: `serve` over card files in a process of its own,
 * queried over HTTP, then stopped with SIGTERM (what Ctrl-C sends through the shell).
 */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void serveLoadsTheCardsAnswersOverHttpAndStopsCleanly() throws Exception {
        Path cards = tmp.resolve("cards");
        Files.createDirectories(cards);
        Files.writeString(cards.resolve("example.md"), Cards.example());
        Path err = tmp.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PaperkgCommand.class.getName(),
                "serve", cards.toString(), "--port", "0", "-q"));
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        try {
            String sparql = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.currentTimeMillis() + 60_000;
            String line;
            while (sparql == null && System.currentTimeMillis() < deadline && (line = out.readLine()) != null)
                if (line.strip().endsWith("/kg/sparql")) sparql = line.strip();
            assertTrue(sparql != null && sparql.startsWith("http://127.0.0.1:"), "printed URLs: " + sparql + " / " + Files.readString(err));

            String query = "SELECT ?t { ?p a <http://purl.org/spar/fabio/JournalArticle> ; <http://purl.org/dc/terms/title> ?t }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("t\r\nBone and Infections: An Osteoimmunological Interplay\r\n", r.body());

            String base = sparql.substring(0, sparql.indexOf("/kg/sparql"));
            HttpResponse<String> description = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/.well-known/void")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, description.statusCode());
            assertTrue(description.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            org.apache.jena.graph.Graph voidGraph = org.apache.jena.riot.RDFParser.fromString(description.body(), org.apache.jena.riot.Lang.TURTLE).toGraph();
            var dataset = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/dataset");
            assertTrue(voidGraph.contains(dataset, org.apache.jena.vocabulary.RDF.type.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI("http://rdfs.org/ns/void#Dataset")), description.body());
            assertTrue(voidGraph.contains(dataset, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/vocab#papers"),
                    org.apache.jena.graph.NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), description.body());

            // the paper's IRI, https://w3id.org/paperkg/paper/pmc/PMC13027165, dereferences at the server's own path
            HttpResponse<String> paper = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/paper/pmc/PMC13027165")).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, paper.statusCode(), paper.body());
            org.apache.jena.graph.Graph paperGraph = org.apache.jena.riot.RDFParser.fromString(paper.body(), org.apache.jena.riot.Lang.TURTLE).toGraph();
            assertTrue(paperGraph.contains(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/paper/pmc/PMC13027165"),
                    org.apache.jena.graph.NodeFactory.createURI("http://purl.org/dc/terms/title"),
                    org.apache.jena.graph.NodeFactory.createLiteralString("Bone and Infections: An Osteoimmunological Interplay")), paper.body());

            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            assertTrue(Files.readString(err).contains("endpoint stopped"), Files.readString(err));
        } finally {
            p.destroyForcibly();
        }
    }
}
