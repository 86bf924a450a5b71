package org.paperkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;
import org.paperkg.problem.ProblemCode;
import org.paperkg.store.GraphReplacingWriter;
import org.paperkg.source.FileDigests;
import org.paperkg.source.InputDigest;
import org.paperkg.source.MaybeGzipped;
import org.paperkg.source.TextLines;

/**
 * Loads ontology and mapping files into their own named graphs (one per file, replaced when loaded
 * again), streamed, inside the caller's write transaction. IRIs of known schemes written in another
 * form are normalised to the canonical IRIs the paper mentions use, so the two always meet.
 */
public final class OntologyLoader {

    /** Thrown when an RDF file cannot be parsed: the caller aborts, the store stays as it was. */
    public static final class OntologyParseException extends RuntimeException {
        public OntologyParseException(Problem problem) {
            super(problem.toString());
        }
    }

    private final PrefixTable prefixes;
    private final String base;
    private final ProblemSink problems;
    private final PrintStream log;

    public OntologyLoader(PrefixTable prefixes, String base, ProblemSink problems, PrintStream log) {
        this.prefixes = prefixes;
        this.base = base;
        this.problems = problems;
        this.log = log;
    }

    /** The named graph a file loads into. */
    public Node graphOf(Path file) {
        return OntologySource.of(file, base).graph();
    }

    /** Loads every file; returns the number of triples loaded. */
    public long load(DatasetGraph dsg, List<Path> files) throws IOException {
        return load(dsg, files, (graph, digest) -> {});
    }

    /** Loads every file, telling {@code loaded} each file's graph and size and checksum (computed as it is read). */
    public long load(DatasetGraph dsg, List<Path> files, BiConsumer<Node, InputDigest> done) throws IOException {
        long total = 0;
        Map<Node, Path> loaded = new HashMap<>();
        for (Path file : files) {
            OntologySource source = OntologySource.of(file, base);
            Path earlier = loaded.put(source.graph(), file);
            if (earlier != null)
                problems.report(new Problem(file.toString(), 0, Problem.Severity.WARN, ProblemCode.DUPLICATE_GRAPH,
                        "loads into <" + source.graph().getURI() + "> like " + earlier + ", which it replaces (rename one file)"));
            try (FileDigests.Reading reading = FileDigests.reading(file)) {
                total += load(dsg, source);
                done.accept(source.graph(), reading.digest());
            }
        }
        return total;
    }

    private long load(DatasetGraph dsg, OntologySource source) throws IOException {
        StreamRDFCounting counted = StreamRDFLib.count(new GraphReplacingWriter(dsg));
        StreamRDF into = new IntoGraph(source.graph(), counted, prefixes);
        String name = source.file().toString();
        if (source.kind() == OntologySource.Kind.SSSOM) {
            try (TextLines lines = TextLines.open(source.file(), name, problems)) {
                SssomReader.Counts c = new SssomReader(prefixes).read(lines, name, into, problems);
                if (log != null)
                    log.printf("ontology %s: SSSOM rows %d, mapped %d, skipped %d -> %d triples in <%s>%n",
                            name, c.rows(), c.mapped(), c.skipped(), counted.count(), source.graph().getURI());
            }
        } else {
            try (InputStream in = MaybeGzipped.open(source.file())) {
                RDFParser.source(in).lang(source.lang()).errorHandler(new Fatal(name)).parse(into);
            } catch (RiotException e) {
                if (!(e.getCause() instanceof OntologyParseException))
                    throw new OntologyParseException(problem(name, -1, e.getMessage()));
                throw (OntologyParseException) e.getCause();
            }
            if (log != null)
                log.printf("ontology %s: %d triples in <%s>%n", name, counted.count(), source.graph().getURI());
        }
        return counted.count();
    }

    private static Problem problem(String file, long line, String message) {
        return new Problem(file, Math.max(line, 0), Problem.Severity.SKIP, ProblemCode.BAD_RDF, message);
    }

    /** Every statement goes into one named graph, with IRIs of known schemes made canonical. */
    private static final class IntoGraph extends StreamRDFBase {
        private final Node graph;
        private final StreamRDF out;
        private final PrefixTable prefixes;

        IntoGraph(Node graph, StreamRDF out, PrefixTable prefixes) {
            this.graph = graph;
            this.out = out;
            this.prefixes = prefixes;
        }

        @Override
        public void triple(Triple t) {
            out.quad(Quad.create(graph, canonical(t.getSubject()), t.getPredicate(), canonical(t.getObject())));
        }

        @Override
        public void quad(Quad q) {
            out.quad(Quad.create(graph, canonical(q.getSubject()), q.getPredicate(), canonical(q.getObject())));
        }

        private Node canonical(Node n) {
            if (!n.isURI()) return n;
            String iri = prefixes.canonicalIri(n.getURI());
            return iri.equals(n.getURI()) ? n : NodeFactory.createURI(iri);
        }
    }

    /** RIOT errors end the load of the file with a located problem; warnings are reported and kept. */
    private final class Fatal implements ErrorHandler {
        private final String file;

        Fatal(String file) {
            this.file = file;
        }

        @Override
        public void warning(String message, long line, long col) {
            problems.report(new Problem(file, Math.max(line, 0), Problem.Severity.WARN, ProblemCode.RDF_WARNING, message));
        }

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            Problem p = problem(file, line, message + (col > 0 ? " (column " + col + ")" : ""));
            problems.report(p);
            throw new OntologyParseException(p);
        }
    }
}
