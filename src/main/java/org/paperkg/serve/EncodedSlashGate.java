package org.paperkg.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets an encoded slash ({@code %2F}) into a path only where a looked-up IRI needs it: a DOI paper's
 * IRI keeps the DOI as one segment ({@code paper/doi/10.1000%2Fxyz}). Jetty refuses such paths
 * by default, because the servlets are chosen on the decoded path while other parts read the path
 * as sent: with them allowed everywhere, {@code /kg%2Fingest} reached the ingest servlet without
 * the login its path has (found by {@code UpdateEndpointTest}). So the server accepts them, and
 * this gate, in front of everything, answers 400 to any path with an encoded slash whose path as
 * sent and decoded path do not both start with a lookup path (read-only, no login).
 */
final class EncodedSlashGate extends Handler.Wrapper {

    private final List<String> prefixes;

    /** @param prefixes the path prefixes (e.g. {@code /paper/}) where an encoded slash may appear */
    EncodedSlashGate(Handler handler, List<String> prefixes) {
        super(handler);
        this.prefixes = List.copyOf(prefixes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String raw = request.getHttpURI().getPath();
        if (raw != null && raw.toUpperCase(Locale.ROOT).contains("%2F") && !allowed(raw, request.getHttpURI().getDecodedPath())) {
            response.setStatus(HttpStatus.BAD_REQUEST_400);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.write(true, ByteBuffer.wrap("An encoded slash (%2F) is taken only in the paths of looked-up IRIs.\n"
                    .getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private boolean allowed(String raw, String decoded) {
        if (decoded == null) return false;
        for (String prefix : prefixes)
            if (raw.startsWith(prefix) && decoded.startsWith(prefix)) return true;
        return false;
    }
}
