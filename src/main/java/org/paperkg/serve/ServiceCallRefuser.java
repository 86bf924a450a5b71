package org.paperkg.serve;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;

/**
 * Refuses every SPARQL {@code SERVICE} call before any connection is made.
 * <p>
 * A public endpoint that follows {@code SERVICE <url>} can be used to make this machine send
 * requests anywhere (including to services on localhost). The {@code arq:httpServiceAllowed}
 * setting was measured not to stop this in Fuseki 5.6.0, so the refusal is done where ARQ looks
 * up how to execute a SERVICE: the executor registry in the query's context.
 */
public final class ServiceCallRefuser implements ChainingServiceExecutorBulk {

    static final String MESSAGE = "SERVICE is disabled on this endpoint";

    private ServiceCallRefuser() {}

    /** A registry whose only executor refuses; it never reaches the HTTP executor. */
    public static ServiceExecutorRegistry registry() {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.addBulkLink(new ServiceCallRefuser());
        return registry;
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input,
                                         ExecutionContext execCxt, ServiceExecutorBulk chain) {
        input.close();
        throw new QueryDeniedException(MESSAGE + ": " + opService.getService());
    }
}
