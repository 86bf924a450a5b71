package org.paperkg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Gzipped N-Quads shards, {@code out-00001.nq.gz}, {@code out-00002.nq.gz}, … in one directory,
 * each holding {@code shardSize} paper graphs (one named graph per paper and source), for the bulk
 * loaders of QLever, Virtuoso, GraphDB or Jena's {@code tdb2.xloader}.
 * <p>
 * The mapping writes each paper graph as one contiguous run of quads, so a graph is never split
 * across shards; a new shard starts when a new graph begins and the current one is full. N-Quads
 * has no prefixes, so every shard stands alone and the shards can be loaded in any order or in
 * parallel. Each shard is written to a {@code .part} file and renamed when complete: the directory
 * only ever shows whole shards. The directory must not already hold shards, so that a second run
 * can never be mixed with what remains of a first one.
 */
public final class ShardedNQuads implements AutoCloseable {

    public static final String PREFIX = "out-";
    public static final String SUFFIX = ".nq.gz";

    private final Path dir;
    private final int shardSize;
    private final List<Path> written = new ArrayList<>();
    private final Sink sink = new Sink();
    private final StreamRDF description = new DescriptionSink();

    private OutputStream stream;
    private StreamRDF writer;
    private Path part;
    private int graphsInShard;
    private Node currentGraph;
    private long graphs;
    private boolean committed;

    private ShardedNQuads(Path dir, int shardSize) {
        this.dir = dir;
        this.shardSize = shardSize;
    }

    /** Opens {@code dir} (created when absent) for shards of {@code shardSize} paper graphs. */
    public static ShardedNQuads open(Path dir, int shardSize) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (shardSize < 1)
            throw new IllegalArgumentException("--shard-size must be at least 1, got " + shardSize);
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new IllegalArgumentException("with --shard-size, -o names a directory; " + dir + " is a file");
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            if (old.iterator().hasNext())
                throw new IllegalArgumentException(dir + " already holds " + PREFIX + "*" + SUFFIX
                        + " shards; remove them or choose another directory");
        }
        return new ShardedNQuads(dir, shardSize);
    }

    /** The stream to send the run's quads to. Triples (default graph) go to the current shard. */
    public StreamRDF sink() {
        return sink;
    }

    /**
     * The stream for the description of the export (provenance links, VoID, the run): its quads go
     * into the shard being written, and neither start a shard nor count as paper graphs.
     */
    public StreamRDF description() {
        return description;
    }

    /** The shard files written so far, in order. */
    public List<Path> shards() {
        return List.copyOf(written);
    }

    /** The number of named graphs written. */
    public long graphs() {
        return graphs;
    }

    /** Finishes the last shard. */
    public void commit() throws IOException {
        finishShard();
        committed = true;
    }

    /** Without {@link #commit()}, the shard being written is removed; completed shards stay. */
    @Override
    public void close() {
        if (committed || stream == null) return;
        try {
            stream.close();
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shardName(int number) {
        return String.format("%s%05d%s", PREFIX, number, SUFFIX);
    }

    private void beforeQuad(Node graph) {
        try {
            if (graph != null && !graph.equals(currentGraph)) {
                currentGraph = graph;
                graphs++;
                if (writer != null && graphsInShard >= shardSize) finishShard();
                graphsInShard++;
            }
            if (writer == null) startShard();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startShard() throws IOException {
        Path target = dir.resolve(shardName(written.size() + 1));
        part = target.resolveSibling(target.getFileName() + ".part");
        stream = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16), 1 << 16);
        writer = StreamRDFWriter.getWriterStream(stream, RDFFormat.NQUADS);
        writer.start();
    }

    private void finishShard() throws IOException {
        if (writer == null) return;
        writer.finish();
        stream.close();
        Path target = dir.resolve(shardName(written.size() + 1));
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        written.add(target);
        writer = null;
        stream = null;
        part = null;
        graphsInShard = 0;
    }

    private final class DescriptionSink extends Sink {
        @Override
        public void quad(Quad quad) {
            try {
                if (writer == null) startShard();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer.quad(quad);
        }
    }

    private class Sink implements StreamRDF {
        @Override public void start() {}
        @Override public void finish() {}
        @Override public void base(String base) {}
        @Override public void prefix(String prefix, String iri) {}

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.isDefaultGraph() ? null : quad.getGraph();
            beforeQuad(g);
            writer.quad(quad);
        }
    }
}
