package org.paperkg.serve;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.UserStore;

/**
 * HTTP basic authentication for the write operations of one dataset.
 * <p>
 * Jetty constraints are used rather than Fuseki's per-endpoint policies because those apply to
 * every method on a path: the Graph Store endpoint must stay readable (GET) without a login while
 * its writes (PUT/POST/DELETE/PATCH) need one; so must {@code /kg/ingest}, whose GET describes it.
 */
final class UpdateAuthentication {

    static final String REALM = "paperkg";

    /** Methods on the Graph Store endpoint that do not change data. */
    private static final String[] READ_METHODS = {"GET", "HEAD", "OPTIONS"};

    private UpdateAuthentication() {}

    /** {@code readableWritePaths}: the Graph Store and ingest paths, whose GET stays open. */
    static ConstraintSecurityHandler forDataset(String updatePath, java.util.List<String> readableWritePaths, Path passwordFile) {
        Map<String, String> users = PasswordFile.read(passwordFile);
        UserStore store = new UserStore();
        users.forEach((user, password) -> JettySecurityLib.addUser(store, user, password));
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, store, AuthScheme.BASIC);

        handler.addConstraintMapping(loginRequired(updatePath, null));
        for (String path : readableWritePaths) {
            handler.addConstraintMapping(loginRequired(path, READ_METHODS));
            // Saying so explicitly also keeps Jetty from warning about "uncovered HTTP methods".
            for (String method : READ_METHODS)
                handler.addConstraintMapping(open(path, method));
        }
        return handler;
    }

    private static ConstraintMapping open(String pathSpec, String method) {
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setPathSpec(pathSpec);
        mapping.setMethod(method);
        mapping.setConstraint(Constraint.ALLOWED);
        return mapping;
    }

    private static ConstraintMapping loginRequired(String pathSpec, String[] exceptMethods) {
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setPathSpec(pathSpec);
        mapping.setConstraint(Constraint.from(REALM, Constraint.Authorization.ANY_USER));
        if (exceptMethods != null)
            mapping.setMethodOmissions(exceptMethods);
        return mapping;
    }
}
