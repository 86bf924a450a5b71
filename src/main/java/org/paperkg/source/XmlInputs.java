package org.paperkg.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place XML input is opened: every XML reader of paperkg goes through here.
 *
 * <p>The StAX factory is hardened: no DTD processing (a DOCTYPE is reported as an event and
 * otherwise ignored, so the DTDs that PubMed and BioC files name are never fetched and files read
 * the same offline), no external entities, no entity expansion beyond the five XML built-ins and
 * character references, a resolver that refuses everything it is asked for, and the JDK's own
 * implementation (never one a dependency drops on the class path). Text is not coalesced: it may
 * come in pieces, which the record reader joins (so a huge text node is never built whole).
 *
 * <p>Input is plain or gzipped, told from its first bytes, not its name. It is decoded strictly
 * here, in the encoding its first bytes or its declaration give (UTF-8 by default, with or without a
 * BOM), so that an invalid byte is reported at its line; the parser only ever sees characters.
 */
public final class XmlInputs {

    private static final int PROLOG_WINDOW = 1 << 16;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The resolver of the hardened factory: it refuses every external entity and DTD. */
    static final XMLResolver REFUSE = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("external entity refused: " + (systemId != null ? systemId : publicId));
    };

    private XmlInputs() {}

    /** A new hardened factory (see the class comment). */
    public static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        // not coalescing: one huge text node then comes in pieces, and a record over the limit is
        // dropped piece by piece instead of the parser first building the whole text in memory
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver(REFUSE);
        f.setXMLReporter((message, type, info, location) -> { });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        trySet(f, "http://java.sun.com/xml/stream/properties/ignore-external-dtd", Boolean.TRUE);
        return f;
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException notSupported) {
            // the JDK's factory supports these; another implementation may not, and the settings above suffice
        }
    }

    /** Opens a file, plain or gzipped. */
    public static XmlInput open(Path file) throws IOException {
        InputStream in = FileDigests.open(file);
        try {
            return open(in, file.toString());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Opens a stream, plain or gzipped; it is closed with the returned input. */
    public static XmlInput open(InputStream raw, String systemId) throws IOException {
        InputStream body = MaybeGzipped.wrap(raw);
        body.mark(PROLOG_WINDOW);
        // a gzip stream damaged or cut within the window: the parser meets the damage again after the
        // records before it, and it is reported like damage further on
        byte[] head = MaybeGzipped.head(body, PROLOG_WINDOW);
        body.reset();
        long entityLine = entityDeclarationLine(head);
        XMLInputFactory factory = factory();
        Charset charset;
        int bom;
        try {
            charset = charsetOf(head);
            bom = bomLength(head, charset);
        } catch (IllegalArgumentException e) {
            return XmlInput.failed(new XMLStreamException("the XML declaration names an encoding Java does not know: " + e.getMessage()), body);
        }
        body.skipNBytes(bom);
        // the parser is only ever given characters: its own decoder prints "[Fatal Error]" to stderr
        StrictUtf8Reader chars = new StrictUtf8Reader(body, charset);
        try {
            return new XmlInput(factory.createXMLStreamReader(systemId, chars), chars, chars, entityLine);
        } catch (XMLStreamException e) {
            // the JDK's reader parses the XML declaration when it is created
            return XmlInput.failed(e, chars, chars);
        }
    }

    /**
     * The encoding of an XML file from its first bytes, as XML 1.0 appendix F tells it: a byte order
     * mark, the shape of "&lt;?" in UTF-16/32, else the encoding the declaration names, else UTF-8.
     *
     * @throws IllegalArgumentException for a declared encoding Java does not support
     */
    static Charset charsetOf(byte[] head) {
        int b0 = head.length > 0 ? head[0] & 0xff : -1, b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1, b3 = head.length > 3 ? head[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<') return charset("UTF-32BE");
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) return charset("UTF-32LE");
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<') return StandardCharsets.UTF_16BE;
        if (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0) return StandardCharsets.UTF_16LE;
        if (isUtf8(head)) return StandardCharsets.UTF_8;
        return charset(declaredEncoding(head));
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new IllegalArgumentException("'" + name + "'", e);
        }
    }

    /** Bytes of the byte order mark at the start, for that charset (0 when there is none). */
    private static int bomLength(byte[] h, Charset cs) {
        String n = cs.name();
        if (n.equals("UTF-8") && h.length >= 3 && (h[0] & 0xff) == 0xEF && (h[1] & 0xff) == 0xBB && (h[2] & 0xff) == 0xBF) return 3;
        if (n.startsWith("UTF-32") && h.length >= 4 && ((h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE || (h[2] & 0xff) == 0xFE && (h[3] & 0xff) == 0xFF)) return 4;
        if (n.startsWith("UTF-16") && h.length >= 2 && ((h[0] & 0xff) == 0xFE && (h[1] & 0xff) == 0xFF || (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE)) return 2;
        return 0;
    }

    /** The encoding named in an ASCII-compatible XML declaration, or "UTF-8". */
    private static String declaredEncoding(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int start = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        if (!text.startsWith("<?xml", start)) return "UTF-8";
        int end = text.indexOf("?>", start);
        Matcher m = ENCODING.matcher(end < 0 ? text : text.substring(start, end));
        return m.find() ? m.group(1) : "UTF-8";
    }

    /**
     * The line of a DOCTYPE whose internal subset declares entities (general or parameter), found
     * in the prolog by a plain scan of the first bytes; -1 when there is none. (The JDK's reader
     * with DTD support off does not reliably give the DOCTYPE's text.) A DOCTYPE still open at the
     * end of the window counts as declaring entities.
     */
    static long entityDeclarationLine(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0) return -1;
            if (text.startsWith("<?", lt)) {
                int end = text.indexOf("?>", lt);
                if (end < 0) return -1;
                i = end + 2;
            } else if (text.startsWith("<!--", lt)) {
                int end = text.indexOf("-->", lt);
                if (end < 0) return -1;
                i = end + 3;
            } else if (text.startsWith("<!DOCTYPE", lt)) {
                long line = 1 + text.substring(0, lt).chars().filter(c -> c == '\n').count();
                int bracket = text.indexOf('[', lt), close = text.indexOf('>', lt);
                if (close < 0) return line;
                if (bracket < 0 || bracket > close) return -1;
                int subsetEnd = text.indexOf(']', bracket);
                if (subsetEnd < 0) return line;
                String subset = text.substring(bracket, subsetEnd);
                return subset.contains("<!ENTITY") ? line : -1;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** UTF-8 unless a UTF-16/32 byte order or an XML declaration says another encoding. */
    static boolean isUtf8(byte[] head) {
        if (head.length >= 2) {
            int a = head[0] & 0xff, b = head[1] & 0xff;
            if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || a == 0 || b == 0) return false;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int start = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        if (!text.startsWith("<?xml", start)) return true;
        int end = text.indexOf("?>", start);
        Matcher m = ENCODING.matcher(end < 0 ? text : text.substring(start, end));
        if (!m.find()) return true;
        String enc = m.group(1).toUpperCase(Locale.ROOT);
        return enc.equals("UTF-8") || enc.equals("UTF8");
    }

    /** The line of the reader's current event (1-based; 0 when unknown). */
    public static long line(XMLStreamReader reader) {
        var loc = reader.getLocation();
        return loc == null ? 0 : Math.max(0, loc.getLineNumber());
    }
}
