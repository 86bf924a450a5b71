package org.paperkg.push;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.ServerConnector;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A writable Fuseki on 127.0.0.1 (free port) standing in for a clustered store's Graph Store:
 * records every request with the status it got, and can be told to fail some of them.
 */
public final class GraphStoreStandIn implements AutoCloseable {

    /** What the stand-in does with request number N (1-based, counted over its whole life). */
    enum Fault { NONE, UNAVAILABLE_503, TOO_MANY_429, DROP_CONNECTION, UNSUPPORTED_415, MOVED_301 }

    /** One request as the stand-in saw it. */
    record Request(int number, String method, String graph, String authorization, int status) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final FusekiServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private volatile IntFunction<Fault> faults = n -> Fault.NONE;

    public GraphStoreStandIn() {
        server = FusekiServer.create().fusekiModules(FusekiModules.empty()).port(0)
                .add("/ds", dataset, true).addFilter("/*", new FaultsAndRecorder()).build();
        for (var c : server.getJettyServer().getConnectors())
            ((ServerConnector) c).setHost("127.0.0.1");
        server.start();
    }

    /** From now on, request number N meets {@code faults.apply(N)}. */
    void faults(IntFunction<Fault> faults) {
        this.faults = faults;
    }

    public String graphStoreUrl() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds/data";
    }

    String updateUrl() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds/update";
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    List<Request> requests() {
        settle();
        return List.copyOf(requests);
    }

    void clearRequests() {
        settle();
        requests.clear();
    }

    /**
     * Waits (up to 5 s) until every request received so far is recorded. A request is recorded
     * after its answer is sent, so a client can be done before its last request is: reading or
     * clearing the list at once lost it, or kept it past the clear.
     */
    private void settle() {
        long end = System.nanoTime() + 5_000_000_000L;
        while (recorded.get() < counter.get() && System.nanoTime() < end) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void record(Request r) {
        requests.add(r);
        recorded.incrementAndGet();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class FaultsAndRecorder implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) req;
            HttpServletResponse out = (HttpServletResponse) resp;
            if (http.getRequestURI().endsWith("/ingest")) {
                // the push asks first whether this is a paperkg server: like any other Graph Store, it is not
                out.sendError(404);
                return;
            }
            int n = counter.incrementAndGet();
            String graph = graphParam(http.getQueryString());
            switch (faults.apply(n)) {
                case UNAVAILABLE_503 -> {
                    out.setHeader("Retry-After", "0");
                    out.sendError(503, "stand-in is busy");
                }
                case TOO_MANY_429 -> {
                    out.setHeader("Retry-After", "0");
                    out.sendError(429, "slow down");
                }
                case UNSUPPORTED_415 -> out.sendError(415, "stand-in takes no such content");
                case MOVED_301 -> {
                    out.setStatus(301);
                    out.setHeader("Location", "https://elsewhere.example/ds/data");
                }
                case DROP_CONNECTION -> {
                    ServletContextRequest.getServletContextRequest(req).getConnectionMetaData().getConnection().close();
                    record(new Request(n, http.getMethod(), graph, http.getHeader("Authorization"), -1));
                    return;
                }
                case NONE -> chain.doFilter(req, resp);
            }
            record(new Request(n, http.getMethod(), graph, http.getHeader("Authorization"), out.getStatus()));
        }

        // getParameter would read a form body before Fuseki does
        private static String graphParam(String query) {
            if (query == null) return null;
            for (String p : query.split("&"))
                if (p.startsWith("graph=")) return java.net.URLDecoder.decode(p.substring(6), java.nio.charset.StandardCharsets.UTF_8);
            return null;
        }
    }
}
