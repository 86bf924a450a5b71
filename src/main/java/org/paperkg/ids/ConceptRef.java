package org.paperkg.ids;

import org.paperkg.problem.ProblemCode;

/**
 * What an identifier written in a source resolved to: a concept IRI in a known scheme, or the
 * reason it could not be resolved. The raw text is always kept for audit.
 */
public sealed interface ConceptRef {

    String raw();

    /** A resolved concept: {@code curie} is the canonical CURIE, e.g. {@code MESH:D010019}. */
    record Resolved(String raw, String scheme, String curie, String iri) implements ConceptRef {}

    /** An identifier that is kept only as text; {@code problemCode} says why (UNKNOWN_PREFIX, BAD_ID, …). */
    record Unresolved(String raw, ProblemCode problemCode, String message) implements ConceptRef {
        /** The code as printed and written as the unresolved reason. */
        public String code() {
            return problemCode.name();
        }
    }
}
