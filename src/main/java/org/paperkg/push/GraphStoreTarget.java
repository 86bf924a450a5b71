package org.paperkg.push;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where graphs go: the Graph Store Protocol URL ({@code ?graph=IRI} is added for each graph) and
 * the credentials, kept out of every message.
 */
public record GraphStoreTarget(URI url, Optional<String> user, Optional<String> password) {

    public GraphStoreTarget {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || url.getHost() == null)
            throw new IllegalArgumentException("--to needs an http:// or https:// URL with a host, got " + url);
        if (url.getRawUserInfo() != null)
            throw new IllegalArgumentException("--to must not hold credentials; use --auth-file (or --auth)");
        if (url.getRawFragment() != null)
            throw new IllegalArgumentException("--to must not have a #fragment: " + url);
    }

    public static GraphStoreTarget of(String url, String userColonPassword) {
        if (userColonPassword == null) return new GraphStoreTarget(URI.create(url), Optional.empty(), Optional.empty());
        int colon = userColonPassword.indexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("credentials must be user:password");
        return new GraphStoreTarget(URI.create(url), Optional.of(userColonPassword.substring(0, colon)),
                Optional.of(userColonPassword.substring(colon + 1)));
    }

    /** The same credentials for another URL of the same server. */
    public GraphStoreTarget at(URI other) {
        return new GraphStoreTarget(other, user, password);
    }

    /** The URL of one graph: {@code URL?graph=IRI} (or {@code &graph=} when the URL has a query already). */
    public URI graphUrl(String graphIri) {
        String base = url.toString();
        return URI.create(base + (url.getRawQuery() == null ? "?" : "&") + "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
    }

    /** The value of the Authorization header, when credentials were given. */
    Optional<String> authorization() {
        return user.map(u -> "Basic " + Base64.getEncoder().encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
    }

    /** The URL and user as they may be printed. */
    public String describe() {
        return url + user.map(u -> " as " + u).orElse("");
    }

    @Override
    public String toString() {
        return describe();
    }
}
