package org.paperkg.push;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * One paper graph as the mapping wrote it: its name, its triples, and their N-Triples form, whose
 * digest identifies this content of the graph in the push journal.
 */
public record PaperGraph(Node name, List<Triple> triples, byte[] ntriples, String digest) {

    public static PaperGraph of(Node name, List<Triple> triples) {
        byte[] nt = serialize(triples, RDFFormat.NTRIPLES, java.util.Map.of());
        return new PaperGraph(name, List.copyOf(triples), nt, digestOf(nt));
    }

    public String iri() {
        return name.getURI();
    }

    /** The graph's triples in {@code format} (a streaming triple format), with {@code prefixes}. */
    public static byte[] serialize(List<Triple> triples, RDFFormat format, java.util.Map<String, String> prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(triples.size() * 120);
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        prefixes.forEach(writer::prefix);
        triples.forEach(writer::triple);
        writer.finish();
        return out.toByteArray();
    }

    private static String digestOf(byte[] content) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The journal's line for this graph: content digest and graph IRI. */
    String journalLine() {
        return digest + " " + iri();
    }
}
