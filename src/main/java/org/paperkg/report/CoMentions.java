package org.paperkg.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperkg.figures.CorpusStats.TopConcept;
import org.paperkg.figures.StatsQueries;

/** Pairs of the given concepts that occur in the same papers (about or mentioning both), with how many papers. */
final class CoMentions {

    /** Two concepts (indexes into the concept list) and the papers they share. */
    record Link(int source, int target, long papers) {}

    private CoMentions() {}

    /** Every pair sharing at least one paper, in list order. */
    static List<Link> among(List<TopConcept> concepts, StatsQueries queries) {
        List<Set<String>> papers = new ArrayList<>();
        for (TopConcept c : concepts) papers.add(queries.papersOf(c.iri()));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++)
            for (int j = i + 1; j < concepts.size(); j++) {
                Set<String> shared = new HashSet<>(papers.get(i));
                shared.retainAll(papers.get(j));
                if (!shared.isEmpty()) links.add(new Link(i, j, shared.size()));
            }
        return links;
    }
}
