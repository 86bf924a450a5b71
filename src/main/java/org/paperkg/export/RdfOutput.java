package org.paperkg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.vocab.Vocab;

/**
 * An RDF file being written. The format comes from the file name (.ttl .nt .nq .trig .jsonld .rdf,
 * optionally .gz) or is given. Line-based and block formats stream; JSON-LD and RDF/XML cannot be
 * streamed by Jena and are collected in memory first. Output goes to a temporary file that replaces
 * the target only on {@link #commit()}, so a failed run leaves no partial file.
 */
public final class RdfOutput implements AutoCloseable {

    private static final Map<String, Lang> BY_SUFFIX = Map.of(
            "ttl", Lang.TURTLE, "nt", Lang.NTRIPLES, "nq", Lang.NQUADS, "trig", Lang.TRIG,
            "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML, "owl", Lang.RDFXML, "xml", Lang.RDFXML);

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private final Lang lang;
    private final StreamRDF sink;
    private final DatasetGraph collected;
    private boolean committed;

    private RdfOutput(Path target, Lang lang, boolean gzip) throws IOException {
        this.target = target;
        this.lang = lang;
        if (target == null) {
            this.temp = null;
            this.stream = new BufferedOutputStream(System.out, 1 << 16);
        } else {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            this.temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            this.stream = gzip ? new GZIPOutputStream(file, 1 << 16) : file;
        }
        boolean quads = RDFLanguages.isQuads(lang);
        if (StreamRDFWriter.registered(lang)) {
            this.collected = null;
            StreamRDF writer = lang.equals(Lang.NTRIPLES) ? new NTriplesBytesWriter(stream)
                    : StreamRDFWriter.getWriterStream(stream, streamingFormat(lang));
            this.sink = quads ? writer : new DefaultGraphOnly(writer);
        } else {
            this.collected = DatasetGraphFactory.createGeneral();
            Vocab.PREFIXES.forEach(collected.prefixes()::add);
            StreamRDF into = StreamRDFLib.dataset(collected);
            this.sink = quads ? into : new DefaultGraphOnly(into);
        }
    }

    /** Opens {@code file} ("-" for standard output) in the given format, or the one its name implies. */
    public static RdfOutput open(String file, String format) throws IOException {
        boolean stdout = file.equals("-");
        String name = stdout ? "" : Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) name = name.substring(0, name.length() - 3);
        Lang lang = format != null ? langOf(format) : langOf(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "");
        if (lang == null)
            throw new IllegalArgumentException(format != null
                    ? "unknown format '" + format + "' (use one of " + BY_SUFFIX.keySet() + ")"
                    : "cannot tell the format of '" + file + "' from its name: use --format or one of .ttl .nt .nq .trig .jsonld .rdf (optionally .gz)");
        return new RdfOutput(stdout ? null : Path.of(file), lang, gzip);
    }

    private static Lang langOf(String name) {
        Lang l = BY_SUFFIX.get(name.toLowerCase(Locale.ROOT));
        return l != null ? l : RDFLanguages.shortnameToLang(name);
    }

    private static RDFFormat streamingFormat(Lang lang) {
        if (lang.equals(Lang.TURTLE)) return RDFFormat.TURTLE_BLOCKS;
        if (lang.equals(Lang.TRIG)) return RDFFormat.TRIG_BLOCKS;
        if (lang.equals(Lang.NTRIPLES)) return RDFFormat.NTRIPLES;
        if (lang.equals(Lang.NQUADS)) return RDFFormat.NQUADS;
        return StreamRDFWriter.defaultSerialization(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The stream to send the run's quads to (start/finish are handled here). */
    public StreamRDF sink() {
        return sink;
    }

    public void start() {
        start(Vocab.PREFIXES);
    }

    /** Starts the output with the given prefixes (ontology files use their own, not the paper ones). */
    public void start(Map<String, String> prefixes) {
        sink.start();
        prefixes.forEach(sink::prefix);
    }

    /** Finishes writing and moves the file into place. */
    public void commit() throws IOException {
        sink.finish();
        if (collected != null) {
            // RDF/XML has no dataset writer: triple formats were collected into the default graph
            if (RDFLanguages.isQuads(lang)) RDFDataMgr.write(stream, collected, lang);
            else RDFDataMgr.write(stream, collected.getDefaultGraph(), lang);
        }
        stream.flush();
        if (stream instanceof GZIPOutputStream gz) gz.finish();
        if (target != null) {
            stream.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    @Override
    public void close() {
        if (committed || target == null) return;
        try {
            stream.close();
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Triple formats: every quad goes to the default graph. */
    private static final class DefaultGraphOnly extends StreamRDFWrapper {
        DefaultGraphOnly(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            super.triple(Triple.create(quad.getSubject(), quad.getPredicate(), quad.getObject()));
        }
    }
}
