package org.paperkg.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Tells whether {@code --to} is a paperkg server, and where its ingest endpoint is: one GET of
 * {@code <dataset>/ingest} (the dataset URL is {@code --to} without a final {@code /data},
 * {@code /update}, {@code /sparql}, {@code /query} or {@code /ingest}), which a paperkg server
 * answers with JSON whose {@code "service"} is {@code "paperkg-ingest"}, with or without updates
 * on. Any other answer, or none, means another Graph Store: the push then goes on as before, and a
 * server that cannot be reached reports that on its first write. The GET is open on a paperkg
 * server (no credentials are sent), cheap, and changes nothing.
 */
public final class PaperkgServer {

    static final String SERVICE = "paperkg-ingest";
    private static final Set<String> ENDPOINTS = Set.of("data", "update", "sparql", "query", "ingest");

    private PaperkgServer() {}

    /** The ingest URL of the paperkg server behind {@code target}, or empty when it is not one. */
    public static Optional<URI> ingestUrl(GraphStoreTarget target, Duration timeout) throws InterruptedException {
        URI ingest = ingestUrlFor(target.url());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(ingest).timeout(timeout).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && saysPaperkg(r.body()) ? Optional.of(ingest) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static URI ingestUrlFor(URI to) {
        String path = to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String last = path.substring(path.lastIndexOf('/') + 1);
        String dataset = ENDPOINTS.contains(last) ? path.substring(0, path.lastIndexOf('/')) : path;
        return to.resolve((dataset.endsWith("/") ? dataset : dataset + "/") + "ingest");
    }

    private static boolean saysPaperkg(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            return json.isJsonObject() && json.getAsJsonObject().has("service")
                    && SERVICE.equals(json.getAsJsonObject().get("service").getAsString());
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return false;
        }
    }
}
