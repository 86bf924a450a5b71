package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code query --reasoning none|rdfs|owl-micro} over a database of the query fixture cards and the
 * bundled slice: a question that needs inference gets the inferred answers with the level that
 * infers them and not without. The slice asserts only direct parents (rdfs:subClassOf) and writes
 * its mappings one way round (MONDO skos:exactMatch MeSH/OMIM, as MONDO's SSSOM files do).
 */
class ReasoningTest {

    private static final String PAPER = "https://w3id.org/paperkg/paper/";

    /** Papers whose concept is a subclass of MONDO:0005381 "bone disorder", asked without a property path. */
    private static final String SUBCLASS = "SELECT DISTINCT ?paper WHERE { ?paper schema:about|schema:mentions ?c . ?c rdfs:subClassOf mondo:0005381 }";
    /** The same with the path, which needs no reasoning. */
    private static final String SUBCLASS_PATH = "SELECT DISTINCT ?paper WHERE { ?paper schema:about|schema:mentions ?c . ?c rdfs:subClassOf+ mondo:0005381 }";
    /** The MONDO class of MeSH:D010019 (Osteomyelitis), asked from the MeSH side: the slice has only MONDO:0005246 → MeSH:D010019. */
    private static final String REVERSE = "SELECT ?x WHERE { mesh:D010019 skos:exactMatch ?x FILTER(STRSTARTS(STR(?x), STR(mondo:))) }";
    /** The OMIM entry of MeSH:D010024 (Osteoporosis): MeSH ← MONDO:0005298 → OMIM:166710, two mappings chained. */
    private static final String CHAIN = "SELECT ?x WHERE { mesh:D010024 skos:exactMatch ?x FILTER(STRSTARTS(STR(?x), \"https://omim.org/\")) }";

    /** The five fixture papers with a MONDO concept below bone disorder (osteomyelitis, osteoarthritis, rheumatoid arthritis, osteoporosis), none a direct child. */
    private static final Set<String> BONE_PAPERS = Set.of("pmc/PMC13027165", "pmc/PMC11111111", "pmid/38012345",
            "doi/10.1101%2F2024.05.17.abc123", "pmc/PMC12222222");

    @TempDir
    static Path tmp;
    private static String db;

    @BeforeAll
    static void ingest() {
        db = tmp.resolve("db").toString();
        Captured run = Captured.paperkg("ingest", "--db", db, "--slice", "-q", "src/test/resources/fixture");
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Set<String> ask(String level, String query) {
        Captured run = Captured.paperkg("query", "--db", db, "--reasoning", level, "-e", query, "--out", "tsv");
        assertEquals(0, run.exitCode(), run.err());
        if (!level.equals("none")) assertTrue(run.err().contains("reasoning " + level + ": inference view prepared in "), run.err());
        Set<String> rows = new TreeSet<>();
        for (String row : run.rows()) rows.add(row.replace("<" + PAPER, "").replace(">", "").replace("<", ""));
        return rows;
    }

    @ParameterizedTest(name = "--reasoning {0}")
    @CsvSource({"none, false, false", "rdfs, true, false", "owl-micro, true, true"})
    void inferredAnswersComeWithTheLevelThatInfersThem(String level, boolean subclassClosure, boolean symmetricTransitiveMatch) {
        assertEquals(subclassClosure ? BONE_PAPERS : Set.of(), ask(level, SUBCLASS), "rdfs:subClassOf without a path");
        assertEquals(symmetricTransitiveMatch ? Set.of("http://purl.obolibrary.org/obo/MONDO_0005246") : Set.of(),
                ask(level, REVERSE), "skos:exactMatch read from the MeSH side");
        assertEquals(symmetricTransitiveMatch ? Set.of("https://omim.org/entry/166710") : Set.of(),
                ask(level, CHAIN), "skos:exactMatch chained MeSH → MONDO → OMIM");
    }

    @ParameterizedTest(name = "--reasoning {0}")
    @CsvSource({"none", "rdfs"})
    void thePropertyPathAnswersTheSameWithOrWithoutReasoning(String level) {
        assertEquals(BONE_PAPERS, ask(level, SUBCLASS_PATH));
        assertEquals(List.copyOf(new TreeSet<>(BONE_PAPERS)), List.copyOf(ask("rdfs", SUBCLASS)),
                "inference gives what the path gives");
    }
}
