package org.paperkg.lookup;

/**
 * What kind of thing an IRI under the base names, read from its first path segment as paperkg mints
 * them (ontologies/README.md, "IRIs"): each kind is described in its own way.
 */
public enum ResourceKind {
    /** {@code paper/…}: the paper, its parts and its source graphs with their provenance. */
    PAPER,
    /** {@code person/…} (or an ORCID person): name and authorships. */
    PERSON,
    /** {@code graph/…}: a named graph's statements and its provenance. */
    GRAPH,
    /** {@code vocab}: paperkg's vocabulary, the {@code pkg:} terms of ontologies/paperkg.ttl. */
    VOCABULARY,
    /** Anything else minted under the base (journal, organization, book, dataset, run, agent, stats): its statements. */
    OTHER;

    /** The kind of {@code base + rest}, where {@code rest} is the IRI after the base. */
    public static ResourceKind of(String rest) {
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return switch (first) {
            case "paper" -> PAPER;
            case "person" -> PERSON;
            case "graph" -> GRAPH;
            case "vocab" -> rest.equals("vocab") ? VOCABULARY : OTHER;
            default -> OTHER;
        };
    }
}
