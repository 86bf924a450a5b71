package org.paperkg.reading;

import java.util.Optional;

import org.paperkg.identity.IdentityPlan.Disposition;
import org.paperkg.identity.RecordKey;
import org.paperkg.identity.StoreDeletion;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.source.PaperRecord;

/**
 * Says why a record of the run is not written, as the one SKIP problem that counts it: a record
 * never vanishes without a line that names it. Withdrawals are counted, not reported: a PubMed
 * update file withdraws thousands of citations a store never held.
 */
final class RecordFates {

    private RecordFates() {}

    /** The problem that accounts for record {@code r} not being written, if it is a record of a paper. */
    static Optional<Problem> report(PaperRecord r, String paper, Disposition fate, RecordKey keptInstead) {
        String what = "paper <" + paper + ">'s " + r.source() + " record";
        return switch (fate) {
            case DUPLICATE -> Optional.of(skip(r, ProblemCode.DUPLICATE_PAPER, "paper <" + paper + "> is read again from "
                    + r.source() + " at " + keptInstead.origin() + "; the record read last is kept"));
            case OLDER -> Optional.of(skip(r, ProblemCode.OLDER_VERSION, keptInstead != null
                    ? what + " (" + r.version() + ") is older than the one at " + keptInstead.origin() + " ("
                            + keptInstead.version() + "), which is kept"
                    : what + " (" + r.version() + ") is older than the one the store holds, which is kept"));
            case WITHDRAWN -> Optional.of(skip(r, ProblemCode.DELETED_IN_RUN, what + " is withdrawn by the DeleteCitation at "
                    + keptInstead.origin() + " and is not written"));
            case NEW, REVISION, DELETES, UNDONE, NOT_FOUND -> Optional.empty();
        };
    }

    /** The warning that a withdrawal took the paper's author list with it. */
    static Problem authorsLost(StoreDeletion d) {
        return new Problem(d.origin().file(), d.origin().line(), Problem.Severity.WARN, ProblemCode.AUTHORS_DELETED,
                "the withdrawn graph <" + d.graph() + "> held the author list of paper <" + d.paper()
                        + ">, whose other sources' graphs carry none: ingest those sources again to give the paper its authors back");
    }

    private static Problem skip(PaperRecord r, ProblemCode code, String message) {
        return new Problem(r.origin().file(), r.origin().line(), Problem.Severity.SKIP, code, message);
    }
}
