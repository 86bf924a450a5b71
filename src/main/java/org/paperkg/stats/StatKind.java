package org.paperkg.stats;

import java.util.List;

/**
 * The kinds of rows the statistics graph holds: each kind has a class, the key properties that
 * identify a row (a key may be absent: the undated year, a mention without scheme) and the counters
 * that are added up paper by paper. Derived values (distinct concepts, the first name) are not
 * counters: they are computed from the rows when the graph is written.
 */
enum StatKind {
    /**
     * The whole store: one row. {@code authors} is kept by a check of the authors a run touches.
     * {@code retractedPapers}, {@code citations} (distinct cito:cites links from a paper) and
     * {@code citingPapers} are each paper's own statements, so they add up paper by paper; what
     * depends on other papers too (a cited paper being retracted) is counted when asked
     * ({@code figures.StatsQueries#citationsOfRetracted}).
     */
    TOTAL("Statistics", "", List.of(), List.of("papers", "authors", "authorships", "mentions", "linkedMentions",
            "fullTextMentions", "unresolvedMentions", "sourceGraphs", "sourceGraphTriples", "retractedPapers",
            "citations", "citingPapers")),
    /** Papers per publication year (no year: undated, or a date whose year is not a number). */
    YEAR("YearStatistics", "year", List.of("statYear"), List.of("papers", "datedToDay", "datedToMonth", "datedToYear")),
    /** Per entity type, as entity-types counts them (mentions with a motivation and a paper). */
    TYPE("EntityTypeStatistics", "type", List.of("statEntityType"),
            List.of("mentions", "linkedMentions", "fullTextMentions", "unresolvedMentions", "papers")),
    /** Mentions of a concept under an entity type (bookkeeping for the distinct concepts of a type). */
    TYPE_CONCEPT("TypeConceptStatistics", "type-concept", List.of("statEntityType", "statConcept"), List.of("mentions")),
    /** Per concept, any type: mentions (annotations with that body) and papers. */
    CONCEPT("ConceptStatistics", "concept", List.of("statConcept"), List.of("mentions", "papers")),
    /** Mentions of a concept with a scheme (bookkeeping for the distinct concepts of a scheme). */
    CONCEPT_SCHEME("ConceptSchemeStatistics", "concept-scheme", List.of("statConcept", "statScheme"), List.of("mentions")),
    /** Per entity type, concept and scheme, as top-concepts-by-type counts them. */
    TOP("ConceptTypeStatistics", "concept-type", List.of("statEntityType", "statConcept", "statScheme"), List.of("mentions", "papers")),
    /** Mentions per surface form of a {@link #TOP} row (bookkeeping for its first name). */
    NAME("SurfaceFormStatistics", "surface-form", List.of("statEntityType", "statConcept", "statScheme", "statName"), List.of("mentions")),
    /**
     * A paper that lacks a DOI, a date or authors (papers-missing-metadata): 1 in each counter it
     * lacks, so the row adds up and goes away, like any other, when the paper gets them.
     */
    GAPS("MetadataGapStatistics", "metadata-gaps", List.of("statPaper"), List.of("noDoi", "noDate", "noAuthors")),
    /**
     * Mentions of a concept by surface form, any type, scheme or section (concept-labels): per
     * distinct mention with that body and a target whose selector has that oa:exact.
     */
    SURFACE_FORM("ConceptNameStatistics", "concept-name", List.of("statConcept", "statName"), List.of("mentions")),
    /** A graph that is not a paper graph (ontologies, mappings, the dataset description). */
    GRAPH("GraphStatistics", "graph", List.of("statGraph"), List.of("triples")),
    /**
     * A concept co-mentioned with a tracked concept ({@link #CO_MENTION_FOCUS}): the papers that are
     * schema:about or schema:mentions both, as co-mentions counts them. Rows exist for tracked
     * focuses only ({@link PairRows}). A pair is one triple, {@code ?other <focus row> ?papers}
     * (see {@link #pair()}).
     */
    CO_MENTION("CoMentionStatistics", "co-mention", List.of("statFocus", "statOther"), List.of("papers")),
    /** A concept whose co-mentions are rows: its papers (its {@link #CONCEPT} row's) reached the threshold. */
    CO_MENTION_FOCUS("CoMentionFocus", "co-mention-focus", List.of("statCoMentionFocus"), List.of("papers")),
    /** A co-author of a tracked person ({@link #CO_AUTHOR_FOCUS}): the papers both are dcterms:creator of. */
    CO_AUTHOR("CoAuthorStatistics", "co-author", List.of("statFocus", "statOther"), List.of("papers")),
    /** A person whose co-authors are rows: the subjects with them as dcterms:creator reached the threshold. */
    CO_AUTHOR_FOCUS("CoAuthorFocus", "co-author-focus", List.of("statCoAuthorFocus"), List.of("papers"));

    final String className;
    final String slug;
    final List<String> keys;
    final List<String> counters;

    StatKind(String className, String slug, List<String> keys, List<String> counters) {
        this.className = className;
        this.slug = slug;
        this.keys = keys;
        this.counters = counters;
    }

    /**
     * A pair row is stored as one triple, {@code ?other <the focus's row IRI> ?papers}, not as a
     * typed row: a focus of 5 000 papers has some 15 000 of them, which a query reads in one index
     * range, and the store holds a quarter of the triples.
     */
    boolean pair() {
        return PairKind.ofRows(this) != null;
    }

    int counter(String name) {
        int i = counters.indexOf(name);
        if (i < 0) throw new IllegalArgumentException(this + " has no counter " + name);
        return i;
    }
}
