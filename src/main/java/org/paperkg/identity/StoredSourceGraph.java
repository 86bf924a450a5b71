package org.paperkg.identity;

import java.util.List;

import org.paperkg.source.Author;
import org.paperkg.source.RecordVersion;

/**
 * One source graph of a paper already in the store: the graph, its source format, the edition of
 * the source's record it holds ({@link RecordVersion}), and the author list it carries, by position
 * the author as written and the person IRI it was written under (empty when another source's list
 * is the paper's).
 */
public record StoredSourceGraph(String graph, String source, RecordVersion version, List<Author> authors, List<String> persons) {

    public StoredSourceGraph {
        authors = List.copyOf(authors);
        persons = List.copyOf(persons);
    }
}
