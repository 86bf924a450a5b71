package org.paperkg.identity;

import java.util.List;

import org.paperkg.source.Author;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordVersion;
import org.paperkg.source.SourceRef;

/**
 * What the identity plan keeps of a record: its source, identifiers, title (only for a paper with
 * no identifier, whose IRI comes from it), authors without their affiliations, and where it was
 * read, which edition of the source's record it is, and whether it withdraws the record (a
 * deletion). A few hundred bytes a record, where the record itself may be megabytes.
 */
public record RecordKey(String source, IdSet ids, String title, List<Author> authors, SourceRef origin,
                        RecordVersion version, boolean deletion) {

    public RecordKey {
        authors = List.copyOf(authors);
    }

    /** The key of an author list a store's paper carries: it takes part in the plan like a record. */
    static RecordKey storedList(String source, List<Author> authors, SourceRef origin) {
        return new RecordKey(source, new IdSet(java.util.Map.of()), null, authors, origin, RecordVersion.NONE, false);
    }

    public static RecordKey of(PaperRecord r) {
        IdSet ids = IdSet.of(r);
        List<Author> authors = r.authors().stream()
                .map(a -> a.affiliations().isEmpty() ? a
                        : new Author(a.name(), a.givenName(), a.familyName(), a.orcid(), List.of(), a.collective()))
                .toList();
        return new RecordKey(r.source(), ids, ids.isEmpty() ? r.title() : null, authors, r.origin(), r.version(), r.deletion());
    }
}
