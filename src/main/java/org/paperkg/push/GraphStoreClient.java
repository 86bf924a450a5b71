package org.paperkg.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.BooleanSupplier;

/**
 * Sends one write to the Graph Store and retries what may pass later: connection errors and
 * timeouts, 408, 429 and 5xx (waiting as Retry-After says, within the backoff's cap). Any other
 * status below 200 or from 300 up is permanent and fails at once with the status and a hint.
 */
public final class GraphStoreClient {

    /** One write: what it is (for messages), and the request itself. */
    public record Write(String what, String method, URI uri, String contentType, byte[] body) {}

    private final HttpClient http;
    private final GraphStoreTarget target;
    private final Backoff backoff;
    private final Duration timeout;
    private final PushStats stats;

    public GraphStoreClient(GraphStoreTarget target, Backoff backoff, Duration timeout, PushStats stats) {
        this.target = target;
        this.backoff = backoff;
        this.timeout = timeout;
        this.stats = stats;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends {@code w} until it succeeds, and returns the answer's body; stops retrying (and fails) once {@code stop} says so. */
    public String send(Write w, BooleanSupplier stop) throws InterruptedException {
        String lastError = null;
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) stats.retried();
            Duration retryAfter = null;
            try {
                stats.requested(w.body().length);
                HttpResponse<String> r = http.send(request(w), HttpResponse.BodyHandlers.ofString());
                int status = r.statusCode();
                if (status >= 200 && status < 300) return r.body();
                String answer = w.method() + " " + w.uri() + " answered " + status + brief(r.body());
                if (!transientStatus(status))
                    throw new PushFailedException(w.what() + " was refused: " + answer + hint(status, w)
                            + r.headers().firstValue("Location").map(l -> " (it redirects to " + l + ": give that URL as --to)").orElse(""));
                lastError = answer;
                retryAfter = retryAfter(r);
            } catch (IOException e) {
                lastError = w.method() + " " + w.uri() + " failed: " + describe(e);
            }
            if (attempt >= backoff.maxRetries() || stop.getAsBoolean())
                throw new PushFailedException(w.what() + " could not be sent to " + target.describe() + " after "
                        + (attempt + 1) + (attempt == 0 ? " attempt" : " attempts") + "; last: " + lastError);
            Thread.sleep(backoff.delay(attempt + 1, retryAfter).toMillis());
            // another request may have failed for good while this one waited (a 401 often closes
            // the connections of the requests beside it): its failure is the one to report
            if (stop.getAsBoolean())
                throw new PushFailedException(w.what() + " was not sent again: the push stopped on another failure; last: " + lastError);
        }
    }

    private HttpRequest request(Write w) {
        HttpRequest.Builder b = HttpRequest.newBuilder(w.uri()).timeout(timeout)
                .header("Content-Type", w.contentType())
                .method(w.method(), HttpRequest.BodyPublishers.ofByteArray(w.body()));
        target.authorization().ifPresent(a -> b.header("Authorization", a));
        return b.build();
    }

    static boolean transientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> r) {
        String v = r.headers().firstValue("Retry-After").orElse(null);
        if (v == null) return null;
        v = v.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String hint(int status, Write w) {
        return switch (status) {
            case 401 -> " (the server wants valid credentials: check --auth or --auth-file)";
            case 403 -> " (the credentials are not allowed to write here)";
            case 404 -> " (no Graph Store at this URL: check --to; README lists each server's path)";
            case 405 -> " (this URL does not take " + w.method() + ": a read-only endpoint, or not the Graph Store path; check --to)";
            case 413 -> " (the request is too large for the server: use a smaller --batch)";
            case 415 -> " (the server does not take " + w.contentType() + ": try another --format)";
            default -> "";
        };
    }

    private static String brief(String body) {
        if (body == null || body.isBlank()) return "";
        String one = body.strip().replaceAll("\\s+", " ");
        return ": " + (one.length() > 200 ? one.substring(0, 200) + "…" : one);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : kind + " " + m;
    }
}
