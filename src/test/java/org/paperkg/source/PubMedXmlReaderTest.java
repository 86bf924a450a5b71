package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.paperkg.problem.Problem;

/** The PubMed mapping rules, one small record each. */
class PubMedXmlReaderTest {

    static XmlTestData.Result one(String citationBody, String pubmedData) {
        return XmlTestData.pubmed("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation>\n"
                + citationBody + "\n</MedlineCitation>\n" + (pubmedData == null ? "" : pubmedData + "\n") + "</PubmedArticle>\n</PubmedArticleSet>\n");
    }

    static String article(String inside) {
        return "<PMID>42</PMID>\n<Article>\n<ArticleTitle>T</ArticleTitle>\n" + inside + "\n</Article>";
    }

    static Author author(String xml) {
        XmlTestData.Result r = one(article("<AuthorList>" + xml + "</AuthorList>"), null);
        return r.records().get(0).authors().get(0);
    }

    @Test
    void orcidChecksums() {
        assertEquals(Optional.of("0000-0002-1825-0097"), Orcid.normalise("0000-0002-1825-0097"));
        assertEquals(Optional.of("0000-0002-1694-233X"), Orcid.normalise("https://orcid.org/0000-0002-1694-233x"));
        assertEquals(Optional.of("0000-0001-5109-3700"), Orcid.normalise("http://orcid.org/0000000151093700"));
        assertEquals(Optional.empty(), Orcid.normalise("0000-0002-1825-0098"));
        assertEquals(Optional.empty(), Orcid.normalise("0000-0002-1825"));
    }

    @Test
    void badOrcidIsAWarningAndTheAuthorIsKeptWithoutIt() {
        XmlTestData.Result r = one(article("<AuthorList>\n<Author><LastName>Carberry</LastName><ForeName>Josiah</ForeName>\n"
                + "<Identifier Source=\"ORCID\">0000-0002-1825-0098</Identifier></Author></AuthorList>"), null);
        Author a = r.records().get(0).authors().get(0);
        assertEquals(new Author("Josiah Carberry", "Josiah", "Carberry", null, List.of(), false), a);
        assertEquals(List.of("test.xml:10: BAD_ORCID not a valid ORCID iD (form or check digit): '0000-0002-1825-0098' of Josiah Carberry;"
                + " the author is kept without it (kept as text)"), r.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("ORCID of Josiah Carberry (invalid): 0000-0002-1825-0098"), r.records().get(0).extraMetadata());
    }

    @Test
    void namesFromForeNameOrInitialsAndSuffixes() {
        assertEquals(new Author("JS Bach", "JS", "Bach", null, List.of(), false),
                author("<Author><LastName>Bach</LastName><Initials>JS</Initials></Author>"));
        Author suffix = author("<Author><LastName>King</LastName><ForeName>Martin L</ForeName><Suffix>Jr</Suffix></Author>");
        assertEquals("Martin L King Jr", suffix.name());
        assertEquals("King", suffix.familyName());
        Author group = author("<Author><CollectiveName>The <i>GTEx</i> Consortium</CollectiveName></Author>");
        assertEquals(new Author("The GTEx Consortium", null, null, null, List.of(), true), group);
    }

    @Test
    void titleMarkupIsFlattenedAndSectionsAreLabelled() {
        XmlTestData.Result r = one("<PMID>1</PMID><Article><ArticleTitle>Ca<sup>2+</sup> in <i>E. coli</i>\n  cells</ArticleTitle>"
                + "<Abstract><AbstractText Label=\"BACKGROUND\" NlmCategory=\"BACKGROUND\">Why.</AbstractText>"
                + "<AbstractText Label=\"RESULTS\">What <b>we</b> found.</AbstractText><AbstractText>Unlabelled.</AbstractText>"
                + "<CopyrightInformation>(c) someone</CopyrightInformation></Abstract></Article>"
                + "<OtherAbstract Type=\"plain-language-summary\" Language=\"eng\"><AbstractText>Plain words.</AbstractText></OtherAbstract>", null);
        PaperRecord p = r.records().get(0);
        assertEquals("Ca2+ in E. coli cells", p.title());
        assertEquals("BACKGROUND: Why.\n\nRESULTS: What we found.\n\nUnlabelled.", p.abstractText());
        assertEquals("Other abstract (plain-language-summary, eng)", p.otherSections().get(0).heading());
        assertEquals("Plain words.", p.otherSections().get(0).text());
    }

    @Test
    void dates() {
        assertEquals(new PubDate("2019-03-07", PubDate.Precision.DAY), date("<Year>2019</Year><Month>Mar</Month><Day>7</Day>"));
        assertEquals(new PubDate("2019-11", PubDate.Precision.MONTH), date("<Year>2019</Year><Month>11</Month>"));
        assertEquals(new PubDate("2019-09", PubDate.Precision.MONTH), date("<Year>2019</Year><Month>September</Month>"));
        assertEquals(new PubDate("2019", PubDate.Precision.YEAR), date("<Year>2019</Year><Season>Winter</Season>"));
        assertEquals(new PubDate("1998", PubDate.Precision.YEAR), date("<MedlineDate>1998 Dec-1999 Jan</MedlineDate>"));

        XmlTestData.Result badDay = one(article("<Journal><JournalIssue><PubDate><Year>2019</Year><Month>Feb</Month><Day>30</Day>"
                + "</PubDate></JournalIssue></Journal>"), null);
        assertEquals(new PubDate("2019-02", PubDate.Precision.MONTH), badDay.records().get(0).issued());
        assertEquals("BAD_DATE", badDay.problems().get(0).code());
        assertEquals(Problem.Severity.WARN, badDay.problems().get(0).severity());

        XmlTestData.Result electronic = one(article("<Journal><JournalIssue><PubDate><MedlineDate>Spring</MedlineDate></PubDate>"
                + "</JournalIssue></Journal><ArticleDate DateType=\"Electronic\"><Year>2020</Year><Month>05</Month><Day>04</Day></ArticleDate>"), null);
        assertEquals(new PubDate("2020-05-04", PubDate.Precision.DAY), electronic.records().get(0).issued());
        assertTrue(electronic.problems().isEmpty());

        XmlTestData.Result noYear = one(article("<Journal><JournalIssue><PubDate><MedlineDate>Spring</MedlineDate></PubDate>"
                + "</JournalIssue></Journal>"), null);
        assertNull(noYear.records().get(0).issued());
        assertEquals("BAD_DATE", noYear.problems().get(0).code());
    }

    static PubDate date(String parts) {
        XmlTestData.Result r = one(article("<Journal><JournalIssue><PubDate>" + parts + "</PubDate></JournalIssue></Journal>"), null);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.records().get(0).issued();
    }

    @Test
    void identifiers() {
        XmlTestData.Result r = one(article("<ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.1000/ABC</ELocationID>"),
                "<PubmedData><ArticleIdList><ArticleId IdType=\"pubmed\">42</ArticleId><ArticleId IdType=\"doi\">10.1000/abc</ArticleId>"
                        + "<ArticleId IdType=\"pmc\">PMC123</ArticleId></ArticleIdList><ReferenceList><Reference><ArticleIdList>"
                        + "<ArticleId IdType=\"doi\">10.9/cited</ArticleId></ArticleIdList></Reference></ReferenceList></PubmedData>");
        PaperRecord p = r.records().get(0);
        assertEquals("42", p.pmid());
        assertEquals("10.1000/abc", p.doi());
        assertEquals("PMC123", p.pmcid());
        assertTrue(r.problems().isEmpty(), "the ELocationID DOI is the same DOI; a cited paper's DOI is not read");

        XmlTestData.Result bad = one(article("<ELocationID EIdType=\"doi\">not-a-doi</ELocationID>"), null);
        assertNull(bad.records().get(0).doi());
        assertEquals("test.xml:8: BAD_DOI not a valid DOI: 'not-a-doi' (kept as text)", bad.problems().get(0).toString());
        assertEquals(List.of("DOI (invalid): not-a-doi"), bad.records().get(0).extraMetadata());
    }

    @Test
    void aRecordWithoutPmidOrTitleIsOneSkipAndNothingElse() {
        XmlTestData.Result noPmid = one("<Article><ArticleTitle>T</ArticleTitle><AuthorList><Author><LastName>X</LastName>"
                + "<Identifier Source=\"ORCID\">bad</Identifier></Author></AuthorList></Article>", null);
        assertTrue(noPmid.records().isEmpty());
        assertEquals(List.of("test.xml:3: NO_PMID <PubmedArticle> at line 3: no PMID"),
                noPmid.problems().stream().map(Problem::toString).toList(), "the bad ORCID of a skipped record is not reported");
        assertEquals(Problem.Severity.SKIP, noPmid.problems().get(0).severity());

        XmlTestData.Result noTitle = one("<PMID>7</PMID><Article><ArticleTitle> </ArticleTitle></Article>", null);
        assertEquals(List.of("test.xml:3: NO_TITLE <PubmedArticle> at line 3 (PMID 7): PMID 7 has no ArticleTitle"),
                noTitle.problems().stream().map(Problem::toString).toList());

        XmlTestData.Result vernacular = one("<PMID>8</PMID><Article><ArticleTitle></ArticleTitle><VernacularTitle>Titel</VernacularTitle></Article>", null);
        assertEquals("Titel", vernacular.records().get(0).title());
        assertEquals("TITLE_FROM_VERNACULAR", vernacular.problems().get(0).code());
    }

    @Test
    void meshHeadings() {
        XmlTestData.Result r = one("<PMID>1</PMID><Article><ArticleTitle>T</ArticleTitle></Article><MeshHeadingList>"
                + "<MeshHeading><DescriptorName UI=\"D006801\" MajorTopicYN=\"N\">Humans</DescriptorName></MeshHeading>\n"
                + "<MeshHeading><DescriptorName UI=\"D12\" MajorTopicYN=\"Y\">Broken</DescriptorName>"
                + "<QualifierName UI=\"Q000379\" MajorTopicYN=\"Y\">methods</QualifierName></MeshHeading></MeshHeadingList>", null);
        List<MeshHeading> mesh = r.records().get(0).meshHeadings();
        assertEquals("MESH:D006801", ((org.paperkg.ids.ConceptRef.Resolved) mesh.get(0).descriptor()).curie());
        assertEquals("BAD_ID", ((org.paperkg.ids.ConceptRef.Unresolved) mesh.get(1).descriptor()).code());
        assertTrue(mesh.get(1).majorTopic());
        assertTrue(mesh.get(1).qualifiers().get(0).majorTopic());
        assertEquals("test.xml:6: BAD_ID", r.problems().get(0).toString().substring(0, 18));
    }

    @Test
    void aBookWithoutTitleIsReportedAndDeletionsAreWithdrawalRecords() {
        XmlTestData.Result r = XmlTestData.pubmed("<PubmedArticleSet>\n<PubmedBookArticle><BookDocument><PMID>5</PMID></BookDocument>"
                + "</PubmedBookArticle>\n<DeleteCitation>\n<PMID Version=\"1\">1</PMID>\n<PMID>x2</PMID>\n<PMID>3</PMID></DeleteCitation>\n</PubmedArticleSet>");
        assertEquals(List.of("1", "3"), r.records().stream().map(PaperRecord::pmid).toList());
        assertTrue(r.records().stream().allMatch(PaperRecord::deletion));
        assertEquals(List.of("pubmed"), r.records().stream().map(PaperRecord::source).distinct().toList());
        assertEquals(List.of(4L, 6L), r.records().stream().map(x -> x.origin().line()).toList(), "each withdrawal at its PMID's line");
        assertEquals(List.of("test.xml:2: NO_TITLE <PubmedBookArticle> at line 2 (PMID 5): PMID 5 has neither an ArticleTitle nor a BookTitle",
                "test.xml:5: BAD_PMID DeleteCitation lists 'x2', which is not a PMID: nothing is deleted for it"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theCitationVersionIsReadFromThePmidOrTheVersionId() {
        XmlTestData.Result r = XmlTestData.pubmed("<PubmedArticleSet>"
                + "<PubmedArticle><MedlineCitation><PMID Version=\"1\">7</PMID><Article><ArticleTitle>One</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n"
                + "<PubmedArticle><MedlineCitation VersionID=\"2\"><PMID Version=\"2\">7</PMID><Article><ArticleTitle>Two</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n"
                + "<PubmedArticle><MedlineCitation VersionID=\"3\"><PMID>8</PMID><Article><ArticleTitle>Three</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n"
                + "<PubmedArticle><MedlineCitation><PMID Version=\"two\">9</PMID><Article><ArticleTitle>Four</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
                + "</PubmedArticleSet>");
        assertEquals(List.of(1, 2, 3, 1), r.records().stream().map(x -> x.version().number()).toList());
        assertEquals(List.of("BAD_VERSION"), r.problems().stream().map(Problem::code).toList());
    }

    @Test
    void issns() {
        assertEquals(Optional.of("0378-5955"), PubMedXmlReader.issn("0378-5955"));
        assertEquals(Optional.of("0000-006X"), PubMedXmlReader.issn("0000006x"));
        assertEquals(Optional.empty(), PubMedXmlReader.issn("0378-5954"));
    }
}
