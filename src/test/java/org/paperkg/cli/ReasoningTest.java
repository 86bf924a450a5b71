package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.testing.OntologyFixtureDb;

/**
 * {@code query --reasoning none|rdfs|owl-micro} over the ontology fixture database (the query
 * fixture cards with the bundled slice, {@link OntologyFixtureDb}): a question that needs inference gets the inferred answers with the level that
 * infers them and not without. The slice asserts only direct parents (rdfs:subClassOf) and writes
 * its mappings one way round (MONDO skos:exactMatch MeSH/OMIM, as MONDO's SSSOM files do).
 */
class ReasoningTest {

    private static final String PAPER = "https://w3id.org/paperkg/paper/";

    /**
     * Three questions in one query, so each level's view is prepared once: "subclass" — papers whose
     * concept is a subclass of MONDO:0005381 "bone disorder", asked without a property path;
     * "reverse" — the MONDO class of MeSH:D010019 (Osteomyelitis) asked from the MeSH side, while the
     * slice has only MONDO:0005246 → MeSH:D010019; "chain" — the OMIM entry of MeSH:D010024
     * (Osteoporosis), which takes two mappings: MeSH ← MONDO:0005298 → OMIM:166710.
     */
    private static final String QUESTIONS = """
            SELECT DISTINCT ?question ?answer WHERE {
              { ?answer schema:about|schema:mentions ?c . ?c rdfs:subClassOf mondo:0005381 . BIND("subclass" AS ?question) }
              UNION { mesh:D010019 skos:exactMatch ?answer . FILTER(STRSTARTS(STR(?answer), STR(mondo:))) BIND("reverse" AS ?question) }
              UNION { mesh:D010024 skos:exactMatch ?answer . FILTER(STRSTARTS(STR(?answer), "https://omim.org/")) BIND("chain" AS ?question) }
            }""";
    /** The subclass question with the path, which needs no reasoning. */
    private static final String SUBCLASS_PATH = "SELECT DISTINCT (\"subclass\" AS ?question) ?answer WHERE { ?answer schema:about|schema:mentions ?c . ?c rdfs:subClassOf+ mondo:0005381 }";

    /** The five fixture papers with a MONDO concept below bone disorder (osteomyelitis, osteoarthritis, rheumatoid arthritis, osteoporosis), none a direct child. */
    private static final Set<String> BONE_PAPERS = Set.of("pmc/PMC13027165", "pmc/PMC11111111", "pmid/38012345",
            "doi/10.1101%2F2024.05.17.abc123", "pmc/PMC12222222");

    private static String db;

    @BeforeAll
    static void database() {
        db = OntologyFixtureDb.get().toString();
    }

    /** The answers to each question ("subclass", "reverse", "chain"), papers shortened to their key. */
    private static Map<String, Set<String>> ask(String level, String query) {
        Captured run = Captured.paperkg("query", "--db", db, "--reasoning", level, "-e", query, "--out", "tsv");
        assertEquals(0, run.exitCode(), run.err());
        if (!level.equals("none")) assertTrue(run.err().contains("reasoning " + level + ": inference view prepared in "), run.err());
        Map<String, Set<String>> answers = new TreeMap<>();
        for (String q : List.of("subclass", "reverse", "chain")) answers.put(q, new TreeSet<>());
        for (String row : run.rows()) {
            String[] f = row.split("\t");
            answers.get(f[0].replace("\"", "")).add(f[1].replace("<" + PAPER, "").replace(">", "").replace("<", ""));
        }
        return answers;
    }

    @ParameterizedTest(name = "--reasoning {0}")
    @CsvSource({"none, false, false", "rdfs, true, false", "owl-micro, true, true"})
    void inferredAnswersComeWithTheLevelThatInfersThem(String level, boolean subclassClosure, boolean symmetricTransitiveMatch) {
        Map<String, Set<String>> answers = ask(level, QUESTIONS);
        assertEquals(subclassClosure ? BONE_PAPERS : Set.of(), answers.get("subclass"), "rdfs:subClassOf without a path");
        assertEquals(symmetricTransitiveMatch ? Set.of("http://purl.obolibrary.org/obo/MONDO_0005246") : Set.of(),
                answers.get("reverse"), "skos:exactMatch read from the MeSH side");
        assertEquals(symmetricTransitiveMatch ? Set.of("https://omim.org/entry/166710") : Set.of(),
                answers.get("chain"), "skos:exactMatch chained MeSH → MONDO → OMIM");
    }

    @Test
    void withoutReasoningThePropertyPathGivesWhatInferenceGives() {
        assertEquals(BONE_PAPERS, ask("none", SUBCLASS_PATH).get("subclass"));
    }
}
