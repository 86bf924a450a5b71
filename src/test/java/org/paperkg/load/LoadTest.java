package org.paperkg.load;

import org.paperkg.testing.Ingests;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.query.QueryLibrary;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.serve.EmbeddedEndpoint;
import org.paperkg.serve.ServeOptions;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.source.Readers;
import org.paperkg.store.KgStore;
import org.paperkg.testutil.Cards;

/**
 * Load test (scripts/loadtest): a concurrent query mix over HTTP against the served store for a
 * fixed time while an ingest runs, then checks that no query failed and that the store holds every
 * paper given.
 * <p>
 * TDB2 lets one process open a database, so the server and the ingest share one JVM here: the
 * endpoint is the real {@link EmbeddedEndpoint} (loopback only, a free port) serving a TDB2
 * database on disk, and the ingest is the real {@link IngestRun} on the same dataset, in batches (one
 * write transaction each) spread over the run. The clients are plain HTTP clients.
 * <p>
 * Options: {@code --seconds 60 --clients 4 --papers 1000 --batches 40 --max-queries 1000000 --timeout 30}.
 * Exit code 0 when there was no error and the paper count is right, else 1.
 */
public final class LoadTest {

    /** A query of the mix: name, weight, SPARQL, the Accept header. */
    record Kind(String name, int weight, String query, String accept) {}

    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX schema: <http://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "4"));
        int papers = Integer.parseInt(opt.getOrDefault("papers", "1000"));
        int batches = Integer.parseInt(opt.getOrDefault("batches", "40"));
        long maxQueries = Long.parseLong(opt.getOrDefault("max-queries", "1000000"));
        int timeout = Integer.parseInt(opt.getOrDefault("timeout", "30"));
        if (papers % batches != 0) throw new IllegalArgumentException("--papers must be a multiple of --batches");
        int perBatch = papers / batches;

        Path work = Files.createTempDirectory("paperkg-loadtest");
        List<Path> inputs = new ArrayList<>();
        for (int b = 0; b < batches; b++) inputs.add(Cards.writeMany(work.resolve("in"), "batch-" + b + ".md.gz", b * perBatch, perBatch));

        DatasetGraph dsg = KgStore.open(work.resolve("db"));
        int exit;
        try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder()
                .host("127.0.0.1").port(0).timeout(Duration.ofSeconds(timeout)).build())) {
            String sparql = endpoint.datasetUrl() + "/sparql";
            System.out.printf("loadtest: %d s, %d clients, %d papers in %d ingest batches, against %s (TDB2 in %s)%n",
                    seconds, clients, papers, batches, sparql, work.resolve("db"));
            exit = run(dsg, sparql, inputs, seconds, clients, maxQueries, papers);
        } finally {
            KgStore.release(dsg);
            deleteTree(work);
        }
        System.exit(exit);
    }

    private static int run(DatasetGraph dsg, String sparql, List<Path> inputs, int seconds, int clients, long maxQueries,
                           int papers) throws Exception {
        List<Kind> mix = mix();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        AtomicLong issued = new AtomicLong();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());

        // the ingest: one batch (one write transaction) at a time, spread over 5/6 of the run
        AtomicReference<Throwable> ingestFailure = new AtomicReference<>();
        long[] ingestDone = new long[1];
        Thread ingest = new Thread(() -> {
            try {
                MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null),
                        new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), p -> { }, Progress.none());
                long spacing = Duration.ofSeconds(seconds).toNanos() * 5 / 6 / inputs.size();
                for (int b = 0; b < inputs.size(); b++) {
                    long due = start + b * spacing;
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    Ingests.into(dsg, run, List.of(inputs.get(b)));
                }
                ingestDone[0] = System.nanoTime();
            } catch (Throwable t) {
                ingestFailure.set(t);
            }
        }, "ingest");
        ingest.start();

        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            Thread t = new Thread(() -> {
                int total = mix.stream().mapToInt(Kind::weight).sum();
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxQueries) {
                    Kind kind = pick(mix, random.nextInt(total));
                    String query = kind.query().replace("%PMC%", "PMC" + (2_000_000 + random.nextInt(papers)));
                    long t0 = System.nanoTime();
                    String failure = null;
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                .header("Accept", kind.accept()).timeout(Duration.ofSeconds(60)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) failure = kind.name() + ": HTTP " + r.statusCode() + " " + r.body().strip();
                    } catch (IOException e) {
                        failure = kind.name() + ": " + e;
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - t0;
                    if (failure != null) {
                        errors.computeIfAbsent(kind.name(), k -> new AtomicLong()).incrementAndGet();
                        if (errorSamples.size() < 10) errorSamples.add(failure);
                    } else {
                        latencies.computeIfAbsent(kind.name(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(took);
                        mine.add(took);
                    }
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        long queryEnd = System.nanoTime();
        ingest.join(Duration.ofSeconds(seconds * 2L + 60).toMillis());

        // report
        List<Long> all = new ArrayList<>();
        latencies.values().forEach(all::addAll);
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        double secs = (queryEnd - start) / 1e9;
        System.out.printf("queries: %d in %.1f s = %.1f queries/s, errors %d%n", all.size() + errorCount, secs,
                (all.size() + errorCount) / secs, errorCount);
        System.out.printf("latency (ms): p50 %s  p90 %s  p99 %s  max %s%n", ms(all, 50), ms(all, 90), ms(all, 99), ms(all, 100));
        for (Kind k : mix) {
            List<Long> l = latencies.getOrDefault(k.name(), List.of());
            System.out.printf("  %-16s n=%-6d p50 %-8s p99 %-8s errors %d%n", k.name(), l.size(), ms(l, 50), ms(l, 99),
                    errors.getOrDefault(k.name(), new AtomicLong()).get());
        }
        errorSamples.forEach(e -> System.out.println("  error: " + e));
        if (ingestFailure.get() != null) System.out.println("ingest FAILED: " + ingestFailure.get());
        else if (ingest.isAlive()) System.out.println("ingest did not finish in time");
        else System.out.printf("ingest: %d batches (one transaction each) done in %.1f s%n", inputs.size(), (ingestDone[0] - start) / 1e9);

        HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(PREFIXES
                        + "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a fabio:JournalArticle }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        long stored = Long.parseLong(count.body().lines().skip(1).findFirst().orElse("-1").strip());
        boolean ok = errorCount == 0 && ingestFailure.get() == null && !ingest.isAlive() && stored == papers;
        System.out.printf("after: papers in the store %d, input papers %d; errors %d: %s%n", stored, papers, errorCount, ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }

    static List<Kind> mix() throws IOException {
        List<Kind> mix = new ArrayList<>();
        String json = "application/sparql-results+json";
        mix.add(new Kind("paper-by-pmcid", 4, PREFIXES + """
                SELECT ?title ?author { ?p fabio:hasPubMedCentralId "%PMC%" ; dcterms:title ?title ; dcterms:creator/foaf:name ?author }""", json));
        mix.add(new Kind("papers-by-concept", 3, PREFIXES + """
                SELECT ?p ?title { ?p schema:about <http://purl.obolibrary.org/obo/MONDO_0005246> ; dcterms:title ?title } ORDER BY ?p LIMIT 100""", json));
        mix.add(new Kind("count-papers", 2, PREFIXES + "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a fabio:JournalArticle }", json));
        mix.add(new Kind("ask", 2, PREFIXES + "ASK { ?p schema:mentions ?c }", json));
        mix.add(new Kind("construct-titles", 1, PREFIXES + "CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p dcterms:title ?t } LIMIT 500", "text/turtle"));
        mix.add(new Kind("top-concepts", 1, QueryLibrary.load("top-concepts-by-type"), "text/csv"));
        mix.add(new Kind("dataset-summary", 1, QueryLibrary.load("dataset-summary"), json));
        return mix;
    }

    private static Kind pick(List<Kind> mix, int r) {
        for (Kind k : mix) {
            if (r < k.weight()) return k;
            r -= k.weight();
        }
        return mix.get(0);
    }

    private static String ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) return "-";
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(Comparator.naturalOrder());
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return String.format("%.1f", sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("usage: --name value ...: " + args[i]);
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
