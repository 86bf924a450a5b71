package org.paperkg.bench;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The query part of scripts/bench (not a test, and not in the jar): times every query of queries/
 * against a running endpoint (a warm-up pass over all queries, then per query warm-up runs and p50/p99 of the timed runs), then runs point lookups
 * from several connections at once for a while. Parameters are bound by a VALUES clause at the start
 * of the query's WHERE group, with values taken from the store (the most common concepts) or from
 * the synthetic corpus's numbering (PMC ids 10000000 + i).
 * <p>
 * Usage: QueryBench ENDPOINT_URL QUERIES_DIR PAPERS [RUNS] [WARMUP] [CONNECTIONS] [SECONDS]
 * Prints one line per query: {@code query NAME p50_ms P99_ms rows N}, then
 * {@code lookups_first …} and {@code lookups connections C seconds S count N qps Q p50_ms A p99_ms B}.
 */
public final class QueryBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Seconds a query may take (the server is started with the same --timeout). */
    static final int LIMIT_S = Integer.getInteger("bench.limit", 30);
    private static final Pattern WHERE = Pattern.compile("(?i)\\bWHERE\\s*\\{");

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        Path dir = Path.of(args[1]);
        int papers = Integer.parseInt(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int connections = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 20;

        Map<String, String> values = parameterValues(endpoint, papers);
        // -Dbench.only=a,b: only those queries (scripts/bench-queries --only)
        List<String> only = Arrays.stream(System.getProperty("bench.only", "").split(",")).filter(n -> !n.isBlank()).toList();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq"))
                    .filter(p -> only.isEmpty() || only.contains(p.getFileName().toString().replace(".rq", "")))
                    .sorted().toList();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".rq", "");
            Map<String, String> mine = new LinkedHashMap<>(values);
            if (name.equals("concept-mentions")) mine.put("concept", values.get("mentioned"));
            mine.remove("mentioned");
            texts.put(name, bind(Files.readString(f), mine));
        }
        warmUp(endpoint, texts, warmup);
        for (Map.Entry<String, String> query : texts.entrySet()) {
            String name = query.getKey();
            String text = query.getValue();
            int rows = 0;
            long w0 = System.nanoTime();
            try {
                rows = rows(post(endpoint, text));
            } catch (java.io.IOException | IllegalStateException e) {
                // over the time limit (the client's or the server's --timeout)
                System.out.printf(Locale.ROOT, "query %s p50_ms >%d p99_ms >%d rows - runs 0%n", name, LIMIT_S * 1000, LIMIT_S * 1000);
                continue;
            }
            // a query that takes seconds gets 3 timed runs (one when it takes over 10 s), not 20;
            // a slow first run is timed again: the first query after start-up pays for cold caches
            double first = (System.nanoTime() - w0) / 1e9;
            if (first > 2) {
                w0 = System.nanoTime();
                rows = rows(post(endpoint, text));
                first = (System.nanoTime() - w0) / 1e9;
            }
            boolean slow = first > 2;
            int n = first > 10 ? 1 : slow ? Math.min(3, runs) : runs;
            for (int i = 1; i < (slow ? 1 : warmup); i++) rows = rows(post(endpoint, text));
            List<Double> times = new ArrayList<>();
            boolean overLimit = false;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                try {
                    rows = rows(post(endpoint, text));
                } catch (java.io.IOException | IllegalStateException e) {
                    overLimit = true;
                    break;
                }
                times.add((System.nanoTime() - t0) / 1e6);
            }
            double[] ms = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (overLimit || ms.length == 0) {
                System.out.printf(Locale.ROOT, "query %s p50_ms >%d p99_ms >%d rows - runs %d%n", name, LIMIT_S * 1000, LIMIT_S * 1000, ms.length);
                continue;
            }
            System.out.printf(Locale.ROOT, "query %s p50_ms %.1f p99_ms %.1f rows %d runs %d%n", name, pct(ms, 50), pct(ms, 99), rows, ms.length);
        }
        textSearches(endpoint, dir, papers, runs);
        if (seconds > 0) lookups(endpoint, dir, papers, connections, seconds);
    }

    /**
     * Full-text search with several distinct terms (issue 20): the library query search and a raw
     * text:query (abstracts, the 100 best hits with their scores), each term warmed once and then
     * run {@code runs / 4} times; printed as one line each with the p50 and p99 over all the runs.
     * The terms come from the titles of papers spread over the store: the disease label (a phrase
     * when it has several words) and the first word after the colon (the synthetic vocabulary: a
     * common word, in many abstracts).
     */
    private static void textSearches(String endpoint, Path dir, int papers, int runs) throws Exception {
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        for (int k = 0; k < 8; k++) {
            String title = title(endpoint, paper((int) ((long) k * papers / 8)));
            int in = title.indexOf(" in "), colon = title.indexOf(':');
            if (in < 0 || colon < in) continue;
            String label = title.substring(in + 4, colon).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").strip();
            terms.add(label.contains(" ") ? "\\\"" + label + "\\\"" : label);
            String[] tail = title.substring(colon + 1).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").split(" +");
            if (tail.length > 0 && !tail[0].isEmpty()) terms.add(tail[0]);
        }
        String search = Files.readString(dir.resolve("search.rq"));
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("search", terms.stream().map(t -> bind(search, Map.of("terms", "\"" + t + "\""))).toList());
        kinds.put("text_query", terms.stream().map(t -> "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT ?s ?score { (?s ?score) text:query (\"" + t + "\" 100) }").toList());
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            List<Double> times = new ArrayList<>();
            long rows = 0;
            for (String q : kind.getValue()) {
                post(endpoint, q);
                for (int i = 0; i < Math.max(1, runs / 4); i++) {
                    long t0 = System.nanoTime();
                    rows += rows(post(endpoint, q));
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
            double[] ms = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "text %s p50_ms %.1f p99_ms %.1f terms %d runs %d rows %d%n", kind.getKey(), pct(ms, 50), pct(ms, 99),
                    terms.size(), ms.length, rows);
        }
        System.out.println("text_terms " + String.join(" | ", terms));
    }

    private static String title(String endpoint, String paper) throws Exception {
        String q = "SELECT ?t { <" + paper + "> <http://purl.org/dc/terms/title> ?t } LIMIT 1";
        JsonArray b = JsonParser.parseString(post(endpoint, q)).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
        return b.isEmpty() ? "" : b.get(0).getAsJsonObject().getAsJsonObject("t").get("value").getAsString();
    }

    /**
     * Runs every query {@code rounds} times, round-robin, before any is timed: a fresh server compiles
     * the query engine's shared code paths during its first few hundred requests, and without this
     * the first queries in the list paid for it (author-papers, timed first, was ~30% slower than on
     * a warm server). Queries over the time limit are left to the timed loop, which reports them.
     */
    private static void warmUp(String endpoint, Map<String, String> texts, int rounds) {
        java.util.Set<String> failed = new java.util.HashSet<>();
        for (int r = 0; r < rounds; r++)
            for (Map.Entry<String, String> e : texts.entrySet()) {
                if (failed.contains(e.getKey())) continue;
                long t0 = System.nanoTime();
                try {
                    post(endpoint, e.getValue());
                } catch (Exception ex) {
                    failed.add(e.getKey());
                }
                // a slow query (seconds) is warmed once: the timed loop runs it again anyway
                if (System.nanoTime() - t0 > 2_000_000_000L) failed.add(e.getKey());
            }
    }

    /**
     * Point lookups (paper-record of a random paper) from several threads: first {@code seconds} of
     * them right after the queries (printed as {@code lookups_first}: the server still compiles the
     * request path; its JIT threads took a third of its CPU then), then {@code seconds} more, the
     * steady rate a running endpoint gives (printed as {@code lookups}).
     */
    private static void lookups(String endpoint, Path dir, int papers, int connections, int seconds) throws Exception {
        String template = Files.readString(dir.resolve("paper-record.rq"));
        for (int i = 0; i < 50; i++) post(endpoint, bind(template, Map.of("paper", "<" + paper(i % papers) + ">")));
        lookupPhase("lookups_first", endpoint, template, papers, connections, seconds);
        lookupPhase("lookups", endpoint, template, papers, connections, seconds);
    }

    private static void lookupPhase(String label, String endpoint, String template, int papers, int connections, int seconds)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<List<Double>> times = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            List<Double> mine = new ArrayList<>();
            times.add(mine);
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    String q = bind(template, Map.of("paper", "<" + paper(ThreadLocalRandom.current().nextInt(papers)) + ">"));
                    long t0 = System.nanoTime();
                    try {
                        post(endpoint, q);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    mine.add((System.nanoTime() - t0) / 1e6);
                }
            });
            threads.add(t);
            t.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] all = times.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s connections %d seconds %.1f count %d qps %.0f p50_ms %.1f p99_ms %.1f%n",
                label, connections, elapsed, all.length, all.length / elapsed, pct(all, 50), pct(all, 99));
    }

    private static String paper(int i) {
        return "https://w3id.org/paperkg/paper/pmc/PMC" + (10_000_000 + i);
    }

    /** Sensible values for the library's parameters. */
    private static Map<String, String> parameterValues(String endpoint, int papers) throws Exception {
        Map<String, String> v = new LinkedHashMap<>();
        int i = papers / 2;
        v.put("paper", "<" + paper(i) + ">");
        v.put("id", "\"PMC" + (10_000_000 + i) + "\"");
        v.put("name", "\"" + firstAuthor(endpoint, paper(i)) + "\"");
        v.put("year", "\"2005\"");
        v.put("type", "\"Disease\"");
        v.put("reason", "\"MISSING_ID\"");
        v.put("terms", "\"osteomyelitis\"");
        v.put("concept", "<" + top(endpoint, "http://schema.org/about") + ">");
        v.put("mentioned", "<" + top(endpoint, "http://schema.org/mentions") + ">");
        // papers-by-mondo: the most linked concept when it is a MONDO class (as in the synthetic corpus)
        if (v.get("concept").startsWith("<http://purl.obolibrary.org/obo/MONDO_")) v.put("mondo", v.get("concept"));
        return v;
    }

    /** The name of a paper's first author (the author queries look a name up exactly). */
    private static String firstAuthor(String endpoint, String paper) throws Exception {
        String q = "SELECT ?n { <" + paper + "#author-1> <http://purl.org/spar/pro/isHeldBy> ?p . ?p <http://xmlns.com/foaf/0.1/name> ?n } LIMIT 1";
        JsonArray b = JsonParser.parseString(post(endpoint, q)).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
        return b.get(0).getAsJsonObject().getAsJsonObject("n").get("value").getAsString().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The concept most papers point to with this property. */
    private static String top(String endpoint, String property) throws Exception {
        String q = "SELECT ?c (COUNT(*) AS ?n) { ?p <" + property + "> ?c } GROUP BY ?c ORDER BY DESC(?n) LIMIT 1";
        JsonArray b = JsonParser.parseString(post(endpoint, q)).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
        return b.get(0).getAsJsonObject().getAsJsonObject("c").get("value").getAsString();
    }

    private static final Pattern PARAM = Pattern.compile("\\?([A-Za-z_]\\w*) —");

    /** The parameters a query declares in its header ("# Parameters: ?name — …", up to "# Example"). */
    static List<String> parameters(String text) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            if (line.startsWith("# Parameters:")) in = true;
            else if (line.startsWith("# Example")) in = false;
            if (!in) continue;
            Matcher m = PARAM.matcher(line);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /** Binds each declared parameter that has a value with VALUES at the start of the query's WHERE group. */
    static String bind(String text, Map<String, String> values) {
        StringBuilder inline = new StringBuilder();
        for (String var : parameters(text)) {
            String value = values.get(var);
            if (value != null) inline.append(" VALUES ?").append(var).append(" { ").append(value).append(" }");
        }
        if (inline.length() == 0) return text;
        String body = stripComments(text);
        Matcher m = WHERE.matcher(body);
        if (!m.find()) throw new IllegalArgumentException("no WHERE { in query");
        return body.substring(0, m.end()) + inline + "\n" + body.substring(m.end());
    }

    private static String stripComments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) if (!line.stripLeading().startsWith("#")) out.append(line).append('\n');
        return out.toString();
    }

    /** A query POSTed to a SPARQL endpoint; the answer's text (SELECT/ASK as JSON, graphs as N-Triples). Also SyncBench's. */
    static String post(String endpoint, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(LIMIT_S + 5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body());
        return resp.body();
    }

    /** Result rows (SELECT), 1 (ASK) or triples (CONSTRUCT / DESCRIBE, as N-Triples lines). */
    private static int rows(String json) {
        if (!json.stripLeading().startsWith("{")) return (int) json.lines().filter(l -> !l.isBlank()).count();
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        return o.has("results") ? o.getAsJsonObject("results").getAsJsonArray("bindings").size() : 1;
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int k = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }
}
