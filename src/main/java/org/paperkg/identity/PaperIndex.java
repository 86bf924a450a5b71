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

    /** The paper's source graphs, with the author lists they carry (a store's papers; none for papers of a run). */
    default java.util.List<StoredSourceGraph> sourceGraphs(String paperIri) {
        return java.util.List.of();
    }

    /** The ORCID people a store knows by exactly this name (none for papers of a run). */
    default java.util.Set<String> orcidPeopleNamed(String name) {
        return java.util.Set.of();
    }

    /** Where a store's papers name this person as an author: one edit target per graph and position. */
    default java.util.List<AuthorListEdit> authorships(String personIri) {
        return java.util.List.of();
    }
}
