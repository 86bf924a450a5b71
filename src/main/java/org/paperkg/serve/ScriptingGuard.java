package org.paperkg.serve;

/**
 * ARQ runs JavaScript functions ({@code http://jena.apache.org/ARQ/jsFunction#}) only when the
 * system property {@code jena:scripting} is {@code true}. Queries come from anyone who can reach the
 * endpoint, so the server does not start in a JVM where that is switched on.
 */
final class ScriptingGuard {

    static final String PROPERTY = "jena:scripting";

    private ScriptingGuard() {}

    static void requireScriptingDisabled() {
        if (Boolean.parseBoolean(System.getProperty(PROPERTY)))
            throw new IllegalStateException("System property " + PROPERTY
                    + "=true lets queries run JavaScript; refusing to serve. Remove the property.");
    }
}
