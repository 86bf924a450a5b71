package org.paperkg.push;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.vocab.Vocab;

/**
 * How graphs become requests. The default, one {@code PUT URL?graph=IRI} per graph, replaces the
 * graph: repeating it is harmless, which is what makes retries and reruns safe. {@code POST} of
 * N-Quads to the URL sends many graphs per request, but adds to what the server holds (a graph
 * mapped differently since keeps its old triples too), and not every server takes quads there.
 * SPARQL Update batches ({@code DROP SILENT GRAPH} then {@code INSERT DATA} for each graph, posted
 * to the update endpoint) replace many graphs in one request and one transaction: idempotent like
 * PUT, at the cost of a request per graph; every SPARQL 1.1 store takes them.
 */
public sealed interface PushMode {

    int graphsPerRequest();

    GraphStoreClient.Write write(List<PaperGraph> graphs, GraphStoreTarget target);

    static PushMode of(String format, int batch) {
        if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        String f = format.toLowerCase(Locale.ROOT);
        if (f.equals("update")) return new UpdateBatches(batch);
        if (batch > 1) {
            if (!f.equals("nq")) throw new IllegalArgumentException("--batch " + batch + " needs --format nq (POST N-Quads) or update (SPARQL Update); nt and ttl PUT one graph per request");
            return new PostQuads(batch);
        }
        return switch (f) {
            case "nt" -> new PutGraph(RDFFormat.NTRIPLES, "application/n-triples");
            case "ttl" -> new PutGraph(RDFFormat.TURTLE_BLOCKS, "text/turtle");
            case "nq" -> throw new IllegalArgumentException("--format nq posts batches of graphs: give --batch N (N > 1)");
            default -> throw new IllegalArgumentException("unknown --format " + format + ": nt or ttl (one PUT per graph), nq (with --batch N), update (SPARQL Update batches)");
        };
    }

    /** One graph per request, replacing it. */
    record PutGraph(RDFFormat format, String contentType) implements PushMode {
        @Override public int graphsPerRequest() { return 1; }

        @Override
        public GraphStoreClient.Write write(List<PaperGraph> graphs, GraphStoreTarget target) {
            PaperGraph g = graphs.get(0);
            byte[] body = format.equals(RDFFormat.NTRIPLES) ? g.ntriples() : PaperGraph.serialize(g.triples(), format, Vocab.PREFIXES);
            return new GraphStoreClient.Write("graph <" + g.iri() + ">", "PUT", target.graphUrl(g.iri()), contentType, body);
        }
    }

    /** Many graphs per request, as N-Quads posted to the URL (adds, does not replace). */
    record PostQuads(int graphsPerRequest) implements PushMode {
        @Override
        public GraphStoreClient.Write write(List<PaperGraph> graphs, GraphStoreTarget target) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            for (PaperGraph g : graphs)
                for (var t : g.triples()) writer.quad(Quad.create(g.name(), t));
            writer.finish();
            String what = graphs.size() == 1 ? "graph <" + graphs.get(0).iri() + ">"
                    : "a batch of " + graphs.size() + " graphs from <" + graphs.get(0).iri() + ">";
            return new GraphStoreClient.Write(what, "POST", target.url(), "application/n-quads", out.toByteArray());
        }
    }

    /** Many graphs per request as one SPARQL Update that drops and inserts each: replaces, in one transaction. */
    record UpdateBatches(int graphsPerRequest) implements PushMode {
        @Override
        public GraphStoreClient.Write write(List<PaperGraph> graphs, GraphStoreTarget target) {
            StringBuilder u = new StringBuilder(graphs.size() * 40_000);
            for (PaperGraph g : graphs) u.append("DROP SILENT GRAPH ").append(NodeFmtLib.strNT(g.name())).append(" ;\n");
            u.append("INSERT DATA {\n");
            for (PaperGraph g : graphs) {
                u.append("GRAPH ").append(NodeFmtLib.strNT(g.name())).append(" {\n");
                for (Triple t : g.triples())
                    u.append(NodeFmtLib.strNT(t.getSubject())).append(' ').append(NodeFmtLib.strNT(t.getPredicate()))
                            .append(' ').append(NodeFmtLib.strNT(t.getObject())).append(" .\n");
                u.append("}\n");
            }
            u.append("}\n");
            String what = graphs.size() == 1 ? "graph <" + graphs.get(0).iri() + ">"
                    : "a batch of " + graphs.size() + " graphs from <" + graphs.get(0).iri() + ">";
            return new GraphStoreClient.Write(what, "POST", target.url(), "application/sparql-update",
                    u.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
