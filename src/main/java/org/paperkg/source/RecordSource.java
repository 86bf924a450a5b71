package org.paperkg.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.paperkg.problem.ProblemSink;

/** A reader of one input format: pushes the records of a file, reports its problems. */
public interface RecordSource {

    /**
     * Reads one file. Each record is either passed to {@code records} or, when it cannot be read,
     * reported as exactly one problem of severity SKIP.
     */
    void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException;
}
