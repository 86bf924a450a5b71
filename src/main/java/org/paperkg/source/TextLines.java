package org.paperkg.source;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Reads a text file line by line as UTF-8, plain or gzipped (detected from the bytes, not the name).
 * Line ends may be LF or CRLF; a leading BOM is dropped. Invalid UTF-8, NUL bytes and other control
 * characters XML cannot hold ({@link TextChars}) are reported with their line; the line is kept with
 * U+FFFD in their place, so nothing is lost silently. A line over the byte limit is read to its end
 * but only its start is kept ({@link #lastLineTooLong}), so memory stays bounded.
 */
public final class TextLines implements Closeable {

    private final InputStream in;
    private final String file;
    private final ProblemSink problems;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read from the stream and not yet returned as lines: buf[pos, limit). */
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNo;
    private boolean eof;
    private boolean endedWithNewline = true;
    private final long maxLineBytes;
    private long lastLineBytes;

    /** What is kept of a line over the limit: enough for a reader to tell what kind of line it is. */
    static final int TOO_LONG_KEPT = 1000;

    private TextLines(InputStream in, String file, ProblemSink problems, long maxLineBytes) {
        this.in = in;
        this.file = file;
        this.problems = problems;
        this.maxLineBytes = maxLineBytes;
    }

    public static TextLines open(Path path, String displayName, ProblemSink problems) throws IOException {
        return of(FileDigests.open(path), displayName, problems, Long.MAX_VALUE);
    }

    /** Lines of at most {@code maxLineBytes} bytes are read whole; of a longer one only its start is kept. */
    public static TextLines open(Path path, String displayName, ProblemSink problems, long maxLineBytes) throws IOException {
        return of(FileDigests.open(path), displayName, problems, maxLineBytes);
    }

    public static TextLines of(InputStream raw, String displayName, ProblemSink problems) throws IOException {
        return of(raw, displayName, problems, Long.MAX_VALUE);
    }

    private static TextLines of(InputStream raw, String displayName, ProblemSink problems, long maxLineBytes) throws IOException {
        // gzip read directly (not through another buffer), so that a damaged stream fails only once
        // the good bytes before the damage have been returned, as with reading byte by byte
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read(), b2 = in.read();
        in.reset();
        return new TextLines(b1 == 0x1f && b2 == 0x8b ? MaybeGzipped.gunzip(in) : in, displayName, problems, maxLineBytes);
    }

    /**
     * True when the line last returned was longer than the limit: it was read to its end but only its
     * first {@value #TOO_LONG_KEPT} bytes are returned (the reader must skip the record it belongs to).
     */
    public boolean lastLineTooLong() {
        return lastLineBytes > maxLineBytes;
    }

    /** The length in bytes of the line last returned, line end excluded. */
    public long lastLineBytes() {
        return lastLineBytes;
    }

    /** The 1-based number of the line last returned. */
    public long lineNumber() {
        return lineNo;
    }

    /** True when the last line of the file had a line end (false hints at a truncated file). */
    public boolean endedWithNewline() {
        return endedWithNewline;
    }

    /** The next line without its line end, or null at the end of the file. */
    public String next() throws IOException {
        if (eof) return null;
        int scanFrom = pos;
        int nl;
        while (true) {
            nl = indexOf(buf, scanFrom, limit);
            if (nl >= 0) break;
            if (limit - pos > maxLineBytes) return skipLongLine();
            int scanned = limit - pos;
            if (!fill()) break;
            scanFrom = pos + scanned;
        }
        int start = pos;
        int end;
        if (nl < 0) {
            eof = true;
            if (limit == pos) return null;
            endedWithNewline = false;
            end = limit;
            pos = limit;
        } else {
            end = nl;
            pos = nl + 1;
        }
        lineNo++;
        int len = end - start;
        lastLineBytes = len;
        if (len > 0 && buf[end - 1] == '\r') len--;
        if (lineNo == 1 && len >= 3 && (buf[start] & 0xff) == 0xEF && (buf[start + 1] & 0xff) == 0xBB && (buf[start + 2] & 0xff) == 0xBF) {
            start += 3;
            len -= 3;
        }
        return decode(buf, start, len);
    }

    /** The current line is over the limit: keep its start, drop the rest up to its end. */
    private String skipLongLine() throws IOException {
        byte[] start = java.util.Arrays.copyOfRange(buf, pos, pos + (int) Math.min(TOO_LONG_KEPT, limit - pos));
        long n = 0;
        while (true) {
            int nl = indexOf(buf, pos, limit);
            if (nl >= 0) {
                n += nl - pos;
                pos = nl + 1;
                break;
            }
            n += limit - pos;
            pos = limit;
            if (!fill()) {
                eof = true;
                endedWithNewline = false;
                break;
            }
        }
        lineNo++;
        lastLineBytes = n;
        // the start of the line, decoded leniently (the cut may split a character)
        return TextChars.clean(new String(start, StandardCharsets.UTF_8).replace('\0', '\uFFFD'));
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] == '\n') return i;
        return -1;
    }

    /** Reads more bytes after buf[pos, limit), moving or growing the buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) return false;
        limit += n;
        return true;
    }

    private String decode(byte[] bytes, int off, int len) {
        boolean ascii = true;
        boolean nul = false;
        for (int i = off, end = off + len; i < end; i++) {
            byte b = bytes[i];
            if (b < 0) {
                ascii = false;
                break;
            }
            if (b == 0) nul = true;
        }
        String text;
        if (ascii && !nul) return controlsReplaced(new String(bytes, off, len, StandardCharsets.ISO_8859_1));
        try {
            CharBuffer chars = strict.reset().decode(ByteBuffer.wrap(bytes, off, len));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            problems.report(new Problem(file, lineNo, Problem.Severity.WARN, ProblemCode.INVALID_UTF8,
                    "invalid UTF-8 bytes, replaced by U+FFFD"));
            text = new String(bytes, off, len, StandardCharsets.UTF_8);
        }
        if (text.indexOf('\0') >= 0) {
            problems.report(new Problem(file, lineNo, Problem.Severity.WARN, ProblemCode.NUL_BYTE, "NUL byte(s) replaced by U+FFFD"));
            text = text.replace('\0', '\uFFFD');
        }
        return controlsReplaced(text);
    }

    private String controlsReplaced(String text) {
        if (TextChars.isClean(text)) return text;
        problems.report(new Problem(file, lineNo, Problem.Severity.WARN, ProblemCode.CONTROL_CHAR, "control character(s) (first "
                + TextChars.describeFirst(text) + ") replaced by U+FFFD: RDF/XML and XML results cannot hold them"));
        return TextChars.clean(text);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
