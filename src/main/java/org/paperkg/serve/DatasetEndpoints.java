package org.paperkg.serve;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The operations offered on the dataset, listed one by one.
 * <p>
 * Fuseki's "standard services" ({@code withStdServices}, even with {@code false}) are not used:
 * they add more names ({@code /get}) and, with updates, upload, SHACL and patch. Anything not
 * listed here answers 4xx.
 */
final class DatasetEndpoints {

    static final String QUERY = "query";
    static final String SPARQL = "sparql";
    static final String DATA = "data";
    static final String UPDATE = "update";
    /** Not a Fuseki operation: the servlet {@link IngestServlet} at the dataset's path. */
    static final String INGEST = "ingest";
    /** The named query endpoints (the dataset URL answers queries too). */
    static final java.util.Set<String> QUERY_ENDPOINTS = java.util.Set.of(SPARQL, QUERY);
    /** The dataset URL itself, e.g. {@code /kg?query=...}. */
    private static final String UNNAMED = "";

    private DatasetEndpoints() {}

    static DataService.Builder build(DatasetGraph dsg, ServeOptions opts) {
        Context limits = executionLimits(opts);
        DataService.Builder service = DataService.newBuilder(dsg);
        // "sparql" first: the query page sends queries to the first query endpoint it is told about.
        for (String name : new String[] {SPARQL, QUERY, UNNAMED})
            service.addEndpoint(endpoint(Operation.Query, name, limits));
        service.addEndpoint(endpoint(Operation.GSP_R, UNNAMED, limits));
        service.addEndpoint(endpoint(Operation.GSP_R, DATA, limits));
        if (opts.allowUpdate()) {
            // Reads on /data keep going to the read-only GSP_R endpoint; writes go to GSP_RW.
            // UpdateAuthentication makes both write endpoints require a login.
            service.addEndpoint(endpoint(Operation.GSP_RW, DATA, limits));
            service.addEndpoint(endpoint(Operation.Update, UPDATE, limits));
        }
        return service;
    }

    /**
     * Settings for every request on the dataset. They are on the endpoints, not on the dataset's
     * own context, so the caller's dataset is left unchanged; Fuseki merges the endpoint context
     * last, so these win over anything set on the dataset.
     */
    static Context executionLimits(ServeOptions opts) {
        Context cxt = new Context();
        String millis = Long.toString(opts.timeout().toMillis());
        cxt.set(ARQ.queryTimeout, millis);
        cxt.set(ARQ.updateTimeout, millis);
        // Off for ARQ's own executor; the registry's allow-list turns it on per allowed call only.
        cxt.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry.set(cxt, opts.services().registry());
        return cxt;
    }

    private static Endpoint endpoint(Operation operation, String name, Context cxt) {
        return Endpoint.create().operation(operation).endpointName(name).context(cxt).build();
    }
}
