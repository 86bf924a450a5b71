package org.paperkg.problem;

/**
 * One problem found in the input, with where it was found. {@code SKIP} problems cost a record
 * (it was not mapped); {@code WARN} problems are recorded while the record is still mapped.
 */
public record Problem(String file, long line, Severity severity, ProblemCode problemCode, String message) {

    public enum Severity { WARN, SKIP }

    /** The code as printed and counted; a String so reports, JSON and tests read it as before. */
    public String code() {
        return problemCode.name();
    }

    /** The form users see and grep: {@code file:line: CODE message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + problemCode.name() + " " + message;
    }
}
