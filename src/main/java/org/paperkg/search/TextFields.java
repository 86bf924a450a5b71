package org.paperkg.search;

import java.util.Map;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.paperkg.vocab.Terms;

/**
 * The fields of the text index and how their text is analysed. Each Lucene document is one
 * literal, as jena-text writes them: the subject ({@value #ENTITY}), the source graph
 * ({@value #GRAPH}), the literal's language ({@value #LANG}) and the literal in the field of its
 * predicate:
 * <ul>
 * <li>{@value #TITLE}: {@code dcterms:title} of a paper;</li>
 * <li>{@value #ABSTRACT}: {@code dcterms:abstract} (the default field: {@code ?s text:query "words"});</li>
 * <li>{@value #TLDR}: {@code pkg:tldr};</li>
 * <li>{@value #FINDING}: {@code rdf:value} of a key finding ({@code <paper#finding-N>});</li>
 * <li>{@value #MENTION}: {@code oa:exact} of a mention's quote selector.</li>
 * </ul>
 * The analyzer is Lucene's {@link EnglishAnalyzer} for indexing and querying alike: the abstracts
 * are English prose, so stemming ("infections" finds "infection") and stop words matter more than
 * exact forms; positions are kept, so a quoted phrase matches the words in order.
 */
public final class TextFields {

    public static final String ENTITY = "uri";
    public static final String GRAPH = "graph";
    public static final String LANG = "lang";
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    public static final String TLDR = "tldr";
    public static final String FINDING = "finding";
    public static final String MENTION = "mention";

    private TextFields() {}

    /** jena-text's definition of the documents: which predicate goes to which field. */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY, ABSTRACT, Terms.DCT_ABSTRACT);
        def.set(TITLE, Terms.DCT_TITLE);
        def.set(TLDR, Terms.PKG_TLDR);
        def.set(FINDING, Terms.RDF_VALUE);
        def.set(MENTION, Terms.OA_EXACT);
        def.setGraphField(GRAPH);
        def.setLangField(LANG);
        return def;
    }

    /** The index settings: the literals are stored, so {@code (?s ?score ?literal) text:query …} gives them back. */
    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true);
        config.setAnalyzer(analyzer());
        config.setQueryAnalyzer(analyzer());
        return config;
    }

    /**
     * English for the texts; the IRI fields whole. jena-text restricts a search to a graph
     * ({@code GRAPH <g> { ?s text:query … }}) by adding {@code graph:<g>} to the query string and
     * parsing it with the query analyzer: English analysis would cut the IRI into words that the
     * graph field, indexed whole, never holds.
     */
    private static Analyzer analyzer() {
        KeywordAnalyzer whole = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(GRAPH, whole, ENTITY, whole, LANG, whole));
    }
}
