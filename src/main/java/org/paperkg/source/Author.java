package org.paperkg.source;

import java.util.List;

/**
 * An author as the source gives it. Only {@code name} is always there; given and family names,
 * an ORCID (bare, e.g. 0000-0002-1825-0097) and affiliations when the source has them.
 * {@code collective} marks a group author (a consortium) rather than a person.
 */
public record Author(String name, String givenName, String familyName, String orcid, List<String> affiliations,
                     boolean collective) {

    public Author {
        affiliations = List.copyOf(affiliations);
    }

    public static Author named(String name) {
        return new Author(name, null, null, null, List.of(), false);
    }
}
