package org.paperkg.problem;

/** Where readers and loaders send the problems they find. */
@FunctionalInterface
public interface ProblemSink {
    void report(Problem problem);
}
