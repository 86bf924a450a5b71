package org.paperkg.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Pushes input files to a paperkg server's {@code POST /kg/ingest}: the files themselves, not
 * mapped graphs, in multipart batches of up to {@code batchBytes} (a larger file goes alone), so
 * the server maps them with its own base and prefixes and keeps its statistics, provenance and
 * paper identity exact. Each batch is one ingest, one transaction on the server: it lands whole or
 * not at all, and ingesting a file again replaces its papers' graphs with the same ones, so a
 * rerun after a failure sends every batch again and ends with the same store: no journal is kept.
 * Requests are retried as Graph Store writes are ({@link GraphStoreClient}).
 */
public final class IngestPush {

    /** What the server reported over all batches. */
    public record Totals(long files, long read, long mapped, long skipped, long merged, long problems) {
        Totals plus(JsonObject a, long batchFiles) {
            return new Totals(files + batchFiles, read + count(a, "recordsRead"), mapped + count(a, "mapped"),
                    skipped + count(a, "skipped"), merged + count(a, "papersMerged"), problems + count(a, "problemCount"));
        }

        private static long count(JsonObject a, String name) {
            return a.has(name) ? a.get(name).getAsLong() : 0;
        }
    }

    /** Problems of one batch printed; the rest are counted. */
    private static final int PRINTED_PROBLEMS = 20;

    private final GraphStoreClient client;
    private final URI ingest;
    private final long batchBytes;
    private final PrintStream out;

    public IngestPush(GraphStoreClient client, URI ingest, boolean strict, long batchBytes, PrintStream out) {
        this.client = client;
        this.ingest = strict ? URI.create(ingest + "?strict=true") : ingest;
        this.batchBytes = batchBytes;
        this.out = out;
    }

    /** Sends every file; throws the first batch that fails for good (the batches before it are in the store). */
    public Totals push(List<Path> files) throws IOException, InterruptedException {
        List<List<Path>> batches = batches(files);
        Totals totals = new Totals(0, 0, 0, 0, 0, 0);
        for (int i = 0; i < batches.size(); i++) {
            List<Path> batch = batches.get(i);
            String what = "batch " + (i + 1) + " of " + batches.size() + " (" + batch.size() + (batch.size() == 1 ? " file" : " files")
                    + " from " + batch.get(0) + ")";
            String boundary = "paperkg-" + UUID.randomUUID();
            String answer = client.send(new GraphStoreClient.Write(what, "POST", ingest,
                    "multipart/form-data; boundary=" + boundary, multipart(batch, boundary)), () -> false);
            JsonObject a = parse(answer);
            totals = totals.plus(a, batch.size());
            report(what, a);
        }
        return totals;
    }

    private List<List<Path>> batches(List<Path> files) throws IOException {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        long size = 0;
        for (Path f : files) {
            long n = Files.size(f);
            if (!batch.isEmpty() && size + n > batchBytes) {
                batches.add(batch);
                batch = new ArrayList<>();
                size = 0;
            }
            batch.add(f);
            size += n;
        }
        if (!batch.isEmpty()) batches.add(batch);
        return batches;
    }

    static byte[] multipart(List<Path> files, String boundary) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path f : files) {
            String name = f.getFileName().toString().replace("\"", "_").replace("\r", "_").replace("\n", "_");
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            Files.copy(f, body);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static JsonObject parse(String answer) {
        JsonElement json = JsonParser.parseString(answer);
        if (!json.isJsonObject()) throw new PushFailedException("the server's ingest answered something other than a JSON summary: " + answer);
        return json.getAsJsonObject();
    }

    private void report(String what, JsonObject a) {
        if (out == null) return;
        out.printf("push: %s ingested: records read %s, mapped %s, skipped %s %s, papers merged %s, problems %s%n", what,
                a.get("recordsRead"), a.get("mapped"), a.get("skipped"), a.get("skippedByReason"), a.get("papersMerged"), a.get("problemCount"));
        if (!a.has("problems")) return;
        int shown = 0;
        for (JsonElement p : a.getAsJsonArray("problems")) {
            if (shown++ == PRINTED_PROBLEMS) break;
            JsonObject o = p.getAsJsonObject();
            out.printf("%s:%s: %s %s%n", o.get("file").getAsString(), o.get("line").getAsString(), o.get("code").getAsString(),
                    o.get("message").getAsString());
        }
    }
}
