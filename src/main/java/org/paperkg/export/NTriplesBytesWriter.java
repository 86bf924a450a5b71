package org.paperkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.atlas.io.AWriter;
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
    private static final int MAX_PREDICATES = 1024;
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int n;
    private final NodeFormatter jena = new NodeFormatterNT(CharSpace.UTF8);
    private final Utf8Encoding encoder = new Utf8Encoding();
    private int begun = -1;
    private long flushes;
    private long formattedByJena;
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

    /** Nodes written by Jena's formatter rather than the fast path (for tests). */
    long formattedByJena() {
        return formattedByJena;
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
            } else {
                i = utf8(c, b, i);
            }
        }
        n = i;
        return true;
    }

    /** Writes {@code c} (from U+0080 up, not a surrogate) as UTF-8 at {@code b[i]}; returns the index after it. */
    private static int utf8(char c, byte[] b, int i) {
        if (c < 0x800) {
            b[i++] = (byte) (0xC0 | (c >> 6));
        } else {
            b[i++] = (byte) (0xE0 | (c >> 12));
            b[i++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        }
        b[i++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }

    private boolean languageTag(String lang) {
        for (int k = 0; k < lang.length(); k++) {
            char c = lang.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
            buf[n++] = (byte) c;
        }
        return true;
    }

    /** Jena's formatter writes the node into the buffer, its characters encoded as they come (no copy of a large literal). */
    private void viaJena(Node x) {
        formattedByJena++;
        long before = flushes;
        int start = n;
        jena.format(encoder, x);
        encoder.endOfNode();
        begun = flushes == before ? start : -1;
    }

    /** Bytes kept from an earlier node (at most a buffer's worth: longer ones are not kept). */
    private void put(byte[] bytes) {
        if (n + bytes.length > SIZE) flush();
        System.arraycopy(bytes, 0, buf, n, bytes.length);
        n += bytes.length;
    }

    private void put(char ascii) {
        put((byte) ascii);
    }

    private void put(byte b) {
        if (n == SIZE) flush();
        buf[n++] = b;
    }

    private void flush() {
        write(buf, n);
        n = 0;
        flushes++;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What Jena's formatter writes to: UTF-8 into the buffer, as Jena's writer chain encodes (its
     * character encoder writes '?' for a surrogate that is not half of a pair).
     */
    private final class Utf8Encoding implements AWriter {
        private char high;

        private void encode(char c) {
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    put((byte) (0xF0 | (cp >> 18)));
                    put((byte) (0x80 | ((cp >> 12) & 0x3F)));
                    put((byte) (0x80 | ((cp >> 6) & 0x3F)));
                    put((byte) (0x80 | (cp & 0x3F)));
                    return;
                }
                put((byte) '?');
            }
            if (c < 0x80) {
                put((byte) c);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                put((byte) '?');
            } else {
                // this class's own flush() is AWriter's, a no-op: the buffer's is the writer's
                if (n + 3 > SIZE) NTriplesBytesWriter.this.flush();
                n = utf8(c, buf, n);
            }
        }

        /**
         * A node is followed by a space or " .", so a high surrogate left at its end has no pair (a
         * guard: Jena's nodes end with '>', '"', a language tag or a blank node label, all ASCII).
         */
        void endOfNode() {
            if (high != 0) {
                high = 0;
                put((byte) '?');
            }
        }

        @Override
        public void write(char c) {
            encode(c);
        }

        @Override
        public void write(char[] cs) {
            print(cs);
        }

        @Override
        public void write(String s) {
            print(s);
        }

        @Override
        public void print(char c) {
            encode(c);
        }

        @Override
        public void print(char[] cs) {
            for (char c : cs) encode(c);
        }

        @Override
        public void print(String s) {
            for (int i = 0; i < s.length(); i++) encode(s.charAt(i));
        }

        @Override
        public void printf(String format, Object... args) {
            print(String.format(format, args));
        }

        @Override
        public void println(String s) {
            print(s);
            println();
        }

        @Override
        public void println() {
            encode('\n');
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
