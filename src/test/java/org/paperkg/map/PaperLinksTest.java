package org.paperkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.Readers;
import org.paperkg.testing.ShapesAssert;
import org.paperkg.vocab.Terms;

/**
 * The RDF of links between papers, book records and the retraction status, mapped from the
 * hand-written records of fixture-citations: each statement the model promises (ontologies/README.md,
 * "Links between papers"), and nothing that would make a cited paper count as a paper.
 */
class PaperLinksTest {

    private static final String PAPER = PaperIris.DEFAULT_BASE + "paper/";
    private static DatasetGraph dsg;

    @BeforeAll
    static void map() throws IOException {
        dsg = DatasetGraphFactory.createTxnMem();
        List<Problem> problems = new ArrayList<>();
        MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                problems::add, Progress.none());
        var sink = StreamRDFLib.dataset(dsg);
        sink.start();
        run.run(List.of(Path.of("src/test/resources/fixture-citations/retractions-and-books.xml")), sink);
        sink.finish();
        assertEquals(List.of(), problems);
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s.startsWith("http") ? s : PAPER + s);
    }

    private static boolean has(String s, Node p, Node o) {
        return dsg.getUnionGraph().contains(iri(s), p, o);
    }

    private static Set<String> objects(String s, Node p) {
        Set<String> out = new TreeSet<>();
        dsg.getUnionGraph().find(iri(s), p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().toString()));
        return out;
    }

    @Test
    void citationsGoToThePaperIriOfTheStrongestIdentifier() {
        assertEquals(Set.of(PAPER + "pmid/31000001", PAPER + "pmid/39999999", PAPER + "doi/10.3390%2Fijms27062602",
                PAPER + "pmc/PMC11111111"), objects("pmid/31000003", Terms.CITO_CITES));
        assertEquals(Set.of("\"2\"^^xsd:integer"), objects("pmid/31000003", Terms.PKG_REFERENCES_WITHOUT_ID));
        assertTrue(objects("pmid/31000004", Terms.PKG_REFERENCES_WITHOUT_ID).isEmpty(), "every reference has an id");
    }

    @Test
    void aCitedPaperIsNotDescribedSoItIsNoPaperOfTheStore() {
        assertFalse(dsg.getUnionGraph().find(iri("pmid/39999999"), Node.ANY, Node.ANY).hasNext());
        assertFalse(dsg.getUnionGraph().find(iri("pmid/30999999"), Node.ANY, Node.ANY).hasNext());
        Set<String> papers = new TreeSet<>();
        dsg.getUnionGraph().find(Node.ANY, Terms.RDF_TYPE, Terms.PAPER_CLASS).forEachRemaining(t -> papers.add(t.getSubject().getURI()));
        assertEquals(7, papers.size(), "the seven records, chapters and books included: " + papers);
    }

    @Test
    void retractionStatusNoticeAndCorrections() {
        Node status = iri(PAPER + "pmid/31000001#pubmed-status-retracted");
        assertTrue(has("pmid/31000001", Terms.PSO_HOLDS_STATUS_IN_TIME, status));
        assertTrue(dsg.getUnionGraph().contains(status, Terms.RDF_TYPE, Terms.PSO_STATUS_IN_TIME));
        assertTrue(dsg.getUnionGraph().contains(status, Terms.PSO_WITH_STATUS, Terms.PSO_RETRACTED));
        assertTrue(has("pmid/31000001", Terms.CITO_IS_RETRACTED_BY, iri("pmid/31000002")));
        assertTrue(has("pmid/31000002", Terms.CITO_RETRACTS, iri("pmid/31000001")));
        assertTrue(has("pmid/31000002", Terms.RDF_TYPE, Terms.FABIO_RETRACTION_NOTICE));
        assertFalse(has("pmid/31000002", Terms.PSO_HOLDS_STATUS_IN_TIME, Node.ANY), "the notice is not retracted");
        assertTrue(has("pmid/31000003", Terms.CITO_DISCUSSES, iri("pmid/31000001")), "CommentOn");
        assertTrue(objects("pmid/31000003", Terms.PKG_HAS_EXPRESSION_OF_CONCERN).isEmpty(), "no PMID, no link");
    }

    @Test
    void aJournalArticleKeepsItsTypes() {
        assertEquals(Set.of(Terms.PAPER_CLASS.getURI(), Terms.FABIO_JOURNAL_ARTICLE.getURI(), Terms.BIBO_ACADEMIC_ARTICLE.getURI()),
                objects("pmid/31000003", Terms.RDF_TYPE));
    }

    @Test
    void aBookChapterIsAPaperInItsBook() {
        assertEquals(Set.of(Terms.PAPER_CLASS.getURI(), Terms.FABIO_BOOK_CHAPTER.getURI(), Terms.SCHEMA_CHAPTER.getURI(), Terms.BIBO_CHAPTER.getURI()),
                objects("pmid/31000010", Terms.RDF_TYPE));
        Node book = iri(PaperIris.DEFAULT_BASE + "book/isbn/9780000000002");
        assertTrue(has("pmid/31000010", Terms.DCT_IS_PART_OF, book));
        assertTrue(dsg.getUnionGraph().contains(book, Terms.RDF_TYPE, Terms.FABIO_BOOK));
        assertTrue(dsg.getUnionGraph().contains(book, Terms.DCT_TITLE, NodeFactory.createLiteralString("Bone Infection: A Handbook")));
        Node publisher = iri(PaperIris.DEFAULT_BASE + "organization/test-university-press");
        assertTrue(dsg.getUnionGraph().contains(book, Terms.DCT_PUBLISHER, publisher));
        assertTrue(dsg.getUnionGraph().contains(publisher, Terms.FOAF_NAME, NodeFactory.createLiteralString("Test University Press")));
        assertTrue(has("pmid/31000010", Terms.PROV_WAS_DERIVED_FROM, iri("https://www.ncbi.nlm.nih.gov/books/NBK500010/")));
        assertEquals(Set.of(PaperIris.DEFAULT_BASE + "person/luca-neri"), objects("pmid/31000010", Terms.DCT_CREATOR), "no editor");
    }

    @Test
    void aWholeBookIsAPaper() {
        assertEquals(Set.of(Terms.PAPER_CLASS.getURI(), Terms.FABIO_BOOK.getURI(), Terms.SCHEMA_BOOK.getURI(), Terms.BIBO_BOOK.getURI()),
                objects("pmid/31000011", Terms.RDF_TYPE));
        assertEquals(Set.of(PaperIris.DEFAULT_BASE + "organization/test-university-press"), objects("pmid/31000011", Terms.DCT_PUBLISHER));
    }

    @Test
    void everyGraphConformsToTheShapes() {
        ShapesAssert.assertConforms(dsg);
    }
}
