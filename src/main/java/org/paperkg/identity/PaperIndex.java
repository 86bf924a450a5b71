package org.paperkg.identity;

import java.util.Set;

/** Which papers are known by an identifier, and which identifiers a known paper has. */
public interface PaperIndex {

    Set<String> papersWith(IdKind kind, String value);

    IdSet idsOf(String paperIri);

    /** Records that a paper has these identifiers (a store-backed index learns them from the data). */
    void register(String paperIri, IdSet ids);

    /** Records that a paper now goes by another IRI. */
    void renamed(String from, String to);
}
