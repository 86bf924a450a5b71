package org.paperkg.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Reads any of the supported formats: each file's format is detected from its content (or forced),
 * then the file is handed to that format's reader.
 */
public final class FormatDispatcher implements RecordSource {

    private final Map<InputFormat, RecordSource> readers;
    private final InputFormat forced;

    public FormatDispatcher(Map<InputFormat, RecordSource> readers, InputFormat forced) {
        this.readers = new EnumMap<>(readers);
        this.forced = forced;
    }

    @Override
    public void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        InputFormat format = forced != null ? forced : InputFormat.detect(file);
        if (format == null) {
            problems.report(new Problem(displayName, 1, Problem.Severity.WARN, ProblemCode.UNKNOWN_FORMAT,
                    "not a paper card, PubTator, BioC XML/JSON, PubMed XML or JATS XML file (use --input-format to force one)"));
            return;
        }
        RecordSource reader = readers.get(format);
        if (reader == null) {
            problems.report(new Problem(displayName, 1, Problem.Severity.WARN, ProblemCode.UNSUPPORTED_FORMAT,
                    format + " input is not supported in this build"));
            return;
        }
        reader.read(file, displayName, records, problems);
    }
}
