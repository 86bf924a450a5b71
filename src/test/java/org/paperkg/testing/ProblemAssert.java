package org.paperkg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;

import org.paperkg.problem.Problem;

/**
 * Assertions that a specific problem was reported: its code AND its line in the file, with the
 * full list of what was reported in the failure message.
 */
public final class ProblemAssert {

    private ProblemAssert() {}

    /** Exactly these problems ({@code "LINE CODE"}), in report order. */
    public static void assertProblems(Mapping.Result r, List<String> expected) {
        assertEquals(expected, r.problemLines(), () -> "problems reported:" + r.describeProblems());
    }

    /** A problem with this code was reported at this line (of this file, when given). */
    public static Problem assertReported(Mapping.Result r, String file, String code, long line) {
        for (Problem p : r.problems())
            if (p.code().equals(code) && p.line() == line && (file == null || p.file().equals(file))) return p;
        return fail("expected " + code + " at " + (file == null ? "" : file + ":") + line + "; problems reported:" + r.describeProblems());
    }

    public static Problem assertReported(Mapping.Result r, String code, long line) {
        return assertReported(r, null, code, line);
    }

    /** The counts balance and are these: cards read, mapped, skipped by reason. */
    public static void assertCounts(Mapping.Result r, long read, long mapped, Map<String, Long> skippedByReason) {
        var s = r.summary();
        String where = "summary read=" + s.read() + " mapped=" + s.mapped() + " skipped=" + s.skippedByReason()
                + "; problems:" + r.describeProblems();
        assertEquals(mapped, s.mapped(), "mapped; " + where);
        assertEquals(skippedByReason, s.skippedByReason(), "skipped by reason; " + where);
        assertEquals(read, s.read(), "read; " + where);
        long skipProblems = r.problems().stream().filter(p -> p.severity() == Problem.Severity.SKIP).count();
        assertEquals(s.read() - s.mapped(), skipProblems, "every card not mapped has exactly one SKIP problem; " + where);
    }
}
