package org.paperkg.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.validate.PaperShapes;

/** Every paper graph of a dataset conforms to ontologies/paperkg-shapes.ttl. */
public final class ShapesAssert {

    private ShapesAssert() {}

    /** Validates each named graph on its own (as `paperkg validate` does); the default graph must be empty. */
    public static int assertConforms(DatasetGraph dsg) {
        assertTrue(dsg.getDefaultGraph().isEmpty(), "every quad belongs to a paper's named graph");
        StringBuilder failures = new StringBuilder();
        int graphs = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            graphs++;
            describe(g.getURI(), dsg.getGraph(g), failures);
        }
        if (failures.length() > 0) fail("SHACL violations:" + failures);
        return graphs;
    }

    public static void assertConforms(String label, Graph graph) {
        StringBuilder failures = new StringBuilder();
        describe(label, graph, failures);
        if (failures.length() > 0) fail("SHACL violations:" + failures);
    }

    private static void describe(String label, Graph graph, StringBuilder out) {
        ValidationReport report = PaperShapes.validate(graph);
        if (report.conforms()) return;
        for (ReportEntry e : report.getEntries())
            out.append("\n  ").append(label).append(": ").append(e.message()).append(" (focus ")
               .append(GraphAssert.node(e.focusNode())).append(", path ").append(e.resultPath())
               .append(", value ").append(e.value() == null ? "-" : GraphAssert.node(e.value())).append(')');
    }
}
