package org.paperkg.problem;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints each problem as it is found and counts them by code; under strict mode the first problem
 * becomes a {@link StrictModeException}.
 */
public final class ProblemLog implements ProblemSink {

    private final PrintStream out;
    private final boolean strict;
    private final Map<String, Long> byCode = new TreeMap<>();
    private long total;

    public ProblemLog(PrintStream out, boolean strict) {
        this.out = out;
        this.strict = strict;
    }

    @Override
    public synchronized void report(Problem problem) {
        byCode.merge(problem.code(), 1L, Long::sum);
        total++;
        if (out != null) out.println(problem);
        if (strict) throw new StrictModeException(problem);
    }

    public synchronized Map<String, Long> countsByCode() {
        return new TreeMap<>(byCode);
    }

    public synchronized long total() {
        return total;
    }
}
