package org.paperkg.testing;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.paperkg.map.PaperIris;

/**
 * The graphs an export adds about the data (graph/void, graph/provenance, graph/run/…), told apart
 * from the paper graphs, so golden comparisons of the data leave them out explicitly.
 */
public final class DescriptionGraphs {

    private static final String BASE = PaperIris.DEFAULT_BASE;

    private DescriptionGraphs() {}

    public static boolean isDescription(Node g) {
        if (!g.isURI()) return false;
        String iri = g.getURI();
        return iri.equals(BASE + "graph/void") || iri.equals(BASE + "graph/provenance") || iri.startsWith(BASE + "graph/run/");
    }

    /** A copy of {@code dsg} without the description graphs. */
    public static DatasetGraph withoutDescription(DatasetGraph dsg) {
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            if (!isDescription(q.getGraph())) data.add(q);
        });
        return data;
    }

    /** A copy of {@code dsg} with the description graphs only. */
    public static DatasetGraph descriptionOnly(DatasetGraph dsg) {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(q -> {
            if (isDescription(q.getGraph())) d.add(q);
        });
        return d;
    }
}
