package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.paperkg.export.RdfOutput;
import org.paperkg.ontologytools.convert.ConvertStats;
import org.paperkg.ontologytools.convert.OntologyVocab;
import org.paperkg.ontologytools.convert.TsvConverter;
import org.paperkg.ontologytools.convert.TsvReader;
import org.paperkg.problem.ProblemLog;

/**
 * The RDF file a conversion writes (format from the name: .ttl, .nt, … optionally .gz), streamed,
 * with the ontology prefixes; counts the triples and remembers the subjects written.
 */
final class OntologyRdfFile implements AutoCloseable {

    private final String name;
    private final RdfOutput out;
    private final StreamRDFCounting counting;
    private final Set<String> subjects = new HashSet<>();
    private final StreamRDF sink;

    OntologyRdfFile(String file, String format) throws IOException {
        this.name = file;
        this.out = RdfOutput.open(file, format);
        out.start(OntologyVocab.PREFIXES);
        this.counting = StreamRDFLib.count(out.sink());
        this.sink = new StreamRDFWrapper(counting) {
            @Override
            public void triple(Triple t) {
                if (t.getSubject().isURI()) subjects.add(t.getSubject().getURI());
                super.triple(t);
            }
        };
    }

    StreamRDF sink() {
        return sink;
    }

    /** Converts {@code file} into this output; nothing when the option was not given. */
    void convert(Path file, TsvConverter converter, ProblemLog problems, ConvertStats stats) throws IOException {
        if (file == null) return;
        try (TsvReader in = TsvReader.open(file, problems)) {
            converter.convert(in, sink, problems, stats);
        }
    }

    boolean wroteSubject(String iri) {
        return subjects.contains(iri);
    }

    long triples() {
        return counting.count();
    }

    void commit(PrintStream report) throws IOException {
        out.commit();
        if (!name.equals("-"))
            report.printf("wrote %s (%s): %,d triples%n", name, out.lang().getName(), counting.count());
    }

    @Override
    public void close() {
        out.close();
    }
}
