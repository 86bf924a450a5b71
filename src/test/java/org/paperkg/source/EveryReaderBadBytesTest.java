package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;

/**
 * The same damage, done to the same three records in every input format and read through the
 * format-detecting front users get: each damage is reported at the line it is on, with its code,
 * the records before it always stand, and nothing is replaced without a report. Record 2 is damaged
 * on its second line (so a problem at the record's first line would be the wrong line).
 */
class EveryReaderBadBytesTest {

    @TempDir
    Path dir;

    private static final RecordSource READER = Readers.all(PrefixTable.defaults(), null);

    enum Format {
        CARD(".md", "", ""), PUBTATOR(".pubtator", "", ""),
        BIOC_XML(".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection><source>x</source><date>2024</date><key>k</key>\n", "</collection>\n"),
        PUBMED_XML(".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n", "</PubmedArticleSet>\n"),
        BIOC_JSON(".json", "{\"source\": \"x\", \"documents\": [\n", "]}\n"),
        JATS_XML(".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pmc-articleset>\n", "</pmc-articleset>\n");

        final String ext, head, tail;

        Format(String ext, String head, String tail) {
            this.ext = ext;
            this.head = head;
            this.tail = tail;
        }

        /** Record {@code i}; {@code text} (its title or abstract) is on the record's second line. */
        String record(int i, String text) {
            return switch (this) {
                case CARD -> "# Card " + i + "\n\n**Authors:** A B\n\nPubMed · PMID: " + i + "\n\n## Abstract\n\n" + text
                        + "\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/" + i + "/\n\n";
                case PUBTATOR -> i + "|t|Gout " + i + "\n" + i + "|a|" + text + "\n" + i + "\t0\t4\tGout\tDisease\tD006073\n\n";
                case BIOC_XML -> "<document><id>" + i + "</id>\n<passage><infon key=\"type\">title</infon><offset>0</offset><text>" + text
                        + "</text></passage></document>\n";
                case PUBMED_XML -> "<PubmedArticle><MedlineCitation><PMID>" + i + "</PMID>\n<Article><ArticleTitle>" + text
                        + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n";
                case JATS_XML -> "<article><front><article-meta><article-id pub-id-type=\"pmid\">" + i + "</article-id>\n<title-group><article-title>" + text
                        + "</article-title></title-group></article-meta></front></article>\n";
                case BIOC_JSON -> "{\"id\": \"" + i + "\",\n \"passages\": [{\"offset\": 0, \"infons\": {\"type\": \"title\"}, \"text\": \"" + text
                        + "\"}]}" + (i < 3 ? "," : "") + "\n";
            };
        }

        /** Three records, {@code between} after the first, {@code damage} inside the second's text. */
        byte[] file(byte[] damage, String between) {
            String text = head + record(1, "Text one") + between + record(2, "Text @@ two") + record(3, "Text three") + tail;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int at = text.substring(0, text.indexOf("@@")).getBytes(StandardCharsets.UTF_8).length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.writeBytes(damage);
            out.write(bytes, at + 2, bytes.length - at - 2);
            return out.toByteArray();
        }

        byte[] plain() {
            return file("x".getBytes(StandardCharsets.UTF_8), "");
        }
    }

    /** Records read, and the problems as "SEVERITY line CODE". */
    private record Read(List<PaperRecord> records, List<String> problems, List<Problem> raw) {
        List<Long> lines() {
            return records.stream().map(r -> r.origin().line()).toList();
        }
    }

    private Read read(Format f, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        READER.read(file, name, records::add, problems::add);
        for (PaperRecord r : records)
            assertFalse(String.valueOf(r).contains("\uFFFD") && problems.isEmpty(), "a replacement character without a report: " + r);
        return new Read(records, problems.stream().map(p -> p.severity() + " " + p.line() + " " + p.code()).toList(), problems);
    }

    private void expect(Read r, int records, String problem, Format f) {
        assertEquals(records, r.records().size(), f + ": records; problems " + r.raw());
        assertEquals(problem == null ? List.of() : List.of(problem), r.problems(), f + ": " + r.raw());
    }

    /** Record lines of the undamaged file: where the records start. */
    private static final Map<Format, List<Long>> LINES = Map.of(Format.CARD, List.of(1L, 14L, 27L), Format.PUBTATOR, List.of(1L, 5L, 9L),
            Format.BIOC_XML, List.of(3L, 5L, 7L), Format.PUBMED_XML, List.of(3L, 5L, 7L), Format.BIOC_JSON, List.of(2L, 4L, 6L),
            Format.JATS_XML, List.of(3L, 5L, 7L));

    @ParameterizedTest
    @EnumSource(Format.class)
    void invalidUtf8IsReportedAtItsOwnLine(Format f) throws IOException {
        // 0xC3 '(' is a cut two-byte sequence; ED A0 80 is a lone surrogate written as UTF-8 (CESU), also invalid
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
            Read r = read(f, "utf8" + f.ext, f.file(bad, ""));
            switch (f) {
                // line-based formats keep the line, with U+FFFD where the bytes were, and say so
                case CARD -> expect(r, 3, "WARN 22 INVALID_UTF8", f);
                case PUBTATOR -> expect(r, 3, "WARN 6 INVALID_UTF8", f);
                // XML and JSON cannot be read past the bytes: the records before them stand
                case BIOC_XML, PUBMED_XML, JATS_XML -> expect(r, 1, "SKIP 6 INVALID_UTF8", f);
                case BIOC_JSON -> expect(r, 1, "SKIP 5 INVALID_UTF8", f);
            }
            assertEquals(LINES.get(f).subList(0, r.records().size()), r.lines());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void nulBytesAreReported(Format f) throws IOException {
        Read r = read(f, "nul" + f.ext, f.file(new byte[] {0}, ""));
        switch (f) {
            case CARD -> expect(r, 3, "WARN 22 NUL_BYTE", f);
            case PUBTATOR -> expect(r, 3, "WARN 6 NUL_BYTE", f);
            case BIOC_XML, PUBMED_XML, JATS_XML -> expect(r, 1, "SKIP 6 BAD_XML", f);
            // a raw control character is not JSON: the document it is in is the one reported
            case BIOC_JSON -> expect(r, 1, "SKIP 4 BAD_JSON", f);
        }
        for (PaperRecord rec : r.records()) assertFalse(String.valueOf(rec).contains("\0"), "a NUL kept: " + rec);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"CARD", "BIOC_XML", "PUBMED_XML", "BIOC_JSON", "JATS_XML"})
    void escapedLoneSurrogatesAreReported(Format f) throws IOException {
        String escape = switch (f) {
            case BIOC_JSON -> "\\ud800";
            default -> "&#xD800;";
        };
        Read r = read(f, "surrogate" + f.ext, f.file(escape.getBytes(StandardCharsets.UTF_8), ""));
        switch (f) {
            case CARD -> expect(r, 3, "WARN 22 CONTROL_CHAR", f);
            case BIOC_XML, PUBMED_XML, JATS_XML -> expect(r, 1, "SKIP 6 BAD_XML", f);
            case BIOC_JSON -> expect(r, 3, "WARN 5 CONTROL_CHAR", f);
            default -> throw new AssertionError(f);
        }
    }

    @org.junit.jupiter.api.Test
    void aCardsCharacterReferenceIsReportedAtItsLineInsideAParagraph() throws IOException {
        Read r = read(Format.CARD, "ref.md", Format.CARD.file("first line\nsecond &#x1; and &#xDFFF; line".getBytes(StandardCharsets.UTF_8), ""));
        expect(r, 3, "WARN 23 CONTROL_CHAR", Format.CARD);
        assertEquals("Text first line second \uFFFD and \uFFFD line two", r.records().get(1).abstractText());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aBomAndCrlfLineEndsChangeNothing(Format f) throws IOException {
        Read plain = read(f, "plain" + f.ext, f.plain());
        expect(plain, 3, null, f);
        assertEquals(LINES.get(f), plain.lines());
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(f.plain());
        byte[] crlf = new String(f.plain(), StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] both = new String(bom.toByteArray(), StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        for (byte[] variant : List.of(bom.toByteArray(), crlf, both)) {
            Read r = read(f, "variant" + f.ext, variant);
            expect(r, 3, null, f);
            assertEquals(LINES.get(f), r.lines());
            for (int i = 0; i < 3; i++) {
                PaperRecord a = plain.records().get(i), b = r.records().get(i);
                assertEquals(a.title(), b.title());
                assertEquals(a.texts(), b.texts());
                assertEquals(a.mentions(), b.mentions());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void emptyAndBlankFilesAreOneWarning(Format f) throws IOException {
        for (String text : List.of("", "\n \r\n\t\n")) {
            Read r = read(f, "empty" + f.ext, text.getBytes(StandardCharsets.UTF_8));
            assertEquals(0, r.records().size());
            assertEquals(1, r.problems().size(), r.raw().toString());
            assertEquals("EMPTY_FILE", r.raw().get(0).code());
            assertEquals(Problem.Severity.WARN, r.raw().get(0).severity());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aRecordCutInHalfIsReportedAndTheOnesBeforeItStand(Format f) throws IOException {
        byte[] plain = f.plain();
        // the file ends in the middle of record 3
        int cut = plain.length - f.tail.length() - f.record(3, "Text three").length() / 2;
        Read r = read(f, "cut" + f.ext, Arrays.copyOf(plain, cut));
        switch (f) {
            case CARD -> expect(r, 2, "SKIP 27 TRUNCATED", f);
            // record 3 is whole but for its annotation line, which is reported
            case PUBTATOR -> expect(r, 3, "WARN 11 BAD_LINE", f);
            case BIOC_XML, PUBMED_XML, JATS_XML -> expect(r, 2, "SKIP 8 TRUNCATED", f);
            case BIOC_JSON -> expect(r, 2, "SKIP 6 BAD_JSON", f);
        }
        assertEquals(LINES.get(f).subList(0, r.records().size()), r.lines());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aCutGzipStreamKeepsTheRecordsBeforeTheCut(Format f) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(f.plain());
        }
        byte[] bytes = gz.toByteArray();
        // the 8-byte trailer and the last bytes of the deflate stream are missing
        Read r = read(f, "cut" + f.ext + ".gz", Arrays.copyOf(bytes, bytes.length - 12));
        switch (f) {
            case CARD -> expect(r, 2, "SKIP 27 TRUNCATED", f);
            case PUBTATOR -> expect(r, 2, "SKIP 9 TRUNCATED_FILE", f);
            // the cut falls in the closing tags: every record is whole
            case BIOC_XML, PUBMED_XML, JATS_XML -> expect(r, 3, "SKIP 9 TRUNCATED", f);
            case BIOC_JSON -> expect(r, 2, "SKIP 6 BAD_JSON", f);
        }
        assertEquals(LINES.get(f).subList(0, r.records().size()), r.lines());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void garbageBetweenRecordsIsReportedAtItsLine(Format f) throws IOException {
        Read r = read(f, "garbage" + f.ext, f.file("x".getBytes(StandardCharsets.UTF_8), "<<garbage>> }{ |||\n"));
        int garbageLine = LINES.get(f).get(1).intValue();
        switch (f) {
            // a card keeps text after its footer as metadata; PubTator skips the stray line, not the next document
            case CARD -> expect(r, 3, "WARN " + garbageLine + " UNEXPECTED_TEXT", f);
            case PUBTATOR -> {
                expect(r, 3, "WARN " + garbageLine + " STRAY_TEXT", f);
                assertEquals(List.of(1L, 6L, 10L), r.lines());
            }
            // a streaming XML or JSON parser cannot find its footing again: the rest of the file is one SKIP
            case BIOC_XML, PUBMED_XML, JATS_XML -> expect(r, 1, "SKIP " + garbageLine + " BAD_XML", f);
            case BIOC_JSON -> expect(r, 1, "SKIP " + garbageLine + " BAD_JSON", f);
        }
    }
}
