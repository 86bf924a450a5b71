package org.paperkg.ontologytools.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.ontologytools.convert.ConvertHarness.assertContainsTriples;
import static org.paperkg.ontologytools.convert.ConvertHarness.assertSameTriples;
import static org.paperkg.ontologytools.convert.ConvertHarness.resource;
import static org.paperkg.ontologytools.convert.ConvertHarness.run;
import static org.paperkg.ontologytools.convert.ConvertHarness.turtle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.PrefixTable;

/**
 * The converters on excerpts of the real shared files (src/test/resources/ontology, see SOURCES.md
 * there): what they write is checked against what the test reads from the same lines by itself.
 */
class RealExcerptsConvertTest {

    private static final PrefixTable TABLE = PrefixTable.defaults();
    private static final String OBO = "http://purl.obolibrary.org/obo/";

    private static List<String> lines(String name) throws IOException {
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource(name)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    private static String mondoIri(String curie) {
        return OBO + curie.replace(':', '_');
    }

    @Test
    void classStatsOfBothReleasesGiveOneLabelledClassPerMondoRow() throws Exception {
        Graph g2023 = run(new MondoClassStatsConverter(TABLE, c -> true)::convert, "cs2023",
                resource("mondo-class-stats-2023.tsv.gz")).graph();
        Graph g2026 = run(new MondoClassStatsConverter(TABLE, c -> true)::convert, "cs2026",
                resource("mondo-class-stats-2026.tsv.gz")).graph();

        Set<String> expected = new TreeSet<>();
        Graph want = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String line : lines("mondo-class-stats-2023.tsv.gz")) {
            String[] f = line.split("\t");
            if (!f[0].startsWith("MONDO:")) continue;
            Node s = NodeFactory.createURI(mondoIri(f[0]));
            want.add(Triple.create(s, OntologyVocab.TYPE, OntologyVocab.OWL_CLASS));
            want.add(Triple.create(s, OntologyVocab.LABEL, NodeFactory.createLiteralString(f[1].substring(1, f[1].length() - 1))));
            expected.add(f[0]);
        }
        assertEquals(15, expected.size(), "the excerpt has the osteomyelitis chain and 5 obsolete classes");
        assertSameTriples(want, g2023);
        assertSameTriples(g2023, g2026);
    }

    @Test
    void edgesGiveExactlyTheSubClassOfRowsBetweenMondoClasses() throws Exception {
        var r = run(new MondoEdgesConverter(TABLE, c -> true)::convert, "edges", resource("mondo-edges-2023.tsv.gz"));
        Graph want = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String line : lines("mondo-edges-2023.tsv.gz")) {
            String[] f = line.split("\t");
            if (f[1].equals("rdfs:subClassOf") && f[0].startsWith("MONDO:") && f[2].startsWith("MONDO:"))
                want.add(Triple.create(NodeFactory.createURI(mondoIri(f[0])), OntologyVocab.SUBCLASS_OF,
                        NodeFactory.createURI(mondoIri(f[2]))));
        }
        assertEquals(12, want.size());
        assertSameTriples(want, r.graph());
        assertEquals(List.of(), r.problemLines());
    }

    @Test
    void obsoletesExcerptReportsItsTwoRealBadTargetsByLine() throws Exception {
        var r = run(new MondoObsoletesConverter(TABLE, c -> true)::convert, "obsoletes.tsv", resource("mondo-obsoletes-2023.tsv.gz"));
        assertSameTriples(turtle("""
                obo:MONDO_0000002 owl:deprecated true ; obo:IAO_0100001 obo:MONDO_0009299 .
                obo:MONDO_0000038 owl:deprecated true ; oboInOwl:consider obo:MONDO_0018037 .
                obo:MONDO_0003571 owl:deprecated true ; oboInOwl:consider obo:HP_0000359, obo:MONDO_0002467 .
                obo:MONDO_0006728 owl:deprecated true .
                obo:MONDO_0016232 owl:deprecated true .
                """), r.graph());
        assertEquals(List.of(
                "obsoletes.tsv:7: BAD_ID consider of MONDO:0006728: 'MONDO:800000' is not a valid MONDO id (expected \\d{7})",
                "obsoletes.tsv:8: UNKNOWN_PREFIX consider of MONDO:0016232: unknown prefix 'MedDRA' in 'MedDRA:10025532'"),
                r.problemLines());
    }

    @Test
    void meshTreeExcerptGivesOsteomyelitisItsTreeNumbersAndBroaderDescriptors() throws Exception {
        var r = run(new MeshTreeConverter(TABLE, c -> true)::convert, "tree", resource("mesh-tree-2017.txt.gz"));
        assertEquals(List.of(), r.problemLines());
        assertContainsTriples(turtle("""
                mesh:D010019 a meshv:TopicalDescriptor ; rdfs:label "Osteomyelitis"@en ; meshv:identifier "D010019" ;
                    meshv:treeNumber mesh:C01.539.160.495, mesh:C05.116.165.495 ;
                    meshv:broaderDescriptor mesh:D001850 .
                mesh:D001850 meshv:broaderDescriptor mesh:D007239, mesh:D001847 .
                mesh:D007239 meshv:broaderDescriptor mesh:D001423 .
                mesh:D001847 meshv:broaderDescriptor mesh:D009140 .
                mesh:C01.539.160.495 a meshv:TreeNumber ; rdfs:label "C01.539.160.495" ; meshv:parentTreeNumber mesh:C01.539.160 .
                mesh:C01 a meshv:TreeNumber ; rdfs:label "C01" .
                mesh:D001423 meshv:treeNumber mesh:C01 ; rdfs:label "Bacterial Infections and Mycoses"@en .
                mesh:D001829 rdfs:label "Body Regions"@en ; meshv:treeNumber mesh:A01 .
                """), r.graph());
        // one TreeNumber per row, one descriptor per distinct UI
        long rows = lines("mesh-tree-2017.txt.gz").size() - 1;
        assertEquals(rows, r.graph().find(Node.ANY, OntologyVocab.TYPE, OntologyVocab.TREE_NUMBER_CLASS).toList().size());
        assertEquals(8, r.stats().get("MeSH descriptors"));
        assertTrue(r.graph().find(Node.ANY, OntologyVocab.PARENT_TREE_NUMBER, NodeFactory.createURI("http://id.nlm.nih.gov/mesh/C")).toList().isEmpty(),
                "category letters are not tree numbers in NLM's RDF");
    }

    @Test
    void scrAndOmimExcerpts() throws Exception {
        var scr = run(new MeshScrConverter(TABLE, c -> true)::convert, "scr", resource("mesh-scr-dismanet.tsv.gz"));
        assertEquals(List.of(), scr.problemLines());
        assertContainsTriples(turtle("""
                mesh:C535456 a meshv:SCR_Disease ; rdfs:label "Multifocal osteomyelitis, chronic"@en ; meshv:identifier "C535456" ;
                    meshv:preferredMappedTo mesh:D010019 .
                mesh:C563110 meshv:preferredMappedTo mesh:D008607, mesh:D014564, mesh:D040181, mesh:D061085 .
                """), scr.graph());
        assertEquals(3, scr.stats().get("MeSH disease SCRs"));

        var omim = run(new OmimNamesConverter(TABLE, c -> true)::convert, "omim", resource("omim-names-dismanet.tsv.gz"));
        assertEquals(List.of(), omim.problemLines());
        assertSameTriples(turtle("""
                omim:202110 rdfs:label "17,20-lyase deficiency, isolated" ; skos:altLabel "17-alpha-hydroxylase/17,20-lyase deficiency" .
                omim:614878 rdfs:label "Autoinflammation, antibody deficiency, and immune dysregulation syndrome" .
                omim:101600 rdfs:label "Craniofacial-skeletal-dermatologic dysplasia" ; skos:altLabel "Pfeiffer syndrome" .
                """), omim.graph());
    }
}
