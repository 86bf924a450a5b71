package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

import org.paperkg.problem.Problem;

/**
 * The warnings found while one record is mapped. They are passed on only when the record is: a
 * record that cannot be read costs exactly one SKIP problem, never warnings besides.
 */
public final class RecordProblems {

    private final String file;
    private final List<Problem> warnings = new ArrayList<>();

    RecordProblems(String file) {
        this.file = file;
    }

    public void warn(long line, String code, String message) {
        warnings.add(new Problem(file, line, Problem.Severity.WARN, code, message));
    }

    List<Problem> warnings() {
        return warnings;
    }
}
