package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * References, comments and corrections, retraction status and book records: the hand-written
 * records of fixture-citations (in the DTD's shape) and real PubMed records with a ReferenceList,
 * an ErratumIn and an UpdateOf.
 */
class PubMedLinksTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-citations/retractions-and-books.xml");

    private static Map<String, PaperRecord> fixture() throws Exception {
        XmlTestData.Result r = XmlTestData.pubmed(Files.readAllBytes(FIXTURE));
        assertEquals(List.of(), r.skips(), "nothing skipped");
        return r.records().stream().collect(Collectors.toMap(PaperRecord::pmid, Function.identity()));
    }

    @Test
    void aRetractedPaperAndItsNotice() throws Exception {
        Map<String, PaperRecord> papers = fixture();
        PaperRecord retracted = papers.get("31000001");
        assertTrue(retracted.publication().retracted());
        assertFalse(retracted.publication().retractionNotice());
        assertEquals(List.of(new Correction(Correction.Kind.RETRACTION_IN, "31000002")), retracted.corrections());
        PaperRecord notice = papers.get("31000002");
        assertTrue(notice.publication().retractionNotice());
        assertFalse(notice.publication().retracted());
        assertEquals(List.of(new Correction(Correction.Kind.RETRACTION_OF, "31000001")), notice.corrections());
    }

    @Test
    void aRetractionInLinkAloneMarksThePaperRetracted() {
        XmlTestData.Result r = PubMedXmlReaderTest.one(PubMedXmlReaderTest.article("")
                + "<CommentsCorrectionsList><CommentsCorrections RefType=\"RetractionIn\"><RefSource>x</RefSource>"
                + "</CommentsCorrections></CommentsCorrectionsList>", null);
        PaperRecord p = r.records().get(0);
        assertTrue(p.publication().retracted(), "RetractionIn without a PMID still says the paper is retracted");
        assertEquals(List.of(new Correction(Correction.Kind.RETRACTION_IN, null)), p.corrections());
    }

    @Test
    void referencesNestedListsAndReferencesWithoutIdentifier() throws Exception {
        PaperRecord citing = fixture().get("31000003");
        assertEquals(List.of(new CitedWork(null, "31000001", null), new CitedWork(null, "39999999", null),
                new CitedWork(null, null, "10.3390/ijms27062602"), new CitedWork("PMC11111111", null, null)),
                citing.references().cited());
        assertEquals(2, citing.references().withoutIdentifier(), "no ArticleIdList, and an invalid PMID only");
        // CommentOn is read; an ExpressionOfConcernIn without PMID is kept without link; ReprintOf is not read
        assertEquals(List.of(new Correction(Correction.Kind.COMMENT_ON, "31000001"),
                new Correction(Correction.Kind.EXPRESSION_OF_CONCERN_IN, null)), citing.corrections());
        assertFalse(citing.publication().retracted());
    }

    @Test
    void aBookChapter() throws Exception {
        PaperRecord chapter = fixture().get("31000010");
        assertEquals(Publication.Kind.BOOK_CHAPTER, chapter.publication().kind());
        assertEquals("Osteomyelitis in children", chapter.title());
        assertEquals(List.of("Luca Neri"), chapter.authors().stream().map(Author::name).toList(), "editors are not authors");
        assertEquals("INTRODUCTION: Osteomyelitis in children is an infection of bone.", chapter.abstractText());
        assertEquals("2024-05", chapter.issued().lexical(), "the book's PubDate before the ContributionDate");
        assertEquals(new Publication.Book("Bone Infection: A Handbook", "Test University Press", List.of("9780000000002")),
                chapter.publication().book());
        assertEquals("https://www.ncbi.nlm.nih.gov/books/NBK500010/", chapter.sourceUrl());
        assertEquals(List.of(new CitedWork(null, "31000001", null)), chapter.references().cited());
        assertNull(chapter.journal());
    }

    @Test
    void aWholeBook() throws Exception {
        PaperRecord book = fixture().get("31000011");
        assertEquals(Publication.Kind.BOOK, book.publication().kind());
        assertEquals("Periprosthetic joint infection: a health technology assessment", book.title(), "the BookTitle");
        assertEquals(List.of("Sara Gialli", "Test Assessment Group"), book.authors().stream().map(Author::name).toList(),
                "the book's authors when the document lists none");
        assertEquals("10.1000/hta.2023.1", book.doi(), "from PubmedBookData's ArticleIdList");
        assertEquals("2023", book.issued().lexical());
    }

    @Test
    void realRecordsWithReferencesAnErratumAndAnUpdate() throws Exception {
        XmlTestData.Result withRefs = XmlTestData.pubmed(XmlTestData.gunzip(Path.of("src/test/resources/data/pubmed/metapub/36156117.xml.gz")));
        PaperRecord p = withRefs.records().get(0);
        assertTrue(p.references().cited().size() >= 10, "its ReferenceList: " + p.references());
        assertEquals(new CitedWork(null, "34905269", null), p.references().cited().get(0));
        assertEquals(new CitedWork("PMC9006106", "35412626", null), p.references().cited().get(1));
        assertEquals(List.of(new Correction(Correction.Kind.UPDATE_OF, "35794888")), p.corrections());

        XmlTestData.Result erratum = XmlTestData.pubmed(XmlTestData.gunzip(Path.of("src/test/resources/data/pubmed/metapub/35649368.xml.gz")));
        assertEquals(List.of(new Correction(Correction.Kind.ERRATUM_IN, "35767954")), erratum.records().get(0).corrections());
        assertTrue(erratum.records().get(0).references().isEmpty());
    }

    @Test
    void theOlderCitesLinksOfCommentsCorrectionsAreReferences() {
        XmlTestData.Result r = PubMedXmlReaderTest.one(PubMedXmlReaderTest.article("") + "<CommentsCorrectionsList>"
                + "<CommentsCorrections RefType=\"Cites\"><RefSource>J Biol Chem. 1990</RefSource><PMID Version=\"1\">2204109</PMID></CommentsCorrections>"
                + "<CommentsCorrections RefType=\"Cites\"><RefSource>Nature. 1991</RefSource></CommentsCorrections>"
                + "</CommentsCorrectionsList>", null);
        PaperRecord p = r.records().get(0);
        assertEquals(List.of(new CitedWork(null, "2204109", null)), p.references().cited());
        assertEquals(1, p.references().withoutIdentifier());
        assertEquals(List.of(), p.corrections(), "Cites is a reference, not a correction");
    }
}
