package org.paperkg.map;

import static org.paperkg.vocab.Terms.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.paperkg.ids.IriFactory;
import org.paperkg.source.Publication;

/**
 * The types of a paper and what its kind brings: every paper is a {@link org.paperkg.vocab.Terms#PAPER_CLASS}
 * (schema:ScholarlyArticle); a journal article is also fabio:JournalArticle and bibo:AcademicArticle
 * (as before), a book chapter fabio:BookChapter, schema:Chapter and bibo:Chapter, part of its book,
 * a whole book fabio:Book, schema:Book and bibo:Book. A retracted paper holds PSO's
 * retracted-from-publication status; a retraction notice is a fabio:RetractionNotice.
 */
final class PublicationKinds {

    private PublicationKinds() {}

    static void write(Publication p, Node paper, PaperIris iris, PaperStatements out) {
        out.add(paper, RDF_TYPE, PAPER_CLASS);
        switch (p.kind()) {
            case JOURNAL_ARTICLE -> {
                out.add(paper, RDF_TYPE, FABIO_JOURNAL_ARTICLE);
                out.add(paper, RDF_TYPE, BIBO_ACADEMIC_ARTICLE);
            }
            case BOOK_CHAPTER -> {
                out.add(paper, RDF_TYPE, FABIO_BOOK_CHAPTER);
                out.add(paper, RDF_TYPE, SCHEMA_CHAPTER);
                out.add(paper, RDF_TYPE, BIBO_CHAPTER);
                if (p.book() != null) {
                    Node book = IriFactory.iri(iris.book(p.book()));
                    out.add(paper, DCT_IS_PART_OF, book);
                    out.add(book, RDF_TYPE, FABIO_BOOK);
                    out.text(book, DCT_TITLE, p.book().title());
                    bookDetails(p.book(), book, iris, out);
                }
            }
            case BOOK -> {
                out.add(paper, RDF_TYPE, FABIO_BOOK);
                out.add(paper, RDF_TYPE, SCHEMA_BOOK);
                out.add(paper, RDF_TYPE, BIBO_BOOK);
                if (p.book() != null) bookDetails(p.book(), paper, iris, out);
            }
        }
        if (p.retractionNotice()) out.add(paper, RDF_TYPE, FABIO_RETRACTION_NOTICE);
        if (p.retracted()) {
            Node status = out.part("status-retracted");
            out.add(paper, PSO_HOLDS_STATUS_IN_TIME, status);
            out.add(status, RDF_TYPE, PSO_STATUS_IN_TIME);
            out.add(status, PSO_WITH_STATUS, PSO_RETRACTED);
        }
    }

    private static void bookDetails(Publication.Book b, Node book, PaperIris iris, PaperStatements out) {
        for (String isbn : b.isbns()) out.text(book, BIBO_ISBN, isbn);
        if (b.publisher() == null) return;
        Node publisher = IriFactory.iri(iris.organization(b.publisher()));
        out.add(book, DCT_PUBLISHER, publisher);
        out.add(publisher, RDF_TYPE, FOAF_ORGANIZATION);
        out.text(publisher, FOAF_NAME, b.publisher());
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
