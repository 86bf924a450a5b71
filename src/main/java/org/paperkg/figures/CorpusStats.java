package org.paperkg.figures;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ids.Scheme;
import org.paperkg.ontology.LinkingStats;
import org.paperkg.figures.StatsQueries.LinkCounts;
import org.paperkg.figures.StatsQueries.UnresolvedId;
import org.paperkg.figures.StatsQueries.YearCount;

/**
 * What {@code paperkg stats} reports about a store: papers, authors, mentions by scheme and type and
 * MONDO linking coverage ({@link LinkingStats}), the most mentioned concepts with their labels,
 * unresolved identifiers, papers per year, retractions and citations.
 */
public record CorpusStats(long papers, long authors, LinkingStats linking, List<TopConcept> topConcepts,
                          List<UnresolvedId> unresolvedIds, List<YearCount> papersPerYear, LinkCounts links) {

    /**
     * A concept among the most mentioned: its CURIE and scheme, ontology label (or null), first
     * surface form, the entity type most of its mentions have, counts.
     */
    public record TopConcept(String iri, String curie, String scheme, String label, String surfaceForm, String entityType,
                             long mentions, long papers) {
        /** The label, else the first surface form, else the CURIE: what a chart shows. */
        public String displayName() {
            if (label != null && !label.isBlank()) return label;
            if (surfaceForm != null && !surfaceForm.isBlank()) return surfaceForm;
            return curie;
        }
    }

    /** Computes the figures ({@code base}: the store's base IRI, for its statistics); call inside a read transaction. */
    public static CorpusStats of(DatasetGraph dsg, PrefixTable prefixes, String base, int top) {
        StatsQueries q = new StatsQueries(dsg, prefixes, new StatisticsGraph(base));
        return new CorpusStats(q.papers(), q.authors(), LinkingStats.of(dsg.getUnionGraph(), prefixes),
                topConcepts(q, prefixes, top, false), q.unresolvedIds(), q.papersPerYear(), q.links());
    }

    /** The most mentioned concepts (of disease types only, or all), labelled. */
    public static List<TopConcept> topConcepts(StatsQueries q, PrefixTable prefixes, int top, boolean diseasesOnly) {
        return q.topConcepts(top, diseasesOnly).stream().map(c -> {
            Scheme scheme = schemeOf(prefixes, c.iri());
            String curie = scheme == null ? c.iri() : scheme.prefix() + ":" + c.iri().substring(scheme.namespace().length());
            return new TopConcept(c.iri(), curie, scheme == null ? "(other)" : scheme.prefix(), q.label(c.iri()),
                    c.surfaceForm(), q.mainEntityType(c.iri()), c.mentions(), c.papers());
        }).toList();
    }

    private static Scheme schemeOf(PrefixTable prefixes, String iri) {
        return prefixes.schemes().stream().filter(s -> iri.startsWith(s.namespace()))
                .max(Comparator.comparingInt(s -> s.namespace().length())).orElse(null);
    }
}
