package org.paperkg.problem;

/**
 * One problem found in the input, with where it was found. {@code SKIP} problems cost a record
 * (it was not mapped); {@code WARN} problems are recorded while the record is still mapped.
 */
public record Problem(String file, long line, Severity severity, String code, String message) {

    public enum Severity { WARN, SKIP }

    /** The form users see and grep: {@code file:line: CODE message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + code + " " + message;
    }
}
