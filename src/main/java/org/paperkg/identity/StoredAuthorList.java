package org.paperkg.identity;

import java.util.List;

import org.paperkg.source.Author;

/**
 * The author list one source graph of a paper already in the store carries: the graph, its source
 * format, and by position the author as written and the person IRI it was written under.
 */
public record StoredAuthorList(String graph, String source, List<Author> authors, List<String> persons) {

    public StoredAuthorList {
        authors = List.copyOf(authors);
        persons = List.copyOf(persons);
    }
}
