package org.paperkg.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.paperkg.ids.IriFactory;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordSource;
import org.paperkg.testing.StrictRiot;

/**
 * The property every reader must have, whatever the bytes: it returns records or reported problems,
 * never an exception; and every quad the mapper makes of those records is written and read back by
 * strict RIOT unchanged, in N-Quads, TriG and (the triples) RDF/XML.
 */
final class ReaderProperty {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final PaperMapper MAPPER = new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE));
    private static final Path DIR = tempDir();

    private ReaderProperty() {}

    /** What one read gave. */
    record Outcome(List<PaperRecord> records, List<Problem> problems, List<Quad> quads) {}

    /** Writes {@code data} to a file named {@code name}, reads it with {@code reader} and checks the property. */
    static Outcome check(RecordSource reader, String name, byte[] data) {
        Path file = DIR.resolve(name);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            reader.read(file, name, records::add, problems::add);
        } catch (IOException e) {
            // a plain local file gives no I/O errors: anything thrown here is the reader's
            throw new AssertionError("reader threw on a plain file: " + e, e);
        }
        for (Problem p : problems) checkProblem(name, p);
        for (PaperRecord r : records) if (r == null) throw new AssertionError("null record");
        List<Quad> quads = new ArrayList<>();
        for (PaperRecord r : records) MAPPER.map(r, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        checkReparses(quads);
        return new Outcome(records, problems, quads);
    }

    static void checkProblem(String file, Problem p) {
        if (!file.equals(p.file())) throw new AssertionError("problem names another file: " + p);
        if (p.line() < 0) throw new AssertionError("negative line: " + p);
        if (p.severity() == null || p.code() == null || !CODE.matcher(p.code()).matches())
            throw new AssertionError("problem without a proper code: " + p);
        if (p.message() == null || p.message().isBlank()) throw new AssertionError("problem without a message: " + p);
    }

    /**
     * Every IRI passes strict checking; N-Quads, TriG and (the triples) RDF/XML, as paperkg writes
     * them, re-parse strictly to the same quads. Parsed into plain sets, not datasets: this runs for
     * every fuzz input.
     */
    static void checkReparses(List<Quad> quads) {
        if (quads.isEmpty()) return;
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        for (Quad q : quads) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()})
                if (n.isURI() && !IriFactory.isValid(n.getURI())) throw new AssertionError("IRI fails strict checking: <" + n.getURI() + ">");
            dsg.add(q);
        }
        Set<Quad> expected = new HashSet<>(quads);
        for (RDFFormat format : List.of(RDFFormat.NQUADS, RDFFormat.TRIG_BLOCKS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dsg, format);
            Set<Quad> got = parse(out, format.getLang());
            if (!got.equals(expected)) throw new AssertionError(format + " round trip changed the quads:\n" + out.toString(StandardCharsets.UTF_8));
        }
        Set<Triple> triples = new HashSet<>();
        for (Quad q : quads) triples.add(q.asTriple());
        Graph graph = GraphFactory.createPlainGraph();
        triples.forEach(graph::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
        Set<Triple> back = new HashSet<>();
        for (Quad q : parse(out, Lang.RDFXML)) back.add(q.asTriple());
        if (!back.equals(triples)) throw new AssertionError("RDF/XML round trip changed the triples:\n" + out.toString(StandardCharsets.UTF_8));
    }

    private static Set<Quad> parse(ByteArrayOutputStream out, Lang lang) {
        Set<Quad> got = new HashSet<>();
        try {
            RDFParser.create().fromString(out.toString(StandardCharsets.UTF_8)).lang(lang).strict(true).checking(true)
                    .errorHandler(StrictRiot.FAIL_ON_WARNING).parse(new StreamRDFBase() {
                        @Override
                        public void triple(Triple triple) {
                            got.add(Quad.create(Quad.defaultGraphIRI, triple));
                        }

                        @Override
                        public void quad(Quad quad) {
                            got.add(quad);
                        }
                    });
        } catch (RuntimeException e) {
            throw new AssertionError(lang.getName() + " output does not re-parse strictly: " + e.getMessage() + "\n"
                    + out.toString(StandardCharsets.UTF_8), e);
        }
        return got;
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("paperkg-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary directory left behind is harmless
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
