package org.paperkg.problem;

/** Thrown under --strict at the first problem, so the run stops before anything is written. */
public final class StrictModeException extends RuntimeException {
    private final transient Problem problem;

    public StrictModeException(Problem problem) {
        super("strict mode: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
