package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * The warnings of one record, held back until the record is either passed on (they are all
 * reported) or skipped (they are dropped and the record costs exactly one SKIP problem).
 */
public final class RecordProblems {

    /** Warnings held for one record at most; a broken record with more gets one MORE_PROBLEMS line for the rest. */
    static final int MAX_HELD = 1000;

    private final String file;
    private final List<Problem> pending = new ArrayList<>();
    private long notHeld;
    private long firstNotHeldLine;

    RecordProblems(String file) {
        this.file = file;
    }

    public void warn(long line, ProblemCode code, String message) {
        if (pending.size() < MAX_HELD) {
            pending.add(new Problem(file, line, Problem.Severity.WARN, code, message));
        } else if (notHeld++ == 0) {
            firstNotHeldLine = line;
        }
    }

    List<Problem> warnings() {
        if (notHeld == 0) return pending;
        List<Problem> all = new ArrayList<>(pending);
        all.add(new Problem(file, firstNotHeldLine, Problem.Severity.WARN, ProblemCode.MORE_PROBLEMS,
                notHeld + " more problems in this record from here on, not listed (at most " + MAX_HELD + " are)"));
        return all;
    }

    /** The record was passed on: report its warnings. */
    void flushTo(ProblemSink sink) {
        warnings().forEach(sink::report);
        pending.clear();
        notHeld = 0;
    }

    /** The record is dropped: one SKIP problem instead of its warnings. */
    void skip(ProblemSink sink, long line, ProblemCode code, String message) {
        pending.clear();
        notHeld = 0;
        sink.report(new Problem(file, line, Problem.Severity.SKIP, code, message));
    }
}
