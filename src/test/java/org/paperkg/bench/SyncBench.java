package org.paperkg.bench;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The measuring part of scripts/bench-sync (not a test, and not in the jar): against a running
 * {@code paperkg serve --allow-update}, point lookups (the library's paper-by-id, a random paper's
 * PMC id) from several connections, first idle, then while one PubMed update file is applied with
 * {@code POST /kg/ingest?sync=true}; and all along, on one more connection, a probe that asks in one
 * query (one read transaction, so one snapshot) how many of the update's new PMIDs and how many of
 * its deleted PMIDs have a PubMed graph. Every answer must be (new 0, deleted D) or (new M, deleted
 * 0): anything else would be a half-applied file. Then the same file again, which must answer
 * {@code alreadyApplied}, and the load once more, idle, the file applied (the drift of the machine's
 * load over the run: printed, not in the ratio).
 * <p>
 * Usage: SyncBench BASE_URL UPDATE_FILE USER:PASSWORD PAPERS NEW_FROM NEW CONNECTIONS WARMUP_S IDLE_S
 * <br>BASE_URL is the server's root (http://127.0.0.1:PORT); PAPERS the papers whose PMC ids the
 * lookups draw from (10000000 + i, i below PAPERS); the new papers are NEW_FROM to NEW_FROM+NEW-1
 * (PMID 30000000 + i); the deleted PMIDs are read from the file's DeleteCitation.
 * Prints {@code key value} lines: idle, during and after (count, p50_ms, p95_ms, qps, and the CPU
 * cores busy: the machine's, the server's, this client's), sync_secs, the sync
 * answer's counts, the probes and the half-applied ones, and the second POST's answer.
 */
public final class SyncBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PUBMED_GRAPHS = "https://w3id.org/paperkg/graph/pubmed/";

    /** One lookup: when it was sent and answered (System.nanoTime). */
    private record Timed(long start, long end) {
        double ms() {
            return (end - start) / 1e6;
        }
    }

    /** One probe: when, and what it saw. */
    private record Probe(long start, long end, int added, int deleted) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path file = Path.of(args[1]);
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[2].getBytes(StandardCharsets.UTF_8));
        int papers = Integer.parseInt(args[3]);
        int newFrom = Integer.parseInt(args[4]);
        int added = Integer.parseInt(args[5]);
        int connections = Integer.parseInt(args[6]);
        int warmupSeconds = Integer.parseInt(args[7]);
        int idleSeconds = Integer.parseInt(args[8]);
        String endpoint = base + "/kg/query";
        Path queries = Path.of(System.getProperty("bench.queries", "queries"));

        List<String> deletedPmids = deletedPmids(file);
        List<String> newPmids = new ArrayList<>();
        for (int i = newFrom; i < newFrom + added; i++) newPmids.add(Integer.toString(30_000_000 + i));
        String probe = probeQuery(newPmids, deletedPmids);
        String template = Files.readString(queries.resolve("paper-by-id.rq"));
        int before = deletedPmids.size();
        System.out.printf(Locale.ROOT, "update file %s new %d deleted_pmids %d%n", file.getFileName(), added, before);

        // before anything: the state the probe must see until the file lands
        int[] start = probe(endpoint, probe);
        if (start[0] != 0 || start[1] != before)
            throw new IllegalStateException("before the sync the probe sees new " + start[0] + ", deleted " + start[1]
                    + " (expected 0 and " + before + "): is the file applied already, or the baseline missing?");

        // warm-up (not measured): a fresh server compiles its request path during its first seconds
        Load warm = new Load(endpoint, template, probe, papers, connections);
        Thread.sleep(warmupSeconds * 1000L);
        warm.stop();

        Cpu c0 = Cpu.now();
        Load idle = new Load(endpoint, template, probe, papers, connections);
        Thread.sleep(idleSeconds * 1000L);
        idle.stop();
        Cpu c1 = Cpu.now();
        report("idle", idle.lookups(Long.MIN_VALUE, Long.MAX_VALUE), idle.elapsedSeconds());
        System.out.println("idle_cpu " + c1.since(c0));

        // during: the same load, the update posted a second after it started, kept up a second after the answer
        Load during = new Load(endpoint, template, probe, papers, connections);
        Thread.sleep(1000);
        Cpu c2 = Cpu.now();
        long t0 = System.nanoTime();
        HttpResponse<String> answer = postFile(base, file, auth);
        long t1 = System.nanoTime();
        Cpu c3 = Cpu.now();
        Thread.sleep(1000);
        during.stop();
        if (answer.statusCode() != 200) throw new IllegalStateException("the sync answered HTTP " + answer.statusCode() + ": " + answer.body());
        double syncSeconds = (t1 - t0) / 1e9;
        report("during", during.lookups(t0, t1), syncSeconds);
        System.out.println("during_cpu " + c3.since(c2));
        System.out.printf(Locale.ROOT, "sync_secs %.2f%n", syncSeconds);
        JsonObject a = JsonParser.parseString(answer.body()).getAsJsonObject();
        System.out.printf(Locale.ROOT, "answer added %s revised %s deleted %s deletionsNotFound %s recordsRead %s problemCount %s%n",
                a.get("added"), a.get("revised"), a.get("deleted"), a.get("deletionsNotFound"), a.get("recordsRead"), a.get("problemCount"));
        System.out.println("answer_warnings " + a.get("warningsByCode"));

        // the same file again: nothing to do
        HttpResponse<String> again = postFile(base, file, auth);
        JsonObject b = JsonParser.parseString(again.body()).getAsJsonObject();
        boolean already = again.statusCode() == 200 && b.has("alreadyApplied") && b.get("alreadyApplied").getAsBoolean();
        System.out.printf(Locale.ROOT, "again status %d alreadyApplied %s%n", again.statusCode(), already);

        // idle again, the file applied: the drift of the machine's load over the run (not in the ratio)
        Cpu c4 = Cpu.now();
        Load after = new Load(endpoint, template, probe, papers, connections);
        Thread.sleep(idleSeconds * 1000L);
        after.stop();
        Cpu c5 = Cpu.now();
        report("after", after.lookups(Long.MIN_VALUE, Long.MAX_VALUE), after.elapsedSeconds());
        System.out.println("after_cpu " + c5.since(c4));

        // the probes: each must see the whole file or none of it; none after the answer may see it missing
        List<Probe> probes = new ArrayList<>();
        probes.addAll(idle.probes());
        probes.addAll(during.probes());
        probes.addAll(after.probes());
        long firstAfter = Long.MAX_VALUE;
        for (Probe p : probes) if (p.added() == added && p.deleted() == 0) firstAfter = Math.min(firstAfter, p.end());
        int beforeState = 0, afterState = 0, half = 0, backwards = 0;
        for (Probe p : probes) {
            if (p.added() == 0 && p.deleted() == before) {
                beforeState++;
                // sent after the answer, or after another probe saw the file: the file went missing again
                if (p.start() > t1 || p.start() > firstAfter) backwards++;
            } else if (p.added() == added && p.deleted() == 0) {
                afterState++;
                if (p.end() < t0) backwards++;              // answered before the file was sent
            } else {
                half++;
                System.out.printf(Locale.ROOT, "half_applied_probe new %d deleted %d at %.3f s after the POST%n",
                        p.added(), p.deleted(), (p.start() - t0) / 1e9);
            }
        }
        int[] end = probe(endpoint, probe);
        if (end[0] == added && end[1] == 0) afterState++;
        else half++;
        System.out.printf(Locale.ROOT, "probes %d before %d after %d half_applied %d out_of_order %d during_sync %d final_new %d final_deleted %d%n",
                probes.size() + 1, beforeState, afterState, half, backwards,
                probes.stream().filter(p -> p.end() >= t0 && p.start() <= t1).count(), end[0], end[1]);
    }

    private static void report(String label, List<Timed> lookups, double seconds) {
        double[] ms = lookups.stream().mapToDouble(Timed::ms).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s count %d seconds %.1f qps %.0f p50_ms %.1f p95_ms %.1f max_ms %.1f%n", label, ms.length, seconds,
                ms.length / seconds, pct(ms, 50), pct(ms, 95), ms.length == 0 ? Double.NaN : ms[ms.length - 1]);
    }

    /**
     * C lookup threads and one probe thread, until stopped. Lookups are paper-by-id of a random
     * paper's PMC id (every paper has one).
     */
    private static final class Load {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final List<List<Timed>> times = new ArrayList<>();
        private final List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> threads = new ArrayList<>();
        private final long started = System.nanoTime();
        private long stopped;
        private volatile Exception failure;

        Load(String endpoint, String template, String probe, int papers, int connections) {
            for (int c = 0; c < connections; c++) {
                List<Timed> mine = new ArrayList<>();
                times.add(mine);
                threads.add(start(() -> {
                    String id = "\"PMC" + (10_000_000 + ThreadLocalRandom.current().nextInt(papers)) + "\"";
                    String q = QueryBench.bind(template, Map.of("id", id));
                    long t0 = System.nanoTime();
                    // a row per DOI: a paper whose card and PubMed record give two DOIs (ID_CONFLICT) has two
                    if (rows(post(endpoint, q)) < 1) throw new IllegalStateException("paper-by-id " + id + ": no paper");
                    mine.add(new Timed(t0, System.nanoTime()));
                }));
            }
            threads.add(start(() -> {
                long t0 = System.nanoTime();
                int[] seen = probe(endpoint, probe);
                probes.add(new Probe(t0, System.nanoTime(), seen[0], seen[1]));
            }));
        }

        private Thread start(Step step) {
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) step.run();
                } catch (Exception e) {
                    failure = e;
                }
            });
            t.start();
            return t;
        }

        void stop() throws Exception {
            stop.set(true);
            for (Thread t : threads) t.join();
            stopped = System.nanoTime();
            if (failure != null) throw failure;
        }

        double elapsedSeconds() {
            return (stopped - started) / 1e9;
        }

        /** The lookups answered between from and to. */
        List<Timed> lookups(long from, long to) {
            List<Timed> out = new ArrayList<>();
            for (List<Timed> l : times) for (Timed t : l) if (t.end() >= from && t.end() <= to) out.add(t);
            return out;
        }

        List<Probe> probes() {
            return probes;
        }
    }

    /**
     * CPU time so far, from /proc: the whole machine's busy time (every process, other helpers'
     * builds included), the server's (-Dbench.serverPid) and this client's, in clock ticks of 1/100 s.
     */
    private record Cpu(long wall, long machineBusy, long server, long client) {
        static Cpu now() {
            long busy = 0, server = 0, client = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal: busy = all but idle and iowait
                for (int i = 1; i <= 8 && i < f.length; i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]);
                server = processTicks(System.getProperty("bench.serverPid", ""));
                client = processTicks(Long.toString(ProcessHandle.current().pid()));
            } catch (IOException | RuntimeException e) {
                // not Linux: no CPU figures
            }
            return new Cpu(System.nanoTime(), busy, server, client);
        }

        private static long processTicks(String pid) throws IOException {
            if (pid.isEmpty()) return 0;
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14 and 15)
        }

        /** Cores busy on average since {@code o}: the machine, the server, this client. */
        String since(Cpu o) {
            double seconds = (wall - o.wall) / 1e9;
            return String.format(Locale.ROOT, "machine_cores %.2f server_cores %.2f client_cores %.2f",
                    (machineBusy - o.machineBusy) / 100.0 / seconds, (server - o.server) / 100.0 / seconds, (client - o.client) / 100.0 / seconds);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * One query, so one read transaction: how many of the new PMIDs and how many of the deleted
     * PMIDs have a PubMed graph. By the graph, not the paper: a deleted PMID's paper stays when its
     * card holds it (and 40% of synthetic cards carry the PMID too).
     */
    static String probeQuery(List<String> newPmids, List<String> deletedPmids) {
        StringBuilder q = new StringBuilder("PREFIX fabio: <http://purl.org/spar/fabio/>\n"
                + "SELECT (COUNT(DISTINCT ?n) AS ?new) (COUNT(DISTINCT ?d) AS ?deleted) WHERE {\n  { VALUES ?n {");
        for (String p : newPmids) q.append(" \"").append(p).append('"');
        q.append(" }\n    GRAPH ?g { ?p fabio:hasPubMedId ?n } FILTER(STRSTARTS(STR(?g), \"" + PUBMED_GRAPHS + "\")) }\n  UNION\n  { VALUES ?d {");
        for (String p : deletedPmids) q.append(" \"").append(p).append('"');
        q.append(" }\n    GRAPH ?h { ?r fabio:hasPubMedId ?d } FILTER(STRSTARTS(STR(?h), \"" + PUBMED_GRAPHS + "\")) }\n}\n");
        return q.toString();
    }

    static int[] probe(String endpoint, String probe) throws Exception {
        JsonArray rows = JsonParser.parseString(post(endpoint, probe)).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
        JsonObject row = rows.get(0).getAsJsonObject();
        return new int[] {row.getAsJsonObject("new").get("value").getAsInt(), row.getAsJsonObject("deleted").get("value").getAsInt()};
    }

    private static final Pattern DELETE_CITATION = Pattern.compile("(?s)<DeleteCitation>(.*?)</DeleteCitation>");
    private static final Pattern PMID = Pattern.compile("<PMID[^>]*>\\s*(\\d+)\\s*</PMID>");

    /** The PMIDs of the file's DeleteCitation lists. */
    static List<String> deletedPmids(Path file) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>();
        Matcher lists = DELETE_CITATION.matcher(text);
        while (lists.find()) {
            Matcher m = PMID.matcher(lists.group(1));
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    private static HttpResponse<String> postFile(String base, Path file, String auth) throws Exception {
        String name = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/kg/ingest?sync=true&name=" + name))
                .timeout(Duration.ofHours(1))
                .header("Authorization", auth)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String post(String endpoint, String query) throws Exception {
        return QueryBench.post(endpoint, query);
    }

    /** Result rows of a SELECT answer. */
    private static int rows(String json) {
        return JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings").size();
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int k = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }
}
