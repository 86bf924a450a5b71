package org.paperkg.source;

import java.io.Closeable;
import java.io.IOException;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An opened XML input: the hardened stream reader, and what was seen of the bytes under it
 * ({@link InputStats}) so that a parse error can be told apart by cause. Made by {@link XmlInputs}.
 */
public final class XmlInput implements Closeable {

    private final XMLStreamReader reader;
    private final InputStats stats;
    private final Closeable underlying;
    private final XMLStreamException openError;
    private final long entityDeclarationLine;

    XmlInput(XMLStreamReader reader, InputStats stats, Closeable underlying, long entityDeclarationLine) {
        this.reader = reader;
        this.stats = stats;
        this.underlying = underlying;
        this.openError = null;
        this.entityDeclarationLine = entityDeclarationLine;
    }

    private XmlInput(XMLStreamException openError, InputStats stats, Closeable underlying) {
        this.reader = null;
        this.stats = stats;
        this.underlying = underlying;
        this.openError = openError;
        this.entityDeclarationLine = -1;
    }

    static XmlInput failed(XMLStreamException e, Closeable underlying) {
        return new XmlInput(e, null, underlying);
    }

    /** Failed while the parser read the prolog from {@code stats}, which tell why (an invalid byte, an I/O error). */
    static XmlInput failed(XMLStreamException e, InputStats stats, Closeable underlying) {
        return new XmlInput(e, stats, underlying);
    }

    /** The reader; throws the error met while opening (a bad XML declaration) if there was one. */
    public XMLStreamReader reader() throws XMLStreamException {
        if (openError != null) throw openError;
        return reader;
    }

    /** The line of a DOCTYPE that declares entities, or -1: such input is refused. */
    public long entityDeclarationLine() {
        return entityDeclarationLine;
    }

    InputStats stats() {
        return stats != null ? stats : NONE;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) reader.close();
        } catch (XMLStreamException e) {
            // closing the reader releases nothing we hold; the stream is closed below
        } finally {
            underlying.close();
        }
    }

    private static final InputStats NONE = new InputStats() {
        public long newlines() { return 0; }
        public boolean atEnd() { return false; }
        public boolean sawContent() { return true; }
        public long badUtf8Line() { return -1; }
        public IOException ioError() { return null; }
    };
}
