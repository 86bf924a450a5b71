package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search on real abstracts: the NCBI disease corpus' 100 development abstracts (PubTator,
 * data/pubtator) ingested into a TDB2 database, searched through {@code paperkg query} with
 * jena-text's {@code text:query} forms and the library query {@code search}.
 */
class TextSearchTest {

    static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX pkg: <https://w3id.org/paperkg/vocab#> PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;
    static final String PAPER = "https://w3id.org/paperkg/paper/pmid/";
    private static final Path NCBI = Path.of("src/test/resources/data/pubtator/NCBIdevelopset_corpus.txt.gz");

    @TempDir
    static Path tmp;
    private static Path db;

    @BeforeAll
    static void ingestTheCorpus() {
        db = tmp.resolve("db");
        Captured run = Captured.paperkg("ingest", "--db", db.toString(), "-q", NCBI.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isDirectory(db.resolve("text-index")), "the bulk load builds the index beside the data");
    }

    /** The first column of each row of a SELECT on the database, as printed in TSV (IRIs without brackets). */
    static List<String> column(Path db, String select) {
        Captured run = Captured.paperkg("query", "--db", db.toString(), "-e", PREFIXES + select, "--out", "tsv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> out = new ArrayList<>();
        for (String row : run.rows()) out.add(row.split("\t")[0].replaceAll("^<|>$", ""));
        return out;
    }

    static Set<String> papers(Path db, String select) {
        return new TreeSet<>(column(db, select));
    }

    /** The papers of the library query search for {@code terms} (a Turtle literal when it starts with a quote). */
    static List<String> search(Path db, String terms) {
        Captured run = Captured.paperkg("query", "--db", db.toString(), "search", "--param", "terms=" + terms, "--out", "tsv");
        assertEquals(0, run.exitCode(), run.err());
        return run.rows().stream().map(r -> r.split("\t")[0].replaceAll("^<|>$", "")).toList();
    }

    @Test
    void aPhraseFindsItsPaperAndOnlyWithTheWordsInThatOrder() {
        // the abstract says "a lariat branchpoint consensus sequence", the title "a lariat branchpoint sequence"
        assertEquals(Set.of(PAPER + "8755645"), papers(db, "SELECT ?s { ?s text:query (dcterms:abstract '\"lariat branchpoint consensus sequence\"') }"));
        assertEquals(Set.of(), papers(db, "SELECT ?s { ?s text:query (dcterms:abstract '\"lariat branchpoint sequence\"') }"),
                "the words, not next to each other");
        // stemmed: "sequences" is "sequence" to the analyzer
        assertEquals(Set.of(PAPER + "8755645"), papers(db, "SELECT ?s { ?s text:query (dcterms:title '\"lariat branchpoint sequences\"') }"));
        assertEquals(Set.of(), papers(db, "SELECT ?s { ?s text:query (dcterms:title '\"sequence branchpoint lariat\"') }"),
                "the words, but not in that order");
        assertEquals(List.of(PAPER + "8755645"), search(db, "'\"lariat branchpoint\"'"));
    }

    @Test
    void aWordInOneFieldIsFoundThereAndNotInTheOthers() {
        // "galactosemia" is in the titles of two papers and in the abstract of a third whose title does not say it
        Set<String> inTitles = Set.of(PAPER + "9012409", PAPER + "9222760");
        assertEquals(inTitles, papers(db, "SELECT ?s { ?s text:query (dcterms:title 'galactosemia') }"));
        assertEquals(inTitles, new TreeSet<>(search(db, "title:galactosemia")));
        Set<String> inAbstracts = papers(db, "SELECT ?s { ?s text:query 'galactosemia' }");
        assertTrue(inAbstracts.contains(PAPER + "8692963") && !inTitles.containsAll(inAbstracts),
                "the default field is the abstract: " + inAbstracts);
        assertTrue(new TreeSet<>(search(db, "galactosemia")).containsAll(Set.of(PAPER + "9012409", PAPER + "9222760", PAPER + "8692963")));
    }

    @Test
    void aMentionsQuoteLeadsToItsPaper() {
        // the annotated surface form is the mention's oa:exact, on its quote selector, not the paper
        List<String> quotes = column(db, "SELECT ?s { ?s text:query (oa:exact '\"fish-eye disease\"') }");
        assertTrue(!quotes.isEmpty() && quotes.stream().allMatch(s -> s.startsWith(PAPER + "8755645#mention-")), quotes.toString());
        assertEquals(List.of(PAPER + "8755645"), search(db, "'mention:\"fish-eye disease\"'"), "one row per paper");
    }

    @Test
    void scoresLiteralsAndGraphsComeBackAndAGraphRestrictsTheSearch() {
        Captured run = Captured.paperkg("query", "--db", db.toString(), "-e", PREFIXES
                + "SELECT ?s ?score ?lit ?g { (?s ?score ?lit ?g) text:query (dcterms:title 'galactosemia') } ORDER BY ?s", "--out", "tsv");
        assertEquals(0, run.exitCode(), run.err());
        String first = run.rows().get(0);
        assertTrue(first.contains("Duarte and Los Angeles variant galactosemia") && first.contains("<https://w3id.org/paperkg/graph/pubtator/pmid/9012409>")
                && first.contains("XMLSchema#float"), first);
        String graph = "https://w3id.org/paperkg/graph/pubtator/pmid/9012409";
        assertEquals(Set.of(PAPER + "9012409"), papers(db, "SELECT ?s { GRAPH <" + graph + "> { ?s text:query (dcterms:title 'galactosemia') } }"));
        assertEquals(List.of(graph), column(db, "SELECT ?g { GRAPH ?g { <" + PAPER + "9012409> text:query (dcterms:title 'galactosemia') } }"));
        assertEquals(Set.of(), papers(db, "SELECT ?s { GRAPH <https://w3id.org/paperkg/graph/pubtator/pmid/9050866> { ?s text:query (dcterms:title 'galactosemia') } }"));
    }
}
