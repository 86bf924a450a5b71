package org.paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.paperkg.problem.ProblemSink;

/** An XML format read one record element at a time through the hardened factory ({@link XmlInputs}). */
abstract class XmlRecordReader implements RecordSource {

    private final XmlRecordStream.Format format;
    private final InputLimits limits;

    XmlRecordReader(XmlRecordStream.Format format, InputLimits limits) {
        this.format = format;
        this.limits = limits;
    }

    /** Maps the record elements of one file. */
    abstract XmlRecordStream.Mapper mapper(String displayName);

    @Override
    public void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        try (XmlInput in = XmlInputs.open(file)) {
            XmlRecordStream.read(in, displayName, format, limits, mapper(displayName), records, problems);
        }
    }

    /** Reads a stream (plain or gzipped); it is closed at the end. */
    public void read(InputStream stream, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        try (XmlInput in = XmlInputs.open(stream, displayName)) {
            XmlRecordStream.read(in, displayName, format, limits, mapper(displayName), records, problems);
        }
    }
}
