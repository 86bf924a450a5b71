package org.paperkg.validate;

import java.io.PrintStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates the quads of a run one paper graph at a time (the mapper writes each paper's quads
 * together), so memory stays bounded by the largest paper, and prints every violation.
 */
public final class PerPaperValidator extends StreamRDFBase {

    private final PrintStream out;
    private Node currentGraph;
    private Graph current = GraphFactory.createDefaultGraph();
    private long papers;
    private long failingPapers;
    private long violations;

    public PerPaperValidator(PrintStream out) {
        this.out = out;
    }

    @Override
    public void quad(Quad quad) {
        if (!quad.getGraph().equals(currentGraph)) {
            flush();
            currentGraph = quad.getGraph();
        }
        current.add(quad.asTriple());
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (currentGraph == null) return;
        papers++;
        ValidationReport report = PaperShapes.validate(current);
        if (!report.conforms()) {
            failingPapers++;
            for (ReportEntry e : report.getEntries()) {
                violations++;
                out.printf("%s: %s %s: %s (focus %s, value %s)%n", currentGraph.getURI(), e.severity().level().getLocalName(),
                        e.resultPath() == null ? "-" : e.resultPath(), e.message(), e.focusNode(), e.value());
            }
        }
        current = GraphFactory.createDefaultGraph();
        currentGraph = null;
    }

    public long papers() { return papers; }
    public long failingPapers() { return failingPapers; }
    public long violations() { return violations; }
    public boolean conforms() { return violations == 0; }
}
