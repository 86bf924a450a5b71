package org.paperkg.serve;

import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.testing.Ingests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.Readers;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreTotals;
import org.paperkg.testutil.Cards;

/**
 * Queries running while ingests commit, against one TDB2 database in one JVM: in-process readers
 * and the served endpoint over HTTP. Every card gives the same number of triples and an ingest adds
 * (or, re-ingesting, replaces) a batch of them in one transaction, so every committed state has
 * triples = papers × per-card triples with papers a multiple of the batch size. Any other pair
 * would be a state between two commits: none may be seen.
 */
class QueryDuringIngestTest {

    private static final int BATCH = 10;
    private static final int BATCHES = 12;

    @TempDir
    Path tmp;

    @Test
    void aQuerySeesTheStateBeforeOrAfterACommitNeverBetween() throws Exception {
        List<Path> batches = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) batches.add(Cards.writeMany(tmp.resolve("in"), "batch-" + b + ".md.gz", b * BATCH, BATCH));
        long perCard = perCardTriples(batches.get(0));

        DatasetGraph dsg = KgStore.open(tmp.resolve("db"));
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
        Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicLong reads = new AtomicLong(), httpReads = new AtomicLong();
        ConcurrentLinkedQueue<String> httpErrors = new ConcurrentLinkedQueue<>();
        try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg),
                ServeOptions.builder().port(0).timeout(Duration.ofSeconds(20)).build())) {
            List<Thread> readers = new ArrayList<>();
            readers.add(new Thread(() -> {
                while (!done.get()) {
                    long[] t = Txn.calculateRead(dsg, () -> paperTotals(dsg));
                    reads.incrementAndGet();
                    seen.add(t[0]);
                    if (t[0] % BATCH != 0 || t[2] != t[0] * perCard || t[1] != t[0] || t[3] != t[0])
                        torn.add("in-process: papers " + t[0] + ", graphs " + t[1] + ", triples " + t[2] + ", statistics papers " + t[3]);
                }
            }, "reader"));
            String sparql = endpoint.datasetUrl() + "/sparql";
            readers.add(new Thread(() -> {
                // one query, so one transaction: both counts come from the same snapshot
                // the statistics graph is written in the same transaction: its count moves with the papers
                String q = "SELECT ?papers ?triples ?statPapers { { SELECT (COUNT(DISTINCT ?p) AS ?papers) { GRAPH ?g { ?p a <http://purl.org/spar/fabio/JournalArticle> } } }"
                        + " { SELECT (COUNT(*) AS ?triples) { GRAPH ?h { ?h a <" + SOURCE_GRAPH + "> . ?s ?x ?o } } }"
                        + " OPTIONAL { GRAPH ?st { ?t a <https://w3id.org/paperkg/vocab#Statistics> ; <https://w3id.org/paperkg/vocab#papers> ?statPapers } } }";
                while (!done.get()) {
                    HttpResponse<String> r;
                    try {
                        r = Http.query(sparql, q);
                    } catch (RuntimeException e) {
                        // a request that fails (a timeout on a loaded machine) is not a torn read: noted, and the reader goes on
                        httpErrors.add(String.valueOf(e));
                        continue;
                    }
                    httpReads.incrementAndGet();
                    if (r.statusCode() != 200) {
                        torn.add("HTTP " + r.statusCode() + " " + r.body());
                        continue;
                    }
                    long papers = Long.parseLong(ReadOnlyEndpointTest.column(r, "papers").get(0));
                    long triples = Long.parseLong(ReadOnlyEndpointTest.column(r, "triples").get(0));
                    // before the first commit there is no statistics graph: the OPTIONAL leaves statPapers unbound
                    List<String> stat = ReadOnlyEndpointTest.column(r, "statPapers");
                    long statPapers = stat.isEmpty() || stat.get(0) == null || stat.get(0).isEmpty() ? 0 : Long.parseLong(stat.get(0));
                    if (papers % BATCH != 0 || triples != papers * perCard || statPapers != papers)
                        torn.add("HTTP: papers " + papers + ", triples " + triples + ", statistics papers " + statPapers);
                }
            }, "http-reader"));
            // a reader that dies must fail the test with its cause, not leave it short of reads
            readers.forEach(t -> t.setUncaughtExceptionHandler((th, e) -> torn.add(th.getName() + " died: " + e)));
            readers.forEach(Thread::start);
            try {
                MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null),
                        new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), p -> { }, Progress.none());
                for (int b = 0; b < BATCHES; b++) {
                    Ingests.into(dsg, run, List.of(batches.get(b)));
                    // a re-ingest deletes and re-adds the graphs of a batch inside its transaction
                    if (b % 3 == 2) Ingests.into(dsg, run, List.of(batches.get(b - 1)));
                }
                // on a slow machine the first HTTP queries can outlast the loads: re-ingest (whole commits that
                // change nothing in the end) until both readers have overlapped enough of them, within a minute
                long deadline = System.nanoTime() + 60_000_000_000L;
                for (int b = 0; (reads.get() < 20 || httpReads.get() < 20) && System.nanoTime() < deadline; b = (b + 1) % BATCHES)
                    Ingests.into(dsg, run, List.of(batches.get(b)));
            } finally {
                done.set(true);
                for (Thread t : readers) t.join(30_000);
            }
        } finally {
            StoreTotals end = StoreTotals.of(dsg);
            KgStore.release(dsg);
            assertEquals(BATCHES * BATCH, end.papers(), end.toString());
        }
        assertEquals(List.of(), List.copyOf(torn), "states between commits were seen");
        assertTrue(reads.get() >= 20 && httpReads.get() >= 20, "enough queries overlapped the ingests: " + reads + " in-process, " + httpReads + " HTTP; failed requests: " + httpErrors);
        assertTrue(new TreeSet<>(seen).size() >= 3, "readers saw several committed states: " + new TreeSet<>(seen));
    }

    private static final String SOURCE_GRAPH = "https://w3id.org/paperkg/vocab#SourceGraph";

    /** Papers, paper graphs, triples in paper graphs, and papers as the statistics graph counts them. */
    private static long[] paperTotals(DatasetGraph dsg) {
        String q = "SELECT (COUNT(DISTINCT ?p) AS ?papers) (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?triples) "
                + "{ GRAPH ?g { ?g a <" + SOURCE_GRAPH + "> . ?s ?x ?o "
                + "BIND(IF(?x = <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> && ?o = <http://purl.org/spar/fabio/JournalArticle>, ?s, ?none) AS ?p) } }";
        var row = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).select().next();
        long papers = Long.parseLong(row.get("papers").getLiteralLexicalForm());
        long graphs = Long.parseLong(row.get("graphs").getLiteralLexicalForm());
        long triples = Long.parseLong(row.get("triples").getLiteralLexicalForm());
        long statPapers = new org.paperkg.stats.StatisticsGraph(PaperIris.DEFAULT_BASE).total(dsg, "papers");
        return new long[] {papers, graphs, triples, statPapers};
    }

    /** Triples one generated card gives (all cards of Cards.writeMany give the same number). */
    private static long perCardTriples(Path batch) throws Exception {
        DatasetGraph scratch = KgStore.inMemory();
        try {
            Ingests.into(scratch, new MappingRun(Readers.all(PrefixTable.defaults(), null),
                    new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), p -> { }, Progress.none()), List.of(batch));
            long[] t = Txn.calculateRead(scratch, () -> paperTotals(scratch));
            assertEquals(BATCH, t[0]);
            assertEquals(0, t[2] % BATCH, "triples " + t[2]);
            return t[2] / BATCH;
        } finally {
            KgStore.release(scratch);
        }
    }
}
