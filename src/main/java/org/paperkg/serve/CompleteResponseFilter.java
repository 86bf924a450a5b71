package org.paperkg.serve;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds back the response to a SPARQL query until the query has finished, so that its status is
 * always the right one. Fuseki writes results as they are computed: once the first bytes have
 * gone out the status is 200, and a query that then reaches its timeout can only be cut off (Fuseki
 * appends a "## Query cancelled" line to the truncated results). Here nothing is sent before the
 * end: a complete result goes out with its length, a query that times out at any point gets 503
 * ("Query timed out") with no partial results, and any other failure its own error status.
 * <p>
 * The response is kept in memory up to 1 MB, beyond that in a temporary file, up to
 * {@link ServeOptions#maxResultBytes()}; a larger result is an error (500), never a truncated 200.
 * Only the query endpoints are held back; the Graph Store Protocol and static files stream as usual.
 */
final class CompleteResponseFilter extends HttpFilter {

    static final int IN_MEMORY = 1 << 20;
    static final String TIMED_OUT = "Query timed out";
    /** What Fuseki writes after results it had to cut at the timeout (Responses.output). */
    private static final String FUSEKI_CANCELLED = "Query cancelled due to timeout";

    private final Set<String> queryPaths;
    private final String datasetPath;
    private final long maxBytes;

    /** {@code datasetPath} e.g. "/kg"; {@code queryEndpoints} the names of its query endpoints. */
    CompleteResponseFilter(String datasetPath, Set<String> queryEndpoints, long maxBytes) {
        this.datasetPath = datasetPath;
        this.queryPaths = queryEndpoints.stream().map(e -> datasetPath + "/" + e).collect(java.util.stream.Collectors.toSet());
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isQuery(request)) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(response, new SpillBuffer(IN_MEMORY, maxBytes));
        try {
            chain.doFilter(request, held);
            held.send();
        } finally {
            held.buffer.discard();
        }
    }

    private boolean isQuery(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("POST")) return false;
        if (queryPaths.contains(path)) return true;
        // the dataset URL itself answers queries too (GET ?query=, POST); a plain GET there is the Graph Store
        return path.equals(datasetPath) && (method.equals("POST") || request.getParameter("query") != null);
    }

    /** The response as Fuseki writes it, held back: status and headers are set, nothing is committed. */
    private static final class Held extends HttpServletResponseWrapper {
        final SpillBuffer buffer;
        private final HttpServletResponse real;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean passedThrough;
        private String tooLarge;

        Held(HttpServletResponse real, SpillBuffer buffer) {
            super(real);
            this.real = real;
            this.buffer = buffer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    try {
                        buffer.write(b, off, len);
                    } catch (SpillBuffer.TooLarge e) {
                        tooLarge = e.getMessage();
                        throw e;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("held responses are written synchronously");
                }
            };
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
            }
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            // an error after results were written (a failure in the middle of writing them): they go
            if (sc >= 400) buffer.reset();
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            buffer.reset();
            passedThrough = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            buffer.reset();
            passedThrough = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            buffer.reset();
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() {
            // nothing goes out before the end
        }

        @Override
        public boolean isCommitted() {
            return passedThrough || real.isCommitted();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void setContentLength(int len) {
            // set at the end, from what was written
        }

        @Override
        public void setContentLengthLong(long len) {
            // set at the end, from what was written
        }

        @Override
        public void setBufferSize(int size) {
            // the buffer is this wrapper's
        }

        /** The end of the request: sends what was held, or the error it turned out to be. */
        void send() throws IOException {
            if (passedThrough || real.isCommitted()) return;
            if (writer != null) writer.flush();
            if (tooLarge != null) {
                error(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, tooLarge);
                return;
            }
            if (real.getStatus() == HttpServletResponse.SC_BAD_REQUEST && buffer.head(400).contains(FUSEKI_CANCELLED)) {
                error(HttpServletResponse.SC_SERVICE_UNAVAILABLE, TIMED_OUT);
                return;
            }
            real.setContentLengthLong(buffer.size());
            buffer.writeTo(real.getOutputStream());
        }

        private void error(int status, String message) throws IOException {
            real.reset();
            real.setStatus(status);
            real.setContentType("text/plain;charset=utf-8");
            byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
            real.setContentLength(body.length);
            real.getOutputStream().write(body);
        }
    }
}
