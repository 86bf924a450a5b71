package org.paperkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;
import org.paperkg.problem.StrictModeException;

/**
 * The problems of one server ingest, for its answer: the first {@code cap} in the order found, with
 * the file named as the client named it, and how many there were. Under {@code strict} the first
 * one stops the run, as {@code --strict} does on the command line.
 */
final class IngestProblems implements ProblemSink {

    private final UnaryOperator<String> fileNames;
    private final boolean strict;
    private final int cap;
    private final List<Problem> listed = new ArrayList<>();
    private long total;

    IngestProblems(UnaryOperator<String> fileNames, boolean strict, int cap) {
        this.fileNames = fileNames;
        this.strict = strict;
        this.cap = cap;
    }

    @Override
    public synchronized void report(Problem p) {
        Problem named = new Problem(fileNames.apply(p.file()), p.line(), p.severity(), p.problemCode(), p.message());
        total++;
        if (listed.size() < cap) listed.add(named);
        if (strict) throw new StrictModeException(named);
    }

    synchronized List<Problem> listed() {
        return List.copyOf(listed);
    }

    synchronized long total() {
        return total;
    }
}
