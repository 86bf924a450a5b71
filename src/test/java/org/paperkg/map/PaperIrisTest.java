package org.paperkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.IriFactory;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.SourceRef;
import org.paperkg.testing.RoundTrip;
import org.paperkg.testing.ShapesAssert;
import org.paperkg.vocab.Terms;

/** Paper and person IRIs from awkward DOIs and non-ASCII names: valid, strict, stable. */
class PaperIrisTest {

    private static final PaperIris IRIS = new PaperIris(PaperIris.DEFAULT_BASE);
    private static final PaperMapper MAPPER = new PaperMapper(IRIS);

    /** DOIs full of characters IRIs forbid; records built directly, as other readers will. */
    private static final List<String> DOIS = List.of(
            "10.1002/(sici)1097-4636(199602)30:2<165::aid-jbm5>3.0.co;2-o",
            "10.1000/a<b>c;d(e)f\"g{h}i|j^k`l\\m",
            "10.1000/100% pure",
            "10.1000/with spaces/and#hash?and=query");

    private static final List<String> NAMES = List.of(
            "José García", "山田 太郎", "Søren Kierkegaard", "Анна Иванова", "محمد علي", "Zoë O'Brien-Smith", "Nguyễn Văn An");

    @Test
    void awkwardDoisGiveStrictIrisInEverySyntax() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        for (String doi : DOIS) {
            PaperRecord r = PaperRecord.builder(new SourceRef("test", 1)).title("Paper " + doi).doi(doi).build();
            String iri = IRIS.paper(r);
            assertTrue(iri.startsWith("https://w3id.org/paperkg/paper/doi/"), iri);
            assertTrue(IriFactory.isValid(iri), iri);
            MAPPER.map(r, sink);
            Node paper = NodeFactory.createURI(iri);
            assertTrue(dsg.contains(NodeFactory.createURI(IRIS.graph("card", iri)), paper, Terms.BIBO_DOI, NodeFactory.createLiteralString(doi)), "bibo:doi keeps the DOI as written");
            assertEquals(1, dsg.stream(Node.ANY, paper, Terms.SCHEMA_SAME_AS, Node.ANY).count(), "one schema:sameAs for " + doi);
        }
        assertEquals(DOIS.size(), dsg.stream().map(q -> q.getGraph()).distinct().count(), "distinct DOIs, distinct papers");
        RoundTrip.assertEverySyntaxRoundTrips(dsg);
        // The contract's DOI has no whitespace (PaperIds.doi and the shapes agree): those papers conform.
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().contains("%20")) ShapesAssert.assertConforms(g.getURI(), dsg.getGraph(g));
        });
    }

    @Test
    void nonAsciiAuthorNamesGiveValidPersonIrisInEverySyntax() {
        PaperRecord.Builder b = PaperRecord.builder(new SourceRef("test", 1)).title("Names").pmid("1");
        NAMES.forEach(b::author);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        MAPPER.map(b.build(), StreamRDFLib.dataset(dsg));
        for (String name : NAMES) {
            String person = IRIS.person(name);
            assertTrue(IriFactory.isValid(person), person);
            assertTrue(dsg.contains(Node.ANY, NodeFactory.createURI(person), Terms.FOAF_NAME, NodeFactory.createLiteralString(name)),
                    "foaf:name keeps the name as written: " + name);
        }
        assertEquals(NAMES.size(), NAMES.stream().map(IRIS::person).distinct().count(), "distinct names, distinct people");
        ShapesAssert.assertConforms(dsg);
        RoundTrip.assertEverySyntaxRoundTrips(dsg);
    }

    @Test
    void personIrisFoldCaseAndAccentsButNotScripts() {
        assertEquals("https://w3id.org/paperkg/person/jose-garcia", IRIS.person("José García"));
        assertEquals(IRIS.person("José García"), IRIS.person("JOSE  garcia"), "same key: names are not disambiguated (documented)");
        assertEquals(IRIS.person("Jos\u00e9"), IRIS.person("Jose\u0301"), "composed and decomposed accents are one name");
        assertEquals("https://w3id.org/paperkg/person/山田-太郎", IRIS.person("山田 太郎"));
    }

    @Test
    void vowelSignsOfOtherScriptsAreNotFoldedAway() {
        assertNotEquals(IRIS.person("राम"), IRIS.person("रम"));
        assertNotEquals(IRIS.person("सीता"), IRIS.person("सत"));
        assertNotEquals(IRIS.person("นิด"), IRIS.person("นด"));
        assertEquals(IRIS.person("Jürgen Müller"), IRIS.person("Jurgen Muller"));
        assertEquals(IRIS.person("Ἀθηνᾶ"), IRIS.person("Αθηνα"));
        assertEquals("https://w3id.org/paperkg/person/राम", IRIS.person("राम"));
    }

    @Test
    void customBaseIsUsedForEveryMintedIri() {
        PaperIris iris = new PaperIris("https://example.org/kg");
        var r = PaperRecord.builder(new SourceRef("t", 1)).title("T").pmid("12").build();
        assertEquals("https://example.org/kg/paper/pmid/12", iris.paper(r));
        assertEquals("https://example.org/kg/person/ada-lovelace", iris.person("Ada Lovelace"));
    }

    @Test
    void baseWithAFragmentIsRejectedUpFront() {
        // part IRIs are <paper>#part: a base with '#' would give two '#' and fail in the middle of a run
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new PaperIris("https://example.org/kg#"));
        assertTrue(e.getMessage().contains("#"), e.getMessage());
    }

    @Test
    void paperIriPrefersPmcThenPmidThenDoiThenTitle() {
        var all = PaperRecord.builder(new SourceRef("t", 1)).title("T").doi("10.1/x").pmid("12").pmcid("PMC34").build();
        var noPmc = PaperRecord.builder(new SourceRef("t", 1)).title("T").doi("10.1/x").pmid("12").build();
        var doiOnly = PaperRecord.builder(new SourceRef("t", 1)).title("T").doi("10.1/x").build();
        var none = PaperRecord.builder(new SourceRef("t", 1)).title("  A  Title ").build();
        var sameTitle = PaperRecord.builder(new SourceRef("t", 9)).title("a title").build();
        assertEquals("https://w3id.org/paperkg/paper/pmc/PMC34", IRIS.paper(all));
        assertEquals("https://w3id.org/paperkg/paper/pmid/12", IRIS.paper(noPmc));
        assertEquals("https://w3id.org/paperkg/paper/doi/10.1%2Fx", IRIS.paper(doiOnly));
        assertTrue(IRIS.paper(none).matches("https://w3id\\.org/paperkg/paper/title/[0-9a-f]{16}"), IRIS.paper(none));
        assertEquals(IRIS.paper(none), IRIS.paper(sameTitle), "title key ignores case and spacing");
    }
}
