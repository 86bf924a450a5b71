package org.paperkg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** The SHACL shapes of paperkg's output (ontologies/paperkg-shapes.ttl), ready to validate graphs. */
public final class PaperShapes {

    public static final String RESOURCE = "/ontologies/paperkg-shapes.ttl";

    private static volatile Shapes shapes;

    private PaperShapes() {}

    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = PaperShapes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s = Shapes.parse(g);
            shapes = s;
        }
        return s;
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }
}
