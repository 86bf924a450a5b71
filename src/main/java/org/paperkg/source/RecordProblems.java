package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;

/**
 * The warnings of one record, held back until the record is either passed on (they are all
 * reported) or skipped (they are dropped and the record costs exactly one SKIP problem).
 */
public final class RecordProblems {

    private final String file;
    private final List<Problem> pending = new ArrayList<>();

    RecordProblems(String file) {
        this.file = file;
    }

    public void warn(long line, String code, String message) {
        pending.add(new Problem(file, line, Problem.Severity.WARN, code, message));
    }

    List<Problem> warnings() {
        return pending;
    }

    /** The record was passed on: report its warnings. */
    void flushTo(ProblemSink sink) {
        pending.forEach(sink::report);
        pending.clear();
    }

    /** The record is dropped: one SKIP problem instead of its warnings. */
    void skip(ProblemSink sink, long line, String code, String message) {
        pending.clear();
        sink.report(new Problem(file, line, Problem.Severity.SKIP, code, message));
    }
}
