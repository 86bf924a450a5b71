package org.paperkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes N-Triples byte for byte as Jena's N-Triples writer does, with less work per character.
 * <p>
 * Jena's writer escapes each character through a chain of writers and a character encoder; that
 * was about 30% of an export's mapping thread. Here an IRI or a literal made only of characters
 * that Jena's writer copies unchanged (printable ASCII other than the quote and backslash of a
 * literal or the characters an IRI may not hold, and BMP characters from U+00A0 up, not surrogates
 * and not U+FFFD to U+FFFF) is encoded to UTF-8 straight into a byte buffer. Anything else (an
 * escaped or replaced character, a blank node, a triple term, a literal with a text direction) is
 * formatted by Jena's own {@link NodeFormatterNT}, so the rules for those stay Jena's.
 * NTriplesBytesWriterTest compares the two writers' bytes on random text.
 */
final class NTriplesBytesWriter implements StreamRDF {

    private static final int SIZE = 1 << 16;
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int n;
    private static final int MAX_PREDICATES = 1024;

    private final NodeFormatter jena = new NodeFormatterNT(CharSpace.UTF8);
    private int begun = -1;
    private Node lastSubject;
    private byte[] lastSubjectBytes;
    /** By identity: the mapper's predicates are constants. */
    private final Map<Node, byte[]> predicates = new IdentityHashMap<>();

    NTriplesBytesWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start() {}

    @Override
    public void triple(Triple t) {
        Node s = t.getSubject(), p = t.getPredicate();
        // a paper's triples come subject by subject, with a few dozen predicates: their bytes are reused
        if (s == lastSubject) {
            put(lastSubjectBytes);
        } else {
            byte[] b = nodeBytes(s);
            lastSubject = b == null ? null : s;
            lastSubjectBytes = b;
        }
        put(' ');
        byte[] known = predicates.get(p);
        if (known != null) {
            put(known);
        } else {
            byte[] b = nodeBytes(p);
            if (b != null) {
                if (predicates.size() >= MAX_PREDICATES) predicates.clear();
                predicates.put(p, b);
            }
        }
        put(' ');
        node(t.getObject());
        put(' ');
        put('.');
        put('\n');
    }

    /** A triple format: quads of the default graph are its triples, as in Jena's writer. */
    @Override
    public void quad(Quad quad) {
        if (quad.getGraph() != null && !quad.isTriple() && !quad.isDefaultGraph())
            throw new IllegalArgumentException("N-Triples holds no named graphs: " + quad);
        triple(quad.asTriple());
    }

    @Override
    public void base(String base) {}

    @Override
    public void prefix(String prefix, String iri) {}

    @Override
    public void version(String version) {}

    @Override
    public void finish() {
        flush();
    }

    /** Writes the node; returns a copy of its bytes, or null when it was too long for the buffer. */
    private byte[] nodeBytes(Node x) {
        node(x);
        return begun < 0 ? null : Arrays.copyOfRange(buf, begun, n);
    }

    /** Writes the node, leaving in {@link #begun} where its bytes start in the buffer (-1: not there). */
    private void node(Node x) {
        if (x.isURI()) {
            String iri = x.getURI();
            if (fits(iri.length() + 2)) {
                begun = n;
                if (iri(iri)) return;
                n = begun;
            }
        } else if (x.isLiteral() && x.getLiteralBaseDirection() == null) {
            String lex = x.getLiteralLexicalForm();
            String lang = x.getLiteralLanguage();
            String dt = x.getLiteralDatatypeURI();
            if (fits(lex.length() + (lang == null ? 0 : lang.length()) + (dt == null ? 0 : dt.length()) + 8)) {
                begun = n;
                if (literal(lex, lang, dt)) return;
                n = begun;
            }
        }
        viaJena(x);
    }

    /**
     * Makes room for {@code chars} characters of up to 3 bytes each, flushing the buffer if need be,
     * so that a node once begun is never flushed half written; false when no buffer holds them.
     */
    private boolean fits(int chars) {
        long need = 3L * chars;
        if (need > SIZE) return false;
        if (n + need > SIZE) flush();
        return true;
    }

    private boolean literal(String lex, String lang, String dt) {
        buf[n++] = '"';
        if (!text(lex, false)) return false;
        buf[n++] = '"';
        if (lang != null && !lang.isEmpty()) {
            buf[n++] = '@';
            return languageTag(lang);
        }
        if (dt == null || dt.equals(XSD_STRING)) return true;
        buf[n++] = '^';
        buf[n++] = '^';
        return iri(dt);
    }

    private boolean iri(String iri) {
        buf[n++] = '<';
        if (!text(iri, true)) return false;
        buf[n++] = '>';
        return true;
    }

    /**
     * Encodes {@code s} into the buffer when every character is one Jena's writer copies unchanged;
     * false (the buffer partly written) at the first that it does not.
     */
    private boolean text(String s, boolean iri) {
        byte[] b = buf;
        int i = n;
        for (int k = 0, len = s.length(); k < len; k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7F || c == '"' || c == '\\') return false;
                if (iri && (c == ' ' || c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'))
                    return false;
                b[i++] = (byte) c;
            } else if (c < 0xA0 || (c >= 0xD800 && c < 0xE000) || c >= 0xFFFD) {
                return false;
            } else if (c < 0x800) {
                b[i++] = (byte) (0xC0 | (c >> 6));
                b[i++] = (byte) (0x80 | (c & 0x3F));
            } else {
                b[i++] = (byte) (0xE0 | (c >> 12));
                b[i++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[i++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        n = i;
        return true;
    }

    private boolean languageTag(String lang) {
        for (int k = 0; k < lang.length(); k++) {
            char c = lang.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
            buf[n++] = (byte) c;
        }
        return true;
    }

    private void viaJena(Node x) {
        StringWriterI text = new StringWriterI();
        jena.format(text, x);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        put(bytes);
    }

    private void put(byte[] bytes) {
        if (n + bytes.length > SIZE) flush();
        if (bytes.length > SIZE) {
            begun = -1;
            write(bytes, bytes.length);
            return;
        }
        begun = n;
        System.arraycopy(bytes, 0, buf, n, bytes.length);
        n += bytes.length;
    }

    private void put(char ascii) {
        if (n == SIZE) flush();
        buf[n++] = (byte) ascii;
    }

    private void flush() {
        write(buf, n);
        n = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
