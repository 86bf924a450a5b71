package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The bytes of {@link NTriplesBytesWriter} against those of Jena's own N-Triples writer. */
class NTriplesBytesWriterTest {

    private static final String EX = "http://example.org/";

    /** Characters from every class the writer tells apart, and the edges between them. */
    private static final int[] SAMPLES = {
        'a', 'Z', '0', '-', '.', '/', '#', '%', '~', ' ', '!', '"', '\'', '\\', '<', '>', '{', '}', '|', '^', '`', '@',
        0x00, 0x07, 0x08, '\t', '\n', 0x0B, '\f', '\r', 0x13, 0x14, 0x1F, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xA9, 0xFF,
        0x100, 0x3B1, 0x7FF, 0x800, 0x2028, 0x2029, 0x4E2D, 0xD7FF, 0xE000, 0xF8FF, 0xFEFF, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF,
        0x1F600, 0x10FFFF, -0xD800, -0xDBFF, -0xDC00, -0xDFFF, // negative: a lone surrogate
    };

    private static final String PLAIN = "abc xyz-0123ÄéΩ中";

    private static String text(Random rnd, int max) {
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(max + 1);
        boolean plain = rnd.nextInt(3) == 0; // a third of the strings take the fast path throughout
        for (int i = 0; i < len; i++) {
            int c = plain ? PLAIN.charAt(rnd.nextInt(PLAIN.length())) : SAMPLES[rnd.nextInt(SAMPLES.length)];
            if (c < 0) sb.append((char) -c);
            else sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    private static Node node(Random rnd) {
        return switch (rnd.nextInt(9)) {
            case 0, 1 -> NodeFactory.createURI(EX + text(rnd, 12));
            case 2, 3 -> NodeFactory.createLiteralString(text(rnd, 40));
            case 4 -> NodeFactory.createLiteralLang(text(rnd, 20), List.of("en", "en-GB", "EN-gb", "zh-Hant-TW", "x").get(rnd.nextInt(5)));
            case 5 -> NodeFactory.createLiteralDT(text(rnd, 10), XSDDatatype.XSDinteger);
            case 6 -> NodeFactory.createLiteralDT(text(rnd, 10), NodeFactory.getType(EX + "dt/" + text(rnd, 5)));
            case 7 -> NodeFactory.createLiteralDirLang(text(rnd, 10), "ar", rnd.nextBoolean() ? "rtl" : "ltr");
            default -> NodeFactory.createBlankNode("b" + rnd.nextInt(1000));
        };
    }

    private static byte[] write(StreamRDF writer, ByteArrayOutputStream bytes, List<Triple> triples) {
        writer.start();
        triples.forEach(writer::triple);
        writer.finish();
        return bytes.toByteArray();
    }

    private static byte[] jena(List<Triple> triples) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return write(StreamRDFWriter.getWriterStream(bytes, RDFFormat.NTRIPLES), bytes, triples);
    }

    private static byte[] ours(List<Triple> triples) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return write(new NTriplesBytesWriter(bytes), bytes, triples);
    }

    private static void assertSameBytes(List<Triple> triples) {
        byte[] expected = jena(triples);
        byte[] actual = ours(triples);
        if (Arrays.equals(expected, actual)) return;
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++)
            if (!e[i].equals(a[i])) fail("line " + (i + 1) + " differs:\nJena:  " + e[i] + "\nours:  " + a[i] + "\n(triple " + triples.get(Math.min(i, triples.size() - 1)) + ")");
        fail("outputs differ in length or bytes: " + expected.length + " bytes from Jena, " + actual.length + " ours");
    }

    @Test
    void randomTextIsWrittenAsJenaWritesIt() {
        Random rnd = new Random(20261128);
        List<Triple> triples = new ArrayList<>();
        // the writer reuses the bytes of the subject last written and of predicates it has seen (the
        // same node objects): subjects repeat in runs and predicates come from a small set, as in an export
        Node[] predicates = new Node[12];
        for (int i = 0; i < predicates.length; i++) predicates[i] = NodeFactory.createURI(EX + "p" + i + "/" + text(rnd, 6));
        Node s = null;
        for (int i = 0; i < 30_000; i++) {
            if (s == null || rnd.nextInt(4) == 0) s = rnd.nextBoolean() ? NodeFactory.createURI(EX + "s/" + text(rnd, 8)) : node(rnd);
            Node p = rnd.nextInt(5) == 0 ? NodeFactory.createURI(EX + "p" + text(rnd, 4)) : predicates[rnd.nextInt(predicates.length)];
            triples.add(Triple.create(s, p, node(rnd)));
        }
        assertSameBytes(triples);
    }

    @Test
    void theFastPathCarriesTheOrdinaryTriples() {
        // the same bytes as Jena's whichever path was taken; these are ones the fast path must take
        List<Triple> triples = List.of(
                Triple.create(NodeFactory.createURI(EX + "paper/pmc/PMC1"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                        NodeFactory.createLiteralString("Müller–Weiss disease: α-synuclein in 中文 text")),
                Triple.create(NodeFactory.createURI(EX + "paper/pmc/PMC1"), NodeFactory.createURI(EX + "year"),
                        NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear)),
                Triple.create(NodeFactory.createURI(EX + "paper/pmc/PMC1"), NodeFactory.createURI(EX + "label"),
                        NodeFactory.createLiteralLang("Asthma", "en")));
        assertSameBytes(triples);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NTriplesBytesWriter writer = new NTriplesBytesWriter(bytes);
        write(writer, bytes, triples);
        assertEquals("<http://example.org/paper/pmc/PMC1> <http://purl.org/dc/terms/title> \"Müller–Weiss disease: α-synuclein in 中文 text\" .\n"
                + "<http://example.org/paper/pmc/PMC1> <http://example.org/year> \"2020\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n"
                + "<http://example.org/paper/pmc/PMC1> <http://example.org/label> \"Asthma\"@en .\n",
                bytes.toString(StandardCharsets.UTF_8));
        assertEquals(0, writer.formattedByJena(), "no node of these needed Jena's formatter");
        // a quote in a literal is escaped by Jena's rules, so that node (and only it) goes there
        writer.triple(Triple.create(triples.get(0).getSubject(), triples.get(0).getPredicate(), NodeFactory.createLiteralString("say \"hi\"")));
        assertEquals(1, writer.formattedByJena());
    }

    @Test
    void nodesLongerThanTheBufferAndManyTriplesAcrossItsEdges() {
        Random rnd = new Random(7);
        List<Triple> triples = new ArrayList<>();
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 200_000) huge.append("Long abstract with ä, ω and 中 ").append(huge.length() % 97 == 0 ? "\"q\"\n" : "");
        Node s = NodeFactory.createURI(EX + "s");
        Node p = NodeFactory.createURI(EX + "p");
        Node longSubject = NodeFactory.createURI(EX + "z".repeat(40_000)); // too long to keep its bytes
        triples.add(Triple.create(s, NodeFactory.createURI(EX + "abstract"), NodeFactory.createLiteralString(huge.toString())));
        triples.add(Triple.create(s, NodeFactory.createURI(EX + "plain"), NodeFactory.createLiteralString("x".repeat(30_000))));
        triples.add(Triple.create(s, NodeFactory.createURI(EX + "iri"), NodeFactory.createURI(EX + "y".repeat(25_000))));
        for (int i = 0; i < 20_000; i++) {
            Node subject = i % 1000 < 3 ? longSubject : s;
            triples.add(Triple.create(subject, p, NodeFactory.createLiteralString(text(rnd, 300))));
        }
        byte[] out = ours(triples);
        assertTrue(out.length > 3 << 16, "the output spans many buffers: " + out.length);
        assertSameBytes(triples);
    }

    @Test
    void quadsOfTheDefaultGraphAreItsTriplesAndNamedGraphsAreRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NTriplesBytesWriter writer = new NTriplesBytesWriter(bytes);
        Node s = NodeFactory.createURI(EX + "s"), p = NodeFactory.createURI(EX + "p"), o = NodeFactory.createURI(EX + "o");
        writer.quad(Quad.create(Quad.defaultGraphIRI, s, p, o));
        writer.finish();
        assertEquals("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n", bytes.toString(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> writer.quad(Quad.create(NodeFactory.createURI(EX + "g"), s, p, o)));
    }
}
