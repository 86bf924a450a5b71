package org.paperkg.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses requests that could change data when a browser sends them on behalf of another site.
 * <p>
 * A browser that has logged in to the update endpoint keeps sending the basic-auth credentials,
 * and a plain HTML form on any web page can POST {@code update=DROP ALL} to it (no CORS preflight
 * is involved). Browsers label such requests with an {@code Origin} header; a request whose origin
 * is not this server's own {@code Host} is refused. Clients that are not browsers send no
 * {@code Origin} and are unaffected.
 */
final class CrossSiteWriteBlocker extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null)
            return "cross-site".equals(request.getHeader("Sec-Fetch-Site"));
        String host = request.getHeader("Host");
        if (host == null)
            return true;
        try {
            URI uri = URI.create(origin);
            if (uri.getRawAuthority() == null)
                return true; // "null" origin: sandboxed frames, file: pages
            return !uri.getRawAuthority().toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
