package org.paperkg.search;

import java.lang.reflect.Proxy;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;

/**
 * Stands in for the index of a store opened with the index off ({@code paperkg.noTextIndex}): a
 * {@code text:query} then fails with a sentence saying so. Without it jena-text, finding no index,
 * logs a warning and passes the query's row through unmatched, an answer that looks like one.
 */
final class MissingTextIndex {

    static final String MESSAGE = "this store is open without its full-text index (the paperkg.noTextIndex setting is on):"
            + " text:query needs it; run without that setting (docs/search.md)";

    private MissingTextIndex() {}

    static TextIndex create() {
        EntityDefinition definition = TextFields.definition();
        return (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getDocDef" -> definition; // the query is checked against the fields before it runs
                    case "close", "prepareCommit", "commit", "rollback" -> null;
                    case "toString" -> "no text index";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new NoTextIndexException();
                });
    }

    /** Printed as its sentence alone: ARQ wraps it in an exception whose message is this one's {@code toString()}. */
    static final class NoTextIndexException extends TextIndexException {
        NoTextIndexException() {
            super(MESSAGE);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
