package org.paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 (or another charset) strictly for the XML parser: the characters before an invalid
 * byte are delivered first, then reading fails, so the line of the bad byte is known exactly
 * ({@link #badUtf8Line()}). (The JDK's own decoders either replace bad bytes silently or fail a
 * whole buffer early; the parser's built-in decoder prints "[Fatal Error]" to stderr, which is why
 * the parser is only ever given characters.)
 */
final class StrictUtf8Reader extends Reader implements InputStats {

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean inputEnded;
    private boolean finished;
    private boolean malformed;
    private long newlines;
    private boolean sawContent;
    private long badLine = -1;
    private IOException ioError;

    StrictUtf8Reader(InputStream in) {
        this(in, StandardCharsets.UTF_8);
    }

    StrictUtf8Reader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (!chars.hasRemaining()) {
            if (malformed) {
                if (badLine < 0) badLine = newlines + 1;
                throw new CharacterCodingException() {
                    @Override
                    public String getMessage() {
                        return "invalid " + charset.name() + " byte sequence at line " + badLine;
                    }
                };
            }
            if (finished) return -1;
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        for (int i = off; i < off + n; i++) {
            char c = cbuf[i];
            if (c == '\n') newlines++;
            else if (!sawContent && !Character.isWhitespace(c) && c != '\uFEFF') sawContent = true;
        }
        return n;
    }

    private void fill() throws IOException {
        if (!inputEnded) {
            bytes.compact();
            int n;
            try {
                n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            } catch (IOException e) {
                ioError = e;
                throw e;
            }
            if (n < 0) inputEnded = true;
            else bytes.position(bytes.position() + n);
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, inputEnded);
        if (result.isError()) {
            malformed = true;
        } else if (inputEnded && !bytes.hasRemaining()) {
            decoder.flush(chars);
            finished = true;
        }
        chars.flip();
    }

    @Override
    public long newlines() {
        return newlines;
    }

    @Override
    public boolean atEnd() {
        return finished;
    }

    @Override
    public boolean sawContent() {
        return sawContent;
    }

    @Override
    public long badUtf8Line() {
        return badLine;
    }

    /** The charset decoded. */
    Charset charset() {
        return charset;
    }

    @Override
    public IOException ioError() {
        return ioError;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
