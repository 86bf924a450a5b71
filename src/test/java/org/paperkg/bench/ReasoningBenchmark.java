package org.paperkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ontology.InferenceDataset;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryParams;
import org.paperkg.query.QueryText;
import org.paperkg.store.KgStore;

/**
 * What each {@code --reasoning} level costs over one database (a benchmark, so it lives in the test
 * sources and not in the product), measured in one JVM so the levels
 * are compared under the same conditions (scripts/bench-reasoning runs it):
 *
 * <pre>java -cp target/test-classes:target/classes:target/lib/* org.paperkg.bench.ReasoningBenchmark --db DIR [--rounds N] [--class MONDO:…]</pre>
 *
 * For each level and round: the time to prepare the inference view (as {@code query}/{@code serve}
 * do at start), the time of two subclass questions (the library query papers-by-disease-class, which
 * uses property paths, and the same question without a path, which needs inference: the class and
 * the mapping branches of the library query with a single rdfs:subClassOf), the answers'
 * sizes, and the heap in use after a full GC with the view still alive. Rounds go none, rdfs,
 * owl-micro in turn; the table gives medians and ratios to none.
 */
public final class ReasoningBenchmark {

    private static final String NO_PATH = """
            PREFIX oboInOwl: <http://www.geneontology.org/formats/oboInOwl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?paper WHERE {
              ?paper schema:about|schema:mentions ?concept .
              { ?concept rdfs:subClassOf ?class }
              UNION { ?mondo skos:exactMatch ?concept . ?mondo rdfs:subClassOf ?class }
              UNION { ?concept skos:exactMatch ?mondo . ?mondo rdfs:subClassOf ?class }
              UNION { ?mondo oboInOwl:hasDbXref ?concept . ?mondo rdfs:subClassOf ?class }
            }""";

    private record Sample(double prepare, double pathQuery, int pathAnswers, double noPathQuery, int noPathAnswers, long heap, long peak) {}

    private ReasoningBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path db = null;
        int rounds = 5;
        String mondoClass = "MONDO:0005071";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--class" -> mondoClass = args[++i];
                default -> throw new IllegalArgumentException("usage: ReasoningBenchmark --db DIR [--rounds N] [--class MONDO:…]; unknown " + args[i]);
            }
        }
        if (db == null) throw new IllegalArgumentException("give --db DIR (a database built with paperkg ingest)");

        PrefixTable prefixes = PrefixTable.defaults();
        Node classNode = new QueryParams(prefixes).term(mondoClass);
        Query pathQuery = QueryText.parse(QueryLibrary.load("papers-by-disease-class"), prefixes);
        Query noPathQuery = QueryText.parse(NO_PATH, prefixes);

        DatasetGraph dsg = KgStore.open(db);
        try {
            long storeHeap = heapAfterGc();
            InferenceDataset.Level[] levels = InferenceDataset.Level.values();
            List<List<Sample>> samples = new ArrayList<>();
            for (int l = 0; l < levels.length; l++) samples.add(new ArrayList<>());
            // Warm-up: the query engine's code compiled before anything is timed (not reported).
            measure(dsg, InferenceDataset.Level.NONE, pathQuery, noPathQuery, classNode);
            for (int round = 1; round <= rounds; round++) {
                for (int l = 0; l < levels.length; l++) {
                    Sample s = measure(dsg, levels[l], pathQuery, noPathQuery, classNode);
                    samples.get(l).add(s);
                    System.err.printf(Locale.ROOT, "round %d %-9s prepare %6.2f s, path query %6.2f s (%d papers), no-path query %6.2f s (%d papers), heap %,d MB, peak %,d MB%n",
                            round, name(levels[l]), s.prepare(), s.pathQuery(), s.pathAnswers(), s.noPathQuery(), s.noPathAnswers(), s.heap() >> 20, s.peak() >> 20);
                }
            }
            System.out.printf(Locale.ROOT, "database %s (%s), subclasses of %s; medians of %d rounds after a warm-up;"
                            + " heap: in use after a full GC with the view alive (the store alone: %,d MB); peak: highest heap use while preparing and querying%n",
                    db, Txn.calculateRead(dsg, () -> org.paperkg.store.StoreTotals.of(dsg).toString()), mondoClass, rounds, storeHeap >> 20);
            System.out.println("| level | prepare view | path query (answers) | no-path query (answers) | first answer (prepare + path query) | heap | peak heap | first answer vs none | path query vs none | heap vs none | peak vs none |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            Sample none = median(samples.get(0));
            for (int l = 0; l < levels.length; l++) {
                Sample m = median(samples.get(l));
                double first = m.prepare() + m.pathQuery();
                double firstNone = none.prepare() + none.pathQuery();
                System.out.printf(Locale.ROOT, "| %s | %.2f s | %.2f s (%d) | %.2f s (%d) | %.2f s | %,d MB | %,d MB | %.1f× | %.1f× | %.1f× | %.1f× |%n",
                        name(levels[l]), m.prepare(), m.pathQuery(), m.pathAnswers(), m.noPathQuery(), m.noPathAnswers(), first,
                        m.heap() >> 20, m.peak() >> 20, first / firstNone, m.pathQuery() / none.pathQuery(),
                        (double) m.heap() / none.heap(), (double) m.peak() / none.peak());
            }
        } finally {
            KgStore.release(dsg);
        }
    }

    private static Sample measure(DatasetGraph dsg, InferenceDataset.Level level, Query pathQuery, Query noPathQuery, Node classNode) {
        heapAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        long t0 = System.nanoTime();
        DatasetGraph view = InferenceDataset.of(dsg, level);
        double prepare = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        int pathAnswers = papers(view, pathQuery, classNode);
        double path = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        int noPathAnswers = papers(view, noPathQuery, classNode);
        double noPath = (System.nanoTime() - t2) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        long heap = heapAfterGc();
        Reference.reachabilityFence(view); // the view's deductions count in the heap measured above
        return new Sample(prepare, path, pathAnswers, noPath, noPathAnswers, heap, peak);
    }

    /** Distinct ?paper values of a query with ?class bound. */
    private static int papers(DatasetGraph dsg, Query query, Node classNode) {
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(query).substitution(Var.alloc("class"), classNode);
            Set<Node> papers = new HashSet<>();
            try (QueryExec exec = b.build()) {
                exec.select().forEachRemaining((Binding row) -> papers.add(row.get(Var.alloc("paper"))));
            }
            return papers.size();
        });
    }

    private static Sample median(List<Sample> list) {
        return new Sample(median(list.stream().mapToDouble(Sample::prepare).toArray()),
                median(list.stream().mapToDouble(Sample::pathQuery).toArray()), list.get(0).pathAnswers(),
                median(list.stream().mapToDouble(Sample::noPathQuery).toArray()), list.get(0).noPathAnswers(),
                (long) median(list.stream().mapToDouble(Sample::heap).toArray()),
                (long) median(list.stream().mapToDouble(Sample::peak).toArray()));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String name(InferenceDataset.Level level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
