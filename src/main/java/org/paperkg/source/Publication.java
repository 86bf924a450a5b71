package org.paperkg.source;

/**
 * What kind of publication a paper is, and what its source says of its status: a journal article
 * (every source but a PubMed book record), a book chapter or a whole book (PubMed's
 * PubmedBookArticle, with the book it is or is part of); retracted (PubMed's publication type
 * "Retracted Publication" or a RetractionIn link); a retraction notice ("Retraction of Publication").
 */
public record Publication(Kind kind, Book book, boolean retracted, boolean retractionNotice) {

    public enum Kind { JOURNAL_ARTICLE, BOOK_CHAPTER, BOOK }

    public static final Publication JOURNAL_ARTICLE = new Publication(Kind.JOURNAL_ARTICLE, null, false, false);

    public Publication {
        if (kind == null) throw new IllegalArgumentException("a publication kind is needed");
        if (kind == Kind.JOURNAL_ARTICLE && book != null) throw new IllegalArgumentException("a journal article is in no book");
    }

    public Publication withStatus(boolean retracted, boolean retractionNotice) {
        return new Publication(kind, book, retracted, retractionNotice);
    }

    /** The book of a chapter, or the book a whole-book record is: title, publisher, ISBNs. */
    public record Book(String title, String publisher, java.util.List<String> isbns) {
        public Book {
            isbns = java.util.List.copyOf(isbns);
        }
    }
}
