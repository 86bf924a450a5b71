package org.paperkg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which {@code SERVICE} endpoints a query may call, and how long one call may take.
 * <p>
 * Jena allows SERVICE to everything or to nothing. This is the part in between: a link in the
 * per-call service executor chain that looks at each endpoint URL (after variables are bound) and
 * either hands the call to Jena's own HTTP executor, with SERVICE enabled and the call's own
 * timeout set only for that call, or refuses it before any connection is made.
 * <p>
 * A URL is allowed when it starts with one of the prefixes in the sense of a URL, not of a string:
 * same scheme, same host (case-insensitive), same port, no user name or password in the URL, and its
 * normalized path starts with the prefix's path. So {@code https://id.nlm.nih.gov/mesh/} does not
 * allow {@code https://id.nlm.nih.gov.example.org/} nor {@code https://id.nlm.nih.gov/mesh/../x}.
 * <p>
 * With no prefixes every call is refused, as with {@link ServiceCallRefuser}.
 *
 * @param prefixes absolute http(s) URL prefixes
 * @param timeout  upper bound on one SERVICE call (connection and answer)
 */
public record ServiceAllowList(List<String> prefixes, Duration timeout) {

    static final String MESSAGE = "SERVICE to this endpoint is not allowed";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ServiceAllowList {
        prefixes = List.copyOf(Objects.requireNonNull(prefixes, "prefixes"));
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("service timeout must be positive, got " + timeout);
        for (String p : prefixes) parsePrefix(p);
    }

    /** Every SERVICE refused: the default. */
    public static ServiceAllowList none() {
        return new ServiceAllowList(List.of(), DEFAULT_TIMEOUT);
    }

    public boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** Whether a SERVICE call to {@code url} may go ahead. */
    public boolean allows(String url) {
        URI target = parse(url);
        if (target == null || target.getRawUserInfo() != null || target.getHost() == null) return false;
        for (String p : prefixes) {
            URI prefix = parsePrefix(p);
            if (prefix.getScheme().equalsIgnoreCase(target.getScheme())
                    && prefix.getHost().equalsIgnoreCase(target.getHost())
                    && port(prefix) == port(target)
                    && path(target).startsWith(path(prefix)))
                return true;
        }
        return false;
    }

    /** The executor registry to put in a query's context. */
    public ServiceExecutorRegistry registry() {
        if (isEmpty()) return ServiceCallRefuser.registry();
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        // No bulk links: ARQ then substitutes each row's bindings and asks the single chain, so a
        // SERVICE ?endpoint is checked per call, with the URL it would really connect to.
        registry.addSingleLink(new Link(this, ServiceExecutorRegistry.httpService));
        return registry;
    }

    /** The chain link: the allowed calls go to {@code http}; the others fail here. */
    record Link(ServiceAllowList allowList, ServiceExecutor http) implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                             ExecutionContext execCxt, ServiceExecutor chain) {
            Node service = opExecute.getService();
            if (!service.isURI() || !allowList.allows(service.getURI()))
                throw new QueryDeniedException(MESSAGE + ": " + service
                        + (service.isURI() ? " (allowed: " + String.join(" ", allowList.prefixes()) + ")" : ""));
            Context cxt = execCxt.getContext().copy();
            cxt.set(ARQ.httpServiceAllowed, true);
            cxt.set(ARQ.httpQueryTimeout, allowList.timeout().toMillis());
            ExecutionContext callCxt = new ExecutionContext(cxt, execCxt.getActiveGraph(), execCxt.getDataset(),
                    execCxt.getExecutor(), execCxt.getCancelSignal());
            return http.createExecution(opExecute, opOriginal, binding, callCxt);
        }
    }

    private static URI parsePrefix(String prefix) {
        URI uri = parse(prefix);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")))
            throw new IllegalArgumentException("not an http(s) URL prefix: '" + prefix + "'");
        if (uri.getRawUserInfo() != null)
            throw new IllegalArgumentException("a SERVICE prefix must not contain a user name or password: '" + prefix + "'");
        return uri;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url).normalize();
            return uri.isAbsolute() && !uri.isOpaque() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }

    private static String path(URI uri) {
        String p = uri.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }
}
