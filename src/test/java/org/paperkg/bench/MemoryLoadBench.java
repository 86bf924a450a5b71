package org.paperkg.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * The baselines of scripts/bench-memory: Jena's own in-memory stores loading the N-Quads that
 * {@code paperkg export} wrote from the same cards (parse included, as paperkg's load includes
 * reading and mapping the cards).
 * <ul>
 * <li>{@code txnmem}: {@code DatasetGraphFactory.createTxnMem()}, in one write transaction (the
 *     quad-indexed, transactional dataset an embedded Fuseki would use);</li>
 * <li>{@code graph}: every quad's triple into one plain {@code GraphFactory.createDefaultGraph()}
 *     (no graphs, no transactions: an upper bound for a Jena in-memory structure).</li>
 * </ul>
 * Prints {@code KIND quads=N seconds=S rate=R}.
 */
public final class MemoryLoadBench {

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: MemoryLoadBench txnmem|graph FILE.nq[.gz]");
            System.exit(2);
        }
        String kind = args[0];
        Path file = Path.of(args[1]);
        long t0 = System.nanoTime();
        long[] n = new long[1];
        switch (kind) {
            case "txnmem" -> {
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                Txn.executeWrite(dsg, () -> RDFParser.source(file).parse(counting(dsg::add, n)));
            }
            case "graph" -> {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(file).parse(counting(q -> g.add(q.asTriple()), n));
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s quads=%d seconds=%.1f rate=%.0f%n", kind, n[0], secs, n[0] / secs);
    }

    private static StreamRDF counting(java.util.function.Consumer<Quad> into, long[] n) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                into.accept(q);
                n[0]++;
            }
        };
    }
}
