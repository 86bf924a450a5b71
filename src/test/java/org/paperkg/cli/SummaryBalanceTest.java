package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreTotals;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.StrictRiot;

/**
 * Every command that reads input prints the same balanced summary for the same input: records read
 * (13, counted here from the files, not from the summary) = mapped (8, counted in the output) +
 * skipped by reason (5, one printed problem each). One input of each format, each with a record
 * that is skipped for its own reason, and an empty file (a warning, not a record).
 */
class SummaryBalanceTest {

    @TempDir
    Path tmp;
    Path in;

    private static final String SUMMARY = "summary: files 6, records read 13, mapped 8, skipped 5 "
            + "{MISSING_TITLE=1, NOT_A_DOCUMENT=1, NO_TITLE=1, TOO_LARGE=2}";
    private static final List<String> SKIPS = List.of("bioc.json:2: NOT_A_DOCUMENT", "cards.md:16: TOO_LARGE", "cards.md:1: NO_TITLE",
            "corpus.pubtator:5: MISSING_TITLE", "pubmed.xml:4: TOO_LARGE");

    @BeforeEach
    void inputs() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        String eleven = IntStream.range(0, 11).mapToObj(i -> "Author " + i).collect(Collectors.joining(", "));
        // 3 records: the text before the first title, a card, a card over --max-record-items 10
        Files.writeString(in.resolve("cards.md"), "Stray preamble text.\n\n" + card(101, "A B") + card(102, eleven));
        // 3 records: the middle one has no title line
        Files.writeString(in.resolve("corpus.pubtator"), "201|t|Gout one\n201|a|Gout.\n201\t0\t4\tGout\tDisease\tD006073\n\n"
                + "202|a|An abstract without its title.\n\n203|t|Gout three\n203|a|Gout.\n");
        // 3 records: the middle one has 11 authors
        String authors = IntStream.range(0, 11).mapToObj(i -> "<Author><LastName>L" + i + "</LastName></Author>").collect(Collectors.joining());
        Files.writeString(in.resolve("pubmed.xml"), "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + article(301, "")
                + article(302, "<AuthorList>" + authors + "</AuthorList>") + article(303, "") + "</PubmedArticleSet>\n");
        // 2 records: a document and an array element that is not one
        Files.writeString(in.resolve("bioc.json"), "[{\"id\": \"401\", \"passages\": [{\"offset\": 0, \"infons\": {\"type\": \"title\"}, \"text\": \"J\"}]},\n 42]\n");
        // 2 records
        Files.writeString(in.resolve("bioc.xml"), "<?xml version=\"1.0\"?>\n<collection><source>x</source><date>2024</date><key>k</key>\n"
                + Stream.of(501, 502).map(i -> "<document><id>" + i + "</id><passage><infon key=\"type\">title</infon><offset>0</offset><text>X"
                        + i + "</text></passage></document>\n").collect(Collectors.joining()) + "</collection>\n");
        Files.writeString(in.resolve("empty.md"), "");
    }

    private static String card(int pmid, String authors) {
        return "# Card " + pmid + "\n\n**Authors:** " + authors + "\n\nPubMed · PMID: " + pmid + "\n\n## Abstract\n\nText.\n\n---\n"
                + "Source: https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/\n\n";
    }

    private static String article(int pmid, String extra) {
        return "<PubmedArticle><MedlineCitation><PMID>" + pmid + "</PMID><Article><ArticleTitle>T" + pmid + "</ArticleTitle>" + extra
                + "</Article></MedlineCitation></PubmedArticle>\n";
    }

    /** Runs a command and checks its summary line and the problems it printed. */
    private Captured run(String... args) {
        Captured r = Captured.paperkg(Stream.concat(Stream.of(args), Stream.of("--max-record-items", "10", "-q")).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().lines().anyMatch(SUMMARY::equals), args[0] + " prints\n" + SUMMARY + "\nbut printed\n" + r.err());
        assertEquals(SKIPS, problemLines(r), args[0]);
        return r;
    }

    /** "file:line: CODE" of every problem printed, the empty file's warning left out. */
    private List<String> problemLines(Captured r) {
        return r.err().lines().filter(l -> l.startsWith(in.toString() + "/")).map(l -> l.substring(in.toString().length() + 1))
                .map(l -> l.substring(0, l.indexOf(' ', l.indexOf(": ") + 2))).filter(l -> !l.endsWith("EMPTY_FILE")).sorted().toList();
    }

    @Test
    void exportCountsWhatItWrites() {
        Path out = tmp.resolve("out.nq");
        run("export", in.toString(), "-o", out.toString());
        assertEquals(8, paperGraphs(StrictRiot.parse(out, Lang.NQUADS)));
    }

    @Test
    void shardedExportToo() throws IOException {
        Path out = tmp.resolve("shards");
        run("export", in.toString(), "-o", out.toString(), "--shard-size", "3");
        DatasetGraph all = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".nq.gz")).toList())
                StrictRiot.parse(f, Lang.NQUADS).find().forEachRemaining(all::add);
        }
        assertEquals(8, paperGraphs(all));
    }

    @Test
    void validateToo() {
        run("validate", in.toString());
    }

    @Test
    void ingestCountsWhatItStores() {
        Path db = tmp.resolve("db");
        run("ingest", in.toString(), "--db", db.toString(), "--no-slice");
        DatasetGraph dsg = KgStore.open(db);
        try {
            assertEquals(8, StoreTotals.of(dsg).papers());
        } finally {
            KgStore.release(dsg);
        }
    }

    private static long paperGraphs(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            // the export's description of itself (graph/void, graph/run/…, graph/provenance) is not a paper graph
            if (g.getURI().startsWith("https://w3id.org/paperkg/graph/") && !DescriptionGraphs.isDescription(g)) n++;
        }
        return n;
    }
}
