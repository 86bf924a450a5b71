package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.testing.ShapesAssert;
import org.paperkg.vocab.Terms;

/**
 * The real PMC JATS files of src/test/resources/data/jats (see its SOURCES.md), read through the
 * format-detecting front as `ingest` reads them: a few fields checked by hand against the files,
 * the counts of authors and references against simple scans of the XML text that share nothing
 * with the reader, and the mapped graphs against the SHACL shapes.
 */
class JatsXmlRealDataTest {

    private static final Map<String, XmlTestData.Result> RESULTS = new LinkedHashMap<>();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void readAll() {
        RecordSource reader = Readers.all(PrefixTable.defaults(), null);
        for (Path f : XmlTestData.files("jats")) {
            String name = XmlTestData.relative(f, "jats");
            RESULTS.put(name, XmlTestData.read(reader, f, name));
            TEXTS.put(name, XmlTestData.gunzip(f));
        }
    }

    private static PaperRecord only(String file) {
        List<PaperRecord> records = RESULTS.get(file).records();
        assertEquals(1, records.size(), file);
        return records.get(0);
    }

    @Test
    void everyFileIsOneArticleReadWithoutAProblem() {
        assertEquals(Set.of("1471-2180-11-174.nxml.gz", "biopython_efetch_pmc.xml.gz", "ehp-116-1694.nxml.gz", "pone.0000217.nxml.gz"),
                RESULTS.keySet());
        for (var e : RESULTS.entrySet()) {
            assertEquals(List.of(), e.getValue().problems(), e.getKey());
            assertEquals("jats", only(e.getKey()).source(), e.getKey());
        }
    }

    @Test
    void plosOneFieldByField() {
        PaperRecord r = only("pone.0000217.nxml.gz");
        assertEquals("Quantifying Organismal Complexity using a Population Genetic Approach", r.title());
        assertEquals("17299597", r.pmid());
        assertEquals("PMC1790863", r.pmcid(), "<article-id pub-id-type=\"pmc\">1790863 in PMC… form");
        assertEquals("10.1371/journal.pone.0000217", r.doi());
        // collection 2007, epub 14 February 2007: the most precise
        assertEquals(new PubDate("2007-02-14", PubDate.Precision.DAY), r.issued());
        assertEquals(new Journal("PLoS ONE", null, List.of("1932-6203")), r.journal());
        // four authors; the academic editor (contrib-type="editor") is not one
        assertEquals(List.of("Olivier Tenaillon", "Olin K. Silander", "Jean-Philippe Uzan", "Lin Chao"),
                r.authors().stream().map(Author::name).toList());
        Author first = r.authors().get(0);
        assertEquals("Olivier", first.givenName());
        assertEquals("Tenaillon", first.familyName());
        // xref aff1 and aff2: the <addr-line> text, without the label "1"
        assertEquals(List.of("Institut National de la Santé et de la Recherche Médicale (INSERM) U722, Faculté de Médecine "
                        + "Xavier Bichat, Université Denis Diderot-Paris VII, Paris, France",
                "Division of Biology, University of California San Diego, La Jolla, California, United States of America"),
                first.affiliations());
        assertEquals(List.of("Division of Biology, University of California San Diego, La Jolla, California, United States of America"),
                r.authors().get(3).affiliations());
        assertTrue(r.abstractText().startsWith("Background: Various definitions of biological complexity have been proposed"),
                r.abstractText());
        assertTrue(r.abstractText().contains("\n\nMethodology: Here we propose an alternative complexity metric"));
        assertTrue(r.abstractText().contains("\n\nConclusions/Significance: Because Darwinian evolution"));
        assertEquals(List.of("Introduction", "Model and Results", "Discussion", "Methods"),
                r.otherSections().stream().map(TextSection::heading).toList());
        TextSection methods = r.otherSections().get(3);
        assertTrue(methods.text().startsWith("Viral Evolution\n\nThe details of experimental evolution of ΦX174 have been described previously [14]."),
                "a subsection's title is a paragraph before its text: " + methods.text().substring(0, 120));
        // the NLM 2.3 <citation> element; the first reference names PMID 11360989 only
        assertEquals(new CitedWork(null, "11360989", null), r.references().cited().get(0));
    }

    @Test
    void environmentalHealthPerspectivesFieldByField() {
        PaperRecord r = only("ehp-116-1694.nxml.gz");
        assertEquals("19079722", r.pmid());
        assertEquals("PMC2599765", r.pmcid());
        assertEquals("10.1289/ehp.11570", r.doi());
        assertTrue(r.title().startsWith("Dietary Exposure to 2,2′,4,4′-Tetrabromodiphenyl Ether (PBDE-47) Alters Thyroid Status"), r.title());
        // ppub December 2008, epub 1 August 2008: the day is the most precise
        assertEquals(new PubDate("2008-08-01", PubDate.Precision.DAY), r.issued());
        assertEquals(new Journal("Environmental Health Perspectives", "Environ. Health Perspect", List.of("0091-6765", "1552-9924")),
                r.journal());
        assertEquals(List.of("Sean C. Lema", "Jon T. Dickey", "Irvin R. Schultz", "Penny Swanson"),
                r.authors().stream().map(Author::name).toList());
        assertEquals(List.of("School of Aquatic and Fishery Sciences, University of Washington, Seattle, Washington, USA"),
                r.authors().get(1).affiliations());
        // the introduction has no title: an untitled section first
        assertEquals(List.of("", "Materials and Methods", "Results", "Discussion"),
                r.otherSections().stream().map(TextSection::heading).toList());
        assertTrue(r.abstractText().startsWith("Background: Polybrominated diphenyl ether (PBDE) flame retardants"));
    }

    @Test
    void bmcMicrobiologyCitationsWithDoiAndPmid() {
        PaperRecord r = only("1471-2180-11-174.nxml.gz");
        assertEquals("Factors influencing lysis time stochasticity in bacteriophage λ", r.title());
        assertEquals("PMC3166277", r.pmcid());
        assertEquals(List.of("John J Dennehy", "Ing-Nang Wang"), r.authors().stream().map(Author::name).toList());
        assertEquals(2, r.authors().get(0).affiliations().size(), "xrefs I1 and I2");
        // <mixed-citation> with <pub-id pub-id-type="doi"> and "pmid": one work with both ids
        assertEquals(new CitedWork(null, "16845428", "10.1038/nrmicro1460"), r.references().cited().get(0));
    }

    @Test
    void pmcEfetchAnswerIsAnArticleSet() {
        PaperRecord r = only("biopython_efetch_pmc.xml.gz");
        assertEquals("34527728", r.pmid());
        assertEquals("PMC8435807", r.pmcid());
        assertEquals("10.1183/23120541.50193-2021", r.doi());
        assertTrue(r.title().startsWith("“Lung diffusing capacity for nitric oxide measured by two commercial devices"));
        assertTrue(r.title().contains(" ERJ Open Res 2021; 7: 00193-2021."), "<italic> flattened: " + r.title());
        // collection July 2021, epub 13 September 2021; the pmc-release date is not a publication date
        assertEquals(new PubDate("2021-09-13", PubDate.Precision.DAY), r.issued());
        assertEquals(new Journal("ERJ Open Research", "ERJ Open Res", List.of("2312-0541")), r.journal());
        assertTrue(r.authors().isEmpty());
        assertNull(r.abstractText());
        assertEquals(1, r.otherSections().size(), "the notice's one body paragraph, outside any sec");
        assertTrue(r.otherSections().get(0).text().startsWith("This article was originally published with an error in table 2."));
        assertTrue(r.references().isEmpty());
    }

    @Test
    void authorsAreTheContribsOfTypeAuthor() {
        for (var e : RESULTS.entrySet()) {
            String xml = TEXTS.get(e.getKey());
            assertEquals(XmlTestData.count(xml, "<contrib [^>]*contrib-type=\"author\""), only(e.getKey()).authors().size(), e.getKey());
        }
    }

    /** The refs of a file, as their XML text (refs do not nest). */
    private static List<String> refs(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<ref[ >].*?</ref>").matcher(xml);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static final Pattern PUB_ID = Pattern.compile("<pub-id pub-id-type=\"(pmid|pmcid|pmc|doi)\">([^<]*)</pub-id>");

    @Test
    void everyRefWithAPubIdIsACitedWorkAndTheOthersAreCounted() {
        int total = 0;
        for (var e : RESULTS.entrySet()) {
            List<String> refs = refs(TEXTS.get(e.getKey()));
            // each ref here holds one citation; a cited work is known by its ids, so two refs with the same ids are one work
            Set<String> withId = new LinkedHashSet<>();
            int without = 0;
            for (String ref : refs) {
                Matcher m = PUB_ID.matcher(ref);
                StringBuilder ids = new StringBuilder();
                while (m.find()) ids.append(m.group(1)).append('=').append(m.group(2).strip().toLowerCase()).append(' ');
                if (ids.isEmpty()) without++;
                else withId.add(ids.toString());
            }
            References got = only(e.getKey()).references();
            assertEquals(withId.size(), got.cited().size(), e.getKey() + " cited works");
            assertEquals(without, got.withoutIdentifier(), e.getKey() + " references without an id");
            total += refs.size();
        }
        // 33 + 58 + 64 <ref> elements, none in the correction notice
        assertEquals(33 + 58 + 64, total);
        assertEquals(26, only("pone.0000217.nxml.gz").references().cited().size());
        assertEquals(52, only("ehp-116-1694.nxml.gz").references().cited().size());
        assertEquals(60, only("1471-2180-11-174.nxml.gz").references().cited().size());
    }

    @Test
    void theMappedGraphsConformToTheShapesAndCiteEveryWork() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Problem> problems = new ArrayList<>();
        MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                problems::add, Progress.none());
        var sink = StreamRDFLib.dataset(dsg);
        sink.start();
        run.run(XmlTestData.files("jats"), sink);
        sink.finish();
        assertEquals(List.of(), problems);
        assertEquals(4, ShapesAssert.assertConforms(dsg), "one graph per article");
        Node paper = NodeFactory.createURI(PaperIris.DEFAULT_BASE + "paper/pmc/PMC1790863");
        Node graph = NodeFactory.createURI(PaperIris.DEFAULT_BASE + "graph/jats/pmc/PMC1790863");
        assertTrue(dsg.containsGraph(graph), "graph/jats/<key of the paper IRI>");
        assertEquals(26, dsg.getGraph(graph).find(paper, Terms.CITO_CITES, Node.ANY).toList().size());
        assertTrue(dsg.getGraph(graph).contains(paper, Terms.CITO_CITES,
                NodeFactory.createURI(PaperIris.DEFAULT_BASE + "paper/pmid/11360989")));
        assertEquals(4, dsg.getGraph(graph).find(paper, Terms.DCT_CREATOR, Node.ANY).toList().size());
        assertTrue(dsg.getGraph(graph).contains(paper, Terms.PKG_REFERENCES_WITHOUT_ID, NodeFactory.createLiteralDT("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)),
                "the 7 refs without a pub-id are counted");
    }
}
