package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.source.InputLimits;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.StrictRiot;

/**
 * Huge fields with the default limits, in a JVM of 256 MB: a 50 MB abstract line and 100 000 authors
 * in a card, a 50 MB abstract and 100 000 mention lines in PubTator, a 50 MB abstract and 100 000
 * authors in PubMed XML (one text node: the XML parser used to build it whole and run out of
 * memory), a 50 MB passage and 100 000 annotations in BioC XML, a 50 MB abstract in BioC JSON.
 * Those records are skipped as TOO_LARGE, the records around them and the records just under the
 * limits are exported, and the run ends normally. The input is generated here (about 290 MB, in the
 * test's temporary directory).
 */
class SmallHeapTest {

    @TempDir
    Path dir;

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @Test
    void hugeFieldsAreSkippedAndTheRunGoesOnIn256Mb() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        int items = InputLimits.DEFAULTS.maxRecordItems();
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("cards.md"), StandardCharsets.UTF_8)) {
            card(w, 1, "Ann A", "A short abstract.");                              // line 1
            w.write("# Card 2\n\n**Authors:** B\n\nPubMed · PMID: 2\n\n## Abstract\n\n");   // line 14, its abstract line 22
            fiftyMb(w);
            w.write("\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/2/\n\n");
            card(w, 3, authors(100_000), "Many authors.");                         // line 27
            card(w, 4, authors(items), "Authors at the limit.");                   // line 40
            card(w, 5, "Eve E", "x".repeat((int) InputLimits.DEFAULTS.maxRecordChars() - 1000)); // line 53: text just under the limit
        }
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("corpus.pubtator"), StandardCharsets.UTF_8)) {
            w.write("10|t|Huge abstract.\n10|a|");                                   // line 1
            fiftyMb(w);
            w.write("\n\n11|t|Fine.\n11|a|Gout.\n11\t6\t10\tGout\tDisease\tD006073\n\n"); // line 4
            w.write("12|t|Many mentions.\n12|a|Gout.\n");                           // line 8
            for (int i = 0; i < 100_000; i++) w.write("12\t15\t19\tGout\tDisease\tD006073\n");
            w.write("\n13|t|Fine too.\n13|a|Gout.\n");                              // line 100011
        }
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("pubmed.xml"), StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n");
            w.write("<PubmedArticle><MedlineCitation><PMID>20</PMID><Article><ArticleTitle>Huge</ArticleTitle><Abstract><AbstractText>"); // line 3
            fiftyMb(w);
            w.write("</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n");
            w.write("<PubmedArticle><MedlineCitation><PMID>21</PMID><Article><ArticleTitle>Fine</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n");
            w.write("<PubmedArticle><MedlineCitation><PMID>22</PMID><Article><ArticleTitle>Many authors</ArticleTitle><AuthorList>"); // line 5
            for (int i = 0; i < 100_000; i++) w.write("<Author><LastName>Name" + i + "</LastName><ForeName>A</ForeName></Author>");
            w.write("</AuthorList></Article></MedlineCitation></PubmedArticle>\n");
            w.write("</PubmedArticleSet>\n");
        }
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("bioc.json"), StandardCharsets.UTF_8)) {
            w.write("[{\"id\": \"30\", \"passages\": [{\"offset\": 0, \"infons\": {\"type\": \"abstract\"}, \"text\": \"");
            fiftyMb(w);
            w.write("\"}]},\n {\"id\": \"31\", \"passages\": [{\"offset\": 0, \"infons\": {\"type\": \"title\"}, \"text\": \"Fine\"}]}]\n");
        }
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("bioc.xml"), StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\"?>\n<collection><source>x</source><date>2024</date><key>k</key>\n");
            w.write("<document><id>40</id><passage><infon key=\"type\">abstract</infon><offset>0</offset><text>"); // line 3
            fiftyMb(w);
            w.write("</text></passage></document>\n");
            w.write("<document><id>41</id><passage><infon key=\"type\">title</infon><offset>0</offset><text>Fine</text></passage></document>\n");
            w.write("<document><id>42</id><passage><infon key=\"type\">title</infon><offset>0</offset><text>Gout</text>"); // line 5
            for (int i = 0; i < 100_000; i++)
                w.write("<annotation id=\"a" + i + "\"><infon key=\"type\">Disease</infon><infon key=\"identifier\">MESH:D006073</infon>"
                        + "<location offset=\"0\" length=\"4\"/><text>Gout</text></annotation>");
            w.write("</passage></document>\n</collection>\n");
        }
        Path out = dir.resolve("out.nq");
        Path log = dir.resolve("log.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), PaperkgCommand.class.getName(),
                "export", in.toString(), "-o", out.toString(), "-q"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished in time");
        String text = Files.readString(log);
        assertEquals(0, p.exitValue(), text);
        String cards = in.resolve("cards.md").toString(), corpus = in.resolve("corpus.pubtator").toString();
        for (String where : List.of(cards + ":14: TOO_LARGE card has a line of 52428800 bytes at line 22", cards + ":27: TOO_LARGE card has more than "
                + items + " authors", corpus + ":1: TOO_LARGE document 10 has a line of", corpus + ":8: TOO_LARGE document 12 has more than " + items,
                in.resolve("pubmed.xml") + ":3: TOO_LARGE <PubmedArticle> at line 3 (PMID 20) has more than",
                in.resolve("pubmed.xml") + ":5: TOO_LARGE <PubmedArticle> at line 5 (PMID 22) has 100000 authors (more than " + items + ")",
                in.resolve("bioc.json") + ":1: TOO_LARGE document has more than", in.resolve("bioc.xml") + ":3: TOO_LARGE <document> at line 3",
                in.resolve("bioc.xml") + ":5: TOO_LARGE <document> at line 5"))
            assertTrue(text.contains(where), "expected '" + where + "' in\n" + text);
        assertTrue(text.contains("records read 17, mapped 8, skipped 9 {TOO_LARGE=9}"), text);
        var quads = StrictRiot.parse(out, Lang.NQUADS);
        List<String> graphs = new ArrayList<>();
        quads.listGraphNodes().forEachRemaining(g -> {
            if (!DescriptionGraphs.isDescription(g)) graphs.add(g.getURI());
        });
        assertEquals(8, graphs.size(), "paper graphs, the export's description left out: " + graphs);
    }

    /** Cards are parsed ahead on other threads: a run of cards near the size limit must not all be held at once. */
    @Test
    void manyCardsNearTheSizeLimitIn128Mb() throws Exception {
        Path in = Files.createDirectories(dir.resolve("big"));
        int cards = 40;
        String text = "x".repeat((int) InputLimits.DEFAULTS.maxRecordChars() - 1000);
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("cards.md"), StandardCharsets.UTF_8)) {
            for (int i = 1; i <= cards; i++) card(w, i, "Ann A", text);
        }
        Path out = dir.resolve("big.nt");
        Path log = dir.resolve("big-log.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), PaperkgCommand.class.getName(),
                "export", in.toString(), "-o", out.toString(), "--no-description", "-q"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished in time");
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("records read " + cards + ", mapped " + cards + ", skipped 0"), output);
    }

    /** 50 MB of "abstract! " on one line. */
    private static void fiftyMb(BufferedWriter w) throws IOException {
        char[] chunk = "abstract! ".repeat(1024 * 1024 / 10 + 1).substring(0, 1024 * 1024).toCharArray();
        for (int i = 0; i < FIFTY_MB / chunk.length; i++) w.write(chunk);
    }

    private static void card(BufferedWriter w, int pmid, String authors, String abstractText) throws IOException {
        w.write("# Card " + pmid + "\n\n**Authors:** " + authors + "\n\nPubMed · PMID: " + pmid + "\n\n## Abstract\n\n" + abstractText
                + "\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/\n\n");
    }

    private static String authors(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ", ").append("Author").append(i).append(" Name");
        return sb.toString();
    }
}
