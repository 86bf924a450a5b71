package org.paperkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** A plain HTTP client for the tests: what any SPARQL client would send. */
final class Http {

    static final HttpClient CLIENT = newClient();

    private Http() {}

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static HttpResponse<String> send(HttpRequest request) {
        // Requests with a body go on a new connection: when Fuseki refuses one before reading the
        // body, Jetty may close the connection afterwards, and a pooled client would then fail its
        // next request on that connection ("header parser received no bytes").
        HttpClient client = request.method().equals("GET") ? CLIENT : newClient();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET().build());
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET().build());
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> method(String method, String url, String contentType, String body) {
        HttpRequest.Builder b = request(url).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return send(b.build());
    }

    /** SPARQL query by GET, results as JSON. */
    static HttpResponse<String> query(String endpoint, String query) {
        return get(endpoint + "?query=" + encode(query), "application/sparql-results+json");
    }

    static JsonObject json(HttpResponse<String> response) {
        return JSON.parse(response.body());
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    }

    static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
