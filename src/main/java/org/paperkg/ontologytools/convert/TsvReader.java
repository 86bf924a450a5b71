package org.paperkg.ontologytools.convert;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.paperkg.problem.ProblemSink;
import org.paperkg.source.TextLines;

/**
 * Reads a TSV file row by row, plain or gzipped (detected from the bytes), UTF-8 with or without a
 * BOM, LF or CRLF. Blank lines are skipped; nothing is held in memory but the current row.
 */
public final class TsvReader implements Closeable {

    private final TextLines lines;
    private final String file;

    private TsvReader(TextLines lines, String file) {
        this.lines = lines;
        this.file = file;
    }

    public static TsvReader open(Path path, ProblemSink problems) throws IOException {
        String name = path.toString();
        return new TsvReader(TextLines.open(path, name, problems), name);
    }

    public static TsvReader of(InputStream in, String displayName, ProblemSink problems) throws IOException {
        return new TsvReader(TextLines.of(in, displayName, problems), displayName);
    }

    public String file() {
        return file;
    }

    /** The next non-blank row, or null at the end of the file. */
    public TsvRow next() throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) continue;
            return new TsvRow(file, lines.lineNumber(), Arrays.asList(line.split("\t", -1)));
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
