package org.paperkg.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Card files whose bytes matter (line ends, BOM, gzip, invalid UTF-8, a missing final newline),
 * written by code so that no editor or git setting can normalise them away.
 */
public final class GeneratedCards {

    private GeneratedCards() {}

    /** The example card with CRLF line ends and a UTF-8 BOM. */
    public static Path crlfWithBom(Path dir) {
        String lf = read(TestFiles.resource("golden/example.md"));
        byte[] body = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        return write(dir.resolve("crlf-bom.md"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
    }

    /** The example card, gzipped. */
    public static Path gzippedExample(Path dir) {
        return write(dir.resolve("example.md.gz"), gzip(bytes(TestFiles.resource("golden/example.md"))));
    }

    /** grammar/several-cards.md gzipped as .txt.gz: its problems keep their file lines (22, 33). */
    public static Path gzippedSeveralCards(Path dir) {
        return write(dir.resolve("several-cards.txt.gz"), gzip(bytes(TestFiles.resource("cards/grammar/several-cards.md"))));
    }

    /** Line of the title of the cut-off card in {@link #truncated}. */
    public static final int TRUNCATED_CARD_LINE = 8;

    /** A complete card, then a card cut mid-line: no closing '---', no final newline. */
    public static Path truncated(Path dir) {
        String text = """
                # A complete card before the cut

                PubMed · PMID: 1500001

                ---
                Source: https://pubmed.ncbi.nlm.nih.gov/1500001/

                # A card cut off in the middle

                PubMed · PMID: 1500002

                ## Abstract

                The file ends in the middle of this sen""";
        return write(dir.resolve("truncated.md"), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lines (in {@link #invalidUtf8}) that hold bytes that are not UTF-8. */
    public static final List<Integer> INVALID_UTF8_LINES = List.of(18, 22);

    /** Two cards; the second has invalid UTF-8 bytes in its abstract and in an entity name. */
    public static Path invalidUtf8(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeUtf8(out, """
                # A clean first card

                PubMed · PMID: 1500003

                ---
                Source: https://pubmed.ncbi.nlm.nih.gov/1500003/

                # A second card with bad bytes

                PubMed · PMID: 1500004

                ## TL;DR

                Clean text.

                ## Abstract

                """);
        writeUtf8(out, "Bytes that are not UTF-8: ");
        out.write(0xC3); // a lead byte followed by '(' is malformed
        writeUtf8(out, "( and ");
        out.write(0xFF); // never valid in UTF-8
        writeUtf8(out, " here.\n\n## Full-text entities\n\n- **Diseases:** caf");
        out.write(0xE9); // Latin-1 'é'
        writeUtf8(out, " disease (MESH:D010019)\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/1500004/\n");
        return write(dir.resolve("invalid-utf8.md"), out.toByteArray());
    }

    /** Title line of the card that {@link #cutGzip} cuts off. */
    public static final int CUT_GZIP_CARD_LINE = 8;

    /**
     * A gzip stream cut short: the first card complete, the second cut mid-line, then the stream
     * (and its trailer) just stops, as an interrupted download or copy leaves it. A sync flush at
     * the cut makes the decompressed text end exactly there.
     */
    public static Path cutGzip(Path dir) {
        String first = "# A complete card in a damaged gzip\n\nPubMed · PMID: 1500005\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/1500005/\n\n";
        String secondStart = "# The card the gzip stream cuts\n\nPubMed · PMID: 150";
        String secondRest = "0006\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/1500006/\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int cut;
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, true)) {
            gz.write((first + secondStart).getBytes(StandardCharsets.UTF_8));
            gz.flush();
            cut = bytes.size();
            gz.write(secondRest.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] whole = bytes.toByteArray();
        return write(dir.resolve("cut.md.gz"), java.util.Arrays.copyOf(whole, cut));
    }

    /** Every generated card file, for the suites that run over all test cards. */
    public static List<Path> writeAll(Path dir) {
        return List.of(crlfWithBom(dir), gzippedExample(dir), gzippedSeveralCards(dir), truncated(dir), invalidUtf8(dir), cutGzip(dir));
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Path write(Path file, byte[] data) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static void writeUtf8(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
