package org.paperkg.serve;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.run.MappingRun;
import org.paperkg.run.Progress;
import org.paperkg.source.Readers;
import org.paperkg.store.IngestRun;
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
        try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg),
                ServeOptions.builder().port(0).timeout(Duration.ofSeconds(20)).build())) {
            List<Thread> readers = new ArrayList<>();
            readers.add(new Thread(() -> {
                while (!done.get()) {
                    StoreTotals t = StoreTotals.of(dsg);
                    reads.incrementAndGet();
                    seen.add(t.papers());
                    if (t.papers() % BATCH != 0 || t.triples() != t.papers() * perCard || t.graphs() != t.papers())
                        torn.add("in-process: " + t);
                }
            }, "reader"));
            String sparql = endpoint.datasetUrl() + "/sparql";
            readers.add(new Thread(() -> {
                // one query, so one transaction: both counts come from the same snapshot
                String q = "SELECT ?papers ?triples { { SELECT (COUNT(DISTINCT ?p) AS ?papers) { GRAPH ?g { ?p a <http://purl.org/spar/fabio/JournalArticle> } } }"
                        + " { SELECT (COUNT(*) AS ?triples) { GRAPH ?h { ?s ?x ?o } } } }";
                while (!done.get()) {
                    HttpResponse<String> r = Http.query(sparql, q);
                    httpReads.incrementAndGet();
                    if (r.statusCode() != 200) {
                        torn.add("HTTP " + r.statusCode() + " " + r.body());
                        continue;
                    }
                    long papers = Long.parseLong(ReadOnlyEndpointTest.column(r, "papers").get(0));
                    long triples = Long.parseLong(ReadOnlyEndpointTest.column(r, "triples").get(0));
                    if (papers % BATCH != 0 || triples != papers * perCard) torn.add("HTTP: papers " + papers + ", triples " + triples);
                }
            }, "http-reader"));
            readers.forEach(Thread::start);
            try {
                MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null),
                        new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), p -> { }, Progress.none());
                for (int b = 0; b < BATCHES; b++) {
                    IngestRun.ingest(dsg, run, List.of(batches.get(b)));
                    // a re-ingest deletes and re-adds the graphs of a batch inside its transaction
                    if (b % 3 == 2) IngestRun.ingest(dsg, run, List.of(batches.get(b - 1)));
                }
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
        assertTrue(reads.get() >= 20 && httpReads.get() >= 20, "enough queries overlapped the ingests: " + reads + " in-process, " + httpReads + " HTTP");
        assertTrue(new TreeSet<>(seen).size() >= 3, "readers saw several committed states: " + new TreeSet<>(seen));
    }

    /** Triples one generated card gives (all cards of Cards.writeMany give the same number). */
    private static long perCardTriples(Path batch) throws Exception {
        DatasetGraph scratch = KgStore.inMemory();
        try {
            IngestRun.ingest(scratch, new MappingRun(Readers.all(PrefixTable.defaults(), null),
                    new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), p -> { }, Progress.none()), List.of(batch));
            StoreTotals t = StoreTotals.of(scratch);
            assertEquals(BATCH, t.papers());
            assertEquals(0, t.triples() % BATCH, t.toString());
            return t.triples() / BATCH;
        } finally {
            KgStore.release(scratch);
        }
    }
}
