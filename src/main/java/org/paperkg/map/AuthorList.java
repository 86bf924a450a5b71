package org.paperkg.map;

import java.util.Map;

/**
 * Which author list a record's graph carries once its paper's sources are merged: a paper has one
 * author list, written by one of its sources; the others write none. {@code personIris} gives, by
 * 0-based position, the person an author turned out to be (an ORCID found in another source, or
 * the same name under an ORCID elsewhere in the run); positions not in it keep the IRI the author's
 * own fields give.
 */
public record AuthorList(boolean written, Map<Integer, String> personIris) {

    /** The record's own authors, as its fields give them (a paper with one source). */
    public static final AuthorList OWN = new AuthorList(true, Map.of());
    /** No authors: another source of the paper writes its author list. */
    public static final AuthorList NONE = new AuthorList(false, Map.of());

    public AuthorList {
        personIris = Map.copyOf(personIris);
    }

    /** The person IRI of the author at {@code index}, or {@code own} when the plan left it alone. */
    public String person(int index, String own) {
        return personIris.getOrDefault(index, own);
    }
}
