package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;
import org.paperkg.testing.JatsPaperInPubMed;
import org.paperkg.testing.TestFiles;

/**
 * A paper's JATS full text (the real PLoS ONE file of data/jats) and its PubMed record are one
 * paper, whichever comes first and in one run or two: the PubMed record names only the PMID, the
 * JATS file the PMID, PMCID and DOI, so the paper is known by its PMCID; one graph per source, one
 * author list (PubMed's, the preferred), and the JATS references as citations of that paper.
 *
 * <p>The PubMed record is written for the tests ({@link JatsPaperInPubMed}), not copied: the shared
 * data holds no PubMed record of any of its JATS articles.
 */
class JatsPubMedMergeTest {

    private static final String PAPER = "https://w3id.org/paperkg/paper/pmc/PMC1790863";

    private static final String PUBMED = JatsPaperInPubMed.RECORD;

    @TempDir
    Path tmp;

    @Test
    void theJatsTextAndThePubMedRecordAreOnePaperWhateverTheOrder() throws Exception {
        Path jats = TestFiles.resource("data/jats/pone.0000217.nxml.gz");
        Path pubmed = tmp.resolve("17299597.xml");
        Files.writeString(pubmed, PUBMED);

        Set<String> oneRun = store("one", List.of(List.of(pubmed, jats)));
        assertEquals(Set.of(
                PAPER + " https://w3id.org/paperkg/graph/jats/pmc/PMC1790863 \"jats\"",
                PAPER + " https://w3id.org/paperkg/graph/pubmed/pmc/PMC1790863 \"pubmed\""), oneRun);
        assertEquals(oneRun, store("jats-first", List.of(List.of(jats), List.of(pubmed))));
        assertEquals(oneRun, store("pubmed-first", List.of(List.of(pubmed), List.of(jats))));

        DatasetGraph dsg = KgStore.open(tmp.resolve("jats-first"));
        try {
            Txn.executeRead(dsg, () -> {
                assertEquals(List.of("1"), column(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a fabio:JournalArticle }"), "one paper");
                // the author list is PubMed's: its graph has the four creators, the JATS graph none
                assertEquals(List.of("https://w3id.org/paperkg/graph/pubmed/pmc/PMC1790863 4"), column(dsg,
                        "SELECT ?g (COUNT(?a) AS ?n) { GRAPH ?g { <" + PAPER + "> dcterms:creator ?a } } GROUP BY ?g"));
                assertEquals(List.of("26"), column(dsg, "SELECT (COUNT(DISTINCT ?c) AS ?n) { <" + PAPER + "> cito:cites ?c }"),
                        "the JATS references with a pub-id");
                assertEquals(List.of("4"), column(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <https://w3id.org/paperkg/graph/jats/pmc/PMC1790863> {"
                        + " <" + PAPER + "> pkg:hasSection ?s } }"), "the body's four sections");
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    @Test
    void validateSaysTheMergedGraphsConform() throws Exception {
        Path pubmed = tmp.resolve("17299597.xml");
        Files.writeString(pubmed, PUBMED);
        Captured run = Captured.paperkg("validate", "-q", pubmed.toString(), TestFiles.resource("data/jats").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        // four JATS articles and the PubMed record of one of them: five paper graphs
        assertTrue(run.out().contains("conforms: 5 paper graph(s) checked against the shapes, no violations"), run.out());
    }

    private Set<String> store(String name, List<List<Path>> runs) {
        return MultiSourceIngestTest.sourceGraphs(tmp.resolve(name), runs);
    }

    /** Each row of a SELECT as its values in projection order joined by spaces (IRIs bare, literals by their lexical form or quoted). */
    private static List<String> column(DatasetGraph dsg, String select) {
        List<String> rows = new java.util.ArrayList<>();
        var rowSet = QueryExec.dataset(dsg).query("""
                PREFIX fabio: <http://purl.org/spar/fabio/> PREFIX pkg: <https://w3id.org/paperkg/vocab#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX cito: <http://purl.org/spar/cito/>
                """ + select).select();
        rowSet.forEachRemaining(b -> {
            StringBuilder sb = new StringBuilder();
            rowSet.getResultVars().forEach(v -> {
                var n = b.get(v);
                String s = n.isURI() ? n.getURI() : n.isLiteral() && n.getLiteralDatatypeURI().endsWith("integer") ? n.getLiteralLexicalForm()
                        : "\"" + n.getLiteralLexicalForm() + "\"";
                sb.append(sb.isEmpty() ? "" : " ").append(s);
            });
            rows.add(sb.toString());
        });
        return rows;
    }
}
