package org.paperkg.serve;

import java.net.URL;
import java.util.Optional;

/**
 * Locates the Fuseki query page (the {@code jena-fuseki-ui} jar keeps it under {@code webapp/}).
 * <p>
 * Fuseki's own UI module is not used because it needs the admin module's server control object
 * and switches on extra {@code /$/} servlets; only the static files are wanted here.
 */
final class QueryUiFiles {

    private static final String INDEX = "webapp/index.html";

    private QueryUiFiles() {}

    /** The base URI (ending in {@code /}) of the UI files, if the UI jar is on the classpath. */
    static Optional<String> baseUri() {
        URL index = QueryUiFiles.class.getClassLoader().getResource(INDEX);
        if (index == null)
            return Optional.empty();
        String uri = index.toExternalForm();
        return Optional.of(uri.substring(0, uri.length() - "index.html".length()));
    }
}
