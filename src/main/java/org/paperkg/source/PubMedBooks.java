package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.paperkg.problem.ProblemCode;

/**
 * Reads a PubmedBookArticle (NCBI Bookshelf: a chapter, or a whole book when the BookDocument has
 * no ArticleTitle) as a paper. Title: ArticleTitle, else VernacularTitle, else the Book's
 * BookTitle (a whole book). Authors: the BookDocument's AuthorList of Type "authors", else the
 * Book's (an AuthorList of Type "editors" is not authors and is not read). Abstract: as an
 * article's. Date: the Book's PubDate, else the ContributionDate. Identifiers: DOI and PMC id from
 * the BookDocument's and PubmedBookData's ArticleIdLists and the Book's ELocationIDs; the
 * Bookshelf accession (NBK…) gives the source URL. The book: its title, publisher and ISBNs.
 * Publication types and references as an article's. Not read: Sections (the table of contents),
 * ItemList, KeywordList, GrantList, InvestigatorList, LocationLabel, the book's volume, edition and
 * collection title.
 */
final class PubMedBooks {

    private static final Pattern BOOK_ACCESSION = Pattern.compile("NBK\\d+");
    /** ISBN-10 or ISBN-13 without separators (the check digit is not verified). */
    private static final Pattern ISBN = Pattern.compile("\\d{9}[\\dX]|\\d{13}");

    /** How the reader skips a record (one SKIP problem). */
    interface Skipper {
        XmlRecordStream.Outcome skip(XmlElement el, ProblemCode code, String why);
    }

    private PubMedBooks() {}

    static XmlRecordStream.Outcome read(XmlElement el, XmlElement doc, String pmid, SourceRef origin, RecordProblems problems,
                                        Skipper skipper) {
        XmlElement book = doc.child("Book");
        String bookTitle = book == null ? null : book.childText("BookTitle");
        String title = doc.childText("ArticleTitle");
        if (title == null && doc.childText("VernacularTitle") != null) {
            title = doc.childText("VernacularTitle");
            problems.warn(doc.child("VernacularTitle").line(), ProblemCode.TITLE_FROM_VERNACULAR,
                    "ArticleTitle is empty: the title in the original language is used");
        }
        Publication.Kind kind = title != null ? Publication.Kind.BOOK_CHAPTER : Publication.Kind.BOOK;
        if (title == null) title = bookTitle;
        if (title == null) return skipper.skip(el, ProblemCode.NO_TITLE, "PMID " + pmid + " has neither an ArticleTitle nor a BookTitle");

        PaperRecord.Builder b = PaperRecord.builder(origin, "pubmed").title(title).pmid(pmid)
                .version(PubMedXmlReader.version(doc, doc.child("PMID"), problems));
        List<String> keptAsText = new ArrayList<>();
        String abstractText = PubMedXmlReader.sections(doc.child("Abstract"));
        if (abstractText != null) b.abstractText(abstractText);
        List<Author> authors = PubMedAuthors.read(doc, problems, keptAsText);
        if (authors.isEmpty() && book != null) authors = PubMedAuthors.read(book, problems, keptAsText);
        authors.forEach(b::author);
        PubDate issued = book == null ? null : PubMedDates.fromParts(book.child("PubDate"), problems);
        b.issued(issued != null ? issued : PubMedDates.fromParts(doc.child("ContributionDate"), problems));

        List<XmlElement> idLists = new ArrayList<>();
        if (doc.child("ArticleIdList") != null) idLists.add(doc.child("ArticleIdList"));
        XmlElement bookData = el.path("PubmedBookData", "ArticleIdList");
        if (bookData != null) idLists.add(bookData);
        PubMedXmlReader.ids(idLists, book == null ? List.of() : book.children("ELocationID"), List.of(), b, problems, keptAsText);
        for (XmlElement list : idLists)
            for (XmlElement id : list.children("ArticleId"))
                if ("bookaccession".equalsIgnoreCase(id.attr("IdType")) && BOOK_ACCESSION.matcher(id.text()).matches() && b.sourceUrl() == null)
                    b.sourceUrl("https://www.ncbi.nlm.nih.gov/books/" + id.text() + "/");

        b.publication(PubMedLinks.withStatus(new Publication(kind, book(book, bookTitle, problems, keptAsText), false, false),
                PubMedLinks.publicationTypes(doc), List.of()));
        b.references(PubMedLinks.references(doc, null));
        keptAsText.forEach(b::extraMetadata);
        return new XmlRecordStream.Outcome.Read(b.build());
    }

    private static Publication.Book book(XmlElement book, String title, RecordProblems problems, List<String> keptAsText) {
        if (book == null) return null;
        List<String> isbns = new ArrayList<>();
        for (XmlElement isbn : book.children("Isbn")) {
            String text = isbn.text().replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            if (text.isEmpty() || isbns.contains(text)) continue;
            if (ISBN.matcher(text).matches()) {
                isbns.add(text);
            } else {
                problems.warn(isbn.line(), ProblemCode.BAD_ID, "not an ISBN: '" + isbn.text() + "' (kept as text)");
                keptAsText.add("ISBN (invalid): " + isbn.text());
            }
        }
        String publisher = book.path("Publisher", "PublisherName") == null ? null : book.path("Publisher").childText("PublisherName");
        if (title == null && publisher == null && isbns.isEmpty()) return null;
        return new Publication.Book(title, publisher, isbns);
    }
}
