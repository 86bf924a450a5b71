package org.paperkg.ontologytools.convert;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.paperkg.problem.Problem;

/** Runs a converter on inline or resource input and compares its triples with expected Turtle. */
public final class ConvertHarness {

    /** Prefixes for the expected Turtle in tests. */
    public static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oboInOwl: <http://www.geneontology.org/formats/oboInOwl#>
            PREFIX obo: <http://purl.obolibrary.org/obo/>
            PREFIX mesh: <http://id.nlm.nih.gov/mesh/>
            PREFIX meshv: <http://id.nlm.nih.gov/mesh/vocab#>
            PREFIX omim: <https://omim.org/entry/>
            """;

    public interface Converter {
        void convert(TsvReader in, org.apache.jena.riot.system.StreamRDF out, org.paperkg.problem.ProblemSink problems,
                     ConvertStats stats) throws IOException;
    }

    /** The output of one run: its triples, problems and counts. */
    public record Run(Graph graph, List<Problem> problems, ConvertStats stats) {
        public List<String> problemLines() {
            return problems.stream().map(Problem::toString).toList();
        }
    }

    private ConvertHarness() {}

    public static Run run(Converter converter, String fileName, String tsv) throws IOException {
        return run(converter, fileName, new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    public static Run run(Converter converter, String fileName, InputStream in) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        List<Problem> problems = new ArrayList<>();
        ConvertStats stats = new ConvertStats();
        try (TsvReader reader = TsvReader.of(in, fileName, problems::add)) {
            var sink = StreamRDFLib.graph(g);
            sink.start();
            converter.convert(reader, sink, problems::add, stats);
            sink.finish();
        }
        return new Run(g, problems, stats);
    }

    public static InputStream resource(String name) {
        InputStream in = ConvertHarness.class.getResourceAsStream("/ontology/" + name);
        if (in == null) throw new IllegalStateException("missing test resource /ontology/" + name);
        return in;
    }

    public static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(PREFIXES + body)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** Fails, listing the missing and the unexpected triples, unless the graphs hold the same triples. */
    public static void assertSameTriples(Graph expected, Graph actual) {
        Set<String> want = lines(expected), got = lines(actual);
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> unexpected = new TreeSet<>(got);
        unexpected.removeAll(want);
        if (missing.isEmpty() && unexpected.isEmpty()) return;
        StringBuilder msg = new StringBuilder("triples differ\n");
        missing.forEach(t -> msg.append("  missing:    ").append(t).append('\n'));
        unexpected.forEach(t -> msg.append("  unexpected: ").append(t).append('\n'));
        fail(msg.toString());
    }

    /** Fails unless every expected triple is in the graph (listing the missing ones). */
    public static void assertContainsTriples(Graph expected, Graph actual) {
        Set<String> missing = new TreeSet<>(lines(expected));
        missing.removeAll(lines(actual));
        if (!missing.isEmpty()) fail("missing triples:\n  " + String.join("\n  ", missing));
    }

    static Set<String> lines(Graph g) {
        Set<String> out = new TreeSet<>();
        for (Triple t : g.find().toList())
            out.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " .");
        return out;
    }
}
