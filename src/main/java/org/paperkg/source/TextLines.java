package org.paperkg.source;

import java.io.ByteArrayOutputStream;
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
import org.paperkg.problem.ProblemSink;

/**
 * Reads a text file line by line as UTF-8, plain or gzipped (detected from the bytes, not the name).
 * Line ends may be LF or CRLF; a leading BOM is dropped. Invalid UTF-8, NUL bytes and other control
 * characters XML cannot hold ({@link TextChars}) are reported with their line; the line is kept with
 * U+FFFD in their place, so nothing is lost silently.
 */
public final class TextLines implements Closeable {

    private final InputStream in;
    private final String file;
    private final ProblemSink problems;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    private final long maxLineBytes;
    private long lineNo;
    private boolean eof;
    private boolean endedWithNewline = true;
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
        return of(Files.newInputStream(path), displayName, problems);
    }

    /** Lines of at most {@code maxLineBytes} bytes are read whole; of a longer one only its start is kept ({@link #lastLineTooLong}). */
    public static TextLines open(Path path, String displayName, ProblemSink problems, long maxLineBytes) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            return new TextLines(MaybeGzipped.wrap(raw), displayName, problems, maxLineBytes);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    public static TextLines of(InputStream raw, String displayName, ProblemSink problems) throws IOException {
        return new TextLines(MaybeGzipped.wrap(raw), displayName, problems, Long.MAX_VALUE);
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
        buf.reset();
        int b;
        long n = 0;
        while ((b = in.read()) != -1 && b != '\n') {
            if (n++ < maxLineBytes) buf.write(b);
        }
        lastLineBytes = n;
        if (b == -1) {
            eof = true;
            if (n == 0) return null;
            endedWithNewline = false;
        }
        lineNo++;
        if (n > maxLineBytes) {
            // the start of the line, decoded leniently (the cut may split a character)
            byte[] start = java.util.Arrays.copyOf(buf.toByteArray(), (int) Math.min(TOO_LONG_KEPT, buf.size()));
            buf.reset();
            return TextChars.clean(new String(start, StandardCharsets.UTF_8).replace('\0', '\uFFFD'));
        }
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') len--;
        int start = 0;
        if (lineNo == 1 && len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF)
            start = 3;
        return decode(bytes, start, len - start);
    }

    private String decode(byte[] bytes, int off, int len) {
        String text;
        try {
            CharBuffer chars = strict.reset().decode(ByteBuffer.wrap(bytes, off, len));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            problems.report(new Problem(file, lineNo, Problem.Severity.WARN, "INVALID_UTF8",
                    "invalid UTF-8 bytes, replaced by U+FFFD"));
            text = new String(bytes, off, len, StandardCharsets.UTF_8);
        }
        if (text.indexOf('\0') >= 0) {
            problems.report(new Problem(file, lineNo, Problem.Severity.WARN, "NUL_BYTE", "NUL byte(s) replaced by U+FFFD"));
            text = text.replace('\0', '\uFFFD');
        }
        if (!TextChars.isClean(text)) {
            problems.report(new Problem(file, lineNo, Problem.Severity.WARN, "CONTROL_CHAR", "control character(s) (first "
                    + TextChars.describeFirst(text) + ") replaced by U+FFFD: RDF/XML and XML results cannot hold them"));
            text = TextChars.clean(text);
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
