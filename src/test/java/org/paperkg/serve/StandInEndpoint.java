package org.paperkg.serve;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.ServerConnector;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A second, plain Fuseki on 127.0.0.1 that stands in for a remote SPARQL service (NLM's MeSH
 * endpoint, a Graph Store): started by the test, on a free port, recording every request it gets.
 */
final class StandInEndpoint implements AutoCloseable {

    /** One request as the stand-in saw it: method, path and, for queries, the query text. */
    record Request(String method, String path, String query) {}

    private final FusekiServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final String name;

    private StandInEndpoint(DatasetGraph dsg, String name, boolean update, List<Filter> filters) {
        this.name = name;
        FusekiServer.Builder builder = FusekiServer.create().fusekiModules(FusekiModules.empty())
                .port(0).add("/" + name, dsg, update)
                .addFilter("/*", new Recorder());
        for (Filter f : filters) builder.addFilter("/*", f);
        server = builder.build();
        for (var c : server.getJettyServer().getConnectors())
            ((ServerConnector) c).setHost("127.0.0.1");
        server.start();
    }

    /** Read-only, serving {@code dsg} at {@code /NAME/sparql}. */
    static StandInEndpoint readOnly(DatasetGraph dsg, String name) {
        return new StandInEndpoint(dsg, name, false, List.of());
    }

    /** With SPARQL Update and Graph Store writes (no login), and extra filters run before Fuseki. */
    static StandInEndpoint writable(DatasetGraph dsg, String name, Filter... filters) {
        return new StandInEndpoint(dsg, name, true, List.of(filters));
    }

    /** E.g. {@code http://127.0.0.1:PORT/NAME}. */
    String datasetUrl() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/" + name;
    }

    String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Recorder implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) req;
            // getParameter would read a form body before Fuseki does; GET queries are in the URL.
            String query = http.getMethod().equals("GET") ? http.getParameter("query") : null;
            requests.add(new Request(http.getMethod(), http.getRequestURI(), query));
            chain.doFilter(req, resp);
        }
    }
}
