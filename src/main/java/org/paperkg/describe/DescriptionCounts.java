package org.paperkg.describe;

import java.util.List;

import org.paperkg.ids.Scheme;

/**
 * The numbers a dataset description is made of: triples in named graphs (the description's own
 * left out), distinct papers, authors (creators of papers), mentions and paper graphs, and per
 * concept scheme the mention links ({@code oa:hasBody}) into it and its distinct concepts.
 */
public record DescriptionCounts(long triples, long papers, long authors, long mentions, long sourceGraphs, List<Linkset> linksets) {

    public DescriptionCounts {
        linksets = List.copyOf(linksets);
    }

    /** Links from mentions to the concepts of one scheme. */
    public record Linkset(Scheme scheme, long links, long concepts) {}
}
