package org.paperkg.identity;

import java.util.Map;

/**
 * A change the plan makes to an author list already in the store, so that the paper keeps one:
 * {@code drop} removes the list from {@code graph} (a source preferred for authors arrived);
 * otherwise {@code persons} gives, by 0-based position, the person IRI an author turned out to be.
 * {@code graph} is named as it is once the plan's merges are applied.
 */
public record AuthorListEdit(String paper, String graph, boolean drop, Map<Integer, String> persons) {

    public AuthorListEdit {
        persons = Map.copyOf(persons);
    }
}
