package org.paperkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * A read-only view of a dataset whose default graph is an inference graph over the union of all
 * named graphs (papers, ontologies, mappings), with our vocabulary (ontologies/paperkg.ttl, which
 * declares skos:exactMatch symmetric and transitive) as schema. Named graphs stay as stored.
 */
public final class InferenceDataset {

    /** How much is inferred. */
    public enum Level {
        /** No inference: the union graph as stored. */
        NONE,
        /** Jena's RDFS rules: subclass and subproperty closure, domains and ranges. */
        RDFS,
        /** Jena's OWL micro rules: RDFS plus symmetric, transitive and inverse properties, equivalence. */
        OWL_MICRO;

        public static Level parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown reasoning level '" + name + "': use none, rdfs or owl-micro");
            }
        }
    }

    public static final String VOCABULARY = "/ontologies/paperkg.ttl";

    private InferenceDataset() {}

    /** The dataset itself for NONE; otherwise the inference view, its deductions already computed. */
    public static DatasetGraph of(DatasetGraph dsg, Level level) {
        if (level == Level.NONE) return dsg;
        Reasoner reasoner = (level == Level.RDFS ? ReasonerRegistry.getRDFSReasoner() : ReasonerRegistry.getOWLMicroReasoner())
                .bindSchema(vocabulary());
        InfGraph inf = Txn.calculateRead(dsg, () -> {
            InfGraph g = reasoner.bind(dsg.getUnionGraph());
            g.prepare();
            return g;
        });
        return new View(dsg, inf);
    }

    /** paperkg's vocabulary (the {@code pkg:} terms) as a new graph, with the file's prefixes; also what the server answers at /vocab. */
    public static Graph vocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = InferenceDataset.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) throw new IllegalStateException("missing resource " + VOCABULARY);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Marked as a view so that ARQ queries it as given instead of unwrapping it. */
    private static final class View extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        private final InfGraph inf;

        View(DatasetGraph dsg, InfGraph inf) {
            super(dsg);
            this.inf = inf;
        }

        @Override
        public Graph getDefaultGraph() {
            return inf;
        }

        @Override
        public Graph getUnionGraph() {
            return inf;
        }
    }
}
