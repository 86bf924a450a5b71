package org.paperkg.ontologytools.convert;

import java.util.List;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;

/** One tab-separated row of a file, with where it was read (for problem reports). */
public record TsvRow(String file, long line, List<String> cells) {

    public TsvRow {
        cells = List.copyOf(cells);
    }

    public int size() {
        return cells.size();
    }

    /** The cell at {@code index}, stripped; "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    public Problem problem(Problem.Severity severity, ProblemCode code, String message) {
        return new Problem(file, line, severity, code, message);
    }

    /** A row that cannot be used at all. */
    public Problem skip(ProblemCode code, String message) {
        return problem(Problem.Severity.SKIP, code, message);
    }
}
