package org.paperkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.testing.Mapping;
import org.paperkg.testing.ShapesAssert;
import org.paperkg.testing.TestCards;
import org.paperkg.testing.TestFiles;

/** Every test output conforms to ontologies/paperkg-shapes.ttl, per paper graph; and the shapes bite. */
class ShapesConformanceTest {

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> everyTestCardConformsPerPaperGraph() {
        return TestCards.all(tmp).stream().map(card -> DynamicTest.dynamicTest(card.getFileName().toString(), card.toUri(),
                () -> ShapesAssert.assertConforms(Mapping.map(card).dataset())));
    }

    @Test
    void validateCommandAcceptsAllTestCards() {
        assertEquals(0, PaperkgCommand.execute("validate", TestFiles.resource("cards").toString(),
                TestFiles.resource("golden").toString(), "-q"));
    }

    private static final String PAPER = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX schema: <http://schema.org/> PREFIX bibo: <http://purl.org/ontology/bibo/> PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX pkg: <https://w3id.org/paperkg/vocab#> PREFIX pro: <http://purl.org/spar/pro/> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX : <https://w3id.org/paperkg/paper/pmid/1#>
            <https://w3id.org/paperkg/paper/pmid/1> rdf:type fabio:JournalArticle, schema:ScholarlyArticle ; dcterms:title "T" .
            """;

    /** Negative controls: a graph that breaks the contract in one way must not conform. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        upper-case DOI            | <https://w3id.org/paperkg/paper/pmid/1> bibo:doi "10.1000/ABC" .
        date as a string          | <https://w3id.org/paperkg/paper/pmid/1> dcterms:issued "2020-01-01" .
        two titles                | <https://w3id.org/paperkg/paper/pmid/1> dcterms:title "Other" .
        PMCID without PMC         | <https://w3id.org/paperkg/paper/pmid/1> fabio:hasPubMedCentralId "123" .
        body not an IRI           | :m rdf:type oa:Annotation ; oa:motivatedBy oa:identifying ; pkg:entityType "Disease" ; oa:hasBody "MESH:D1" ; oa:hasTarget :t . :t rdf:type oa:SpecificResource ; oa:hasSource :s . :s rdf:type pkg:Section ; dcterms:isPartOf <https://w3id.org/paperkg/paper/pmid/1> .
        neither body nor reason   | :m rdf:type oa:Annotation ; oa:motivatedBy oa:identifying ; pkg:entityType "Disease" ; oa:hasTarget :t . :t rdf:type oa:SpecificResource ; oa:hasSource :s . :s rdf:type pkg:Section ; dcterms:isPartOf <https://w3id.org/paperkg/paper/pmid/1> .
        author role at 0          | <https://w3id.org/paperkg/paper/pmid/1> pro:isDocumentContextFor :r . :r rdf:type pro:RoleInTime ; pro:withRole pro:author ; pro:isHeldBy :p ; schema:position 0 . :p rdf:type foaf:Person ; foaf:name "P" .
        """)
    void shapesRejectContractViolations(String label, String extra) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PAPER + extra, Lang.TURTLE).parse(g);
        ValidationReport ok = PaperShapes.validate(GraphFactory.createGraphMem());
        assertTrue(ok.conforms());
        assertFalse(PaperShapes.validate(g).conforms(), label + " must not conform");
    }
}
