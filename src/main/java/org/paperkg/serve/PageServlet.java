package org.paperkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.query.QueryCancelledException;
import org.paperkg.pages.Page;
import org.paperkg.pages.Pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages for people that are not the description of an IRI: the start page at {@code /} (the
 * root only: every other static path still reaches the Fuseki query page's files), a concept
 * ({@code /concept?iri=…}, an IRI or a CURIE), a library query's answer ({@code /library/NAME?…}),
 * search ({@code /search?q=…}) and the pages' stylesheet ({@value Pages#STYLESHEET_PATH}). Every answer
 * carries a strict Content-Security-Policy (no script at all, styles and forms from this server
 * only, never framed), {@code nosniff} and no referrer.
 */
final class PageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

    /** The paths served here, as servlet path specs ({@code ""}: the context root exactly). */
    static final List<String> PATHS = List.of("", "/concept", "/library/*", "/search", Pages.STYLESHEET_PATH);

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final transient Pages pages;

    PageServlet(Pages pages) {
        this.pages = pages;
    }

    /** The headers every page answer has. */
    static void secure(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        secure(resp);
        if (path.equals(Pages.STYLESHEET_PATH)) {
            resp.setContentType("text/css; charset=utf-8");
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.getOutputStream().write(Pages.stylesheet());
            return;
        }
        Page page = made(pages, path, () -> switch (path) {
            case "", "/" -> new Page(200, pages.landing());
            case "/concept" -> concept(req.getParameter("iri"));
            case "/search" -> pages.search(req.getParameter("q"));
            default -> path.startsWith("/library/") ? pages.library(path.substring("/library/".length()), parameters(req))
                    : new Page(404, pages.notFound(path));
        });
        send(req, resp, page);
    }

    /**
     * The page {@code make} gives, or the sentence a person reads when making it failed: out of the
     * query timeout (503) or any other failure (500, logged), never a stack trace.
     */
    static Page made(Pages pages, String what, Supplier<Page> make) {
        try {
            return make.get();
        } catch (QueryCancelledException e) {
            return new Page(503, pages.failed("The page's queries did not finish within the server's query timeout."));
        } catch (RuntimeException e) {
            LOG.error("page {} failed", what, e);
            return new Page(500, pages.failed("The page could not be made: " + e.getMessage()));
        }
    }

    private Page concept(String asked) {
        if (asked == null || asked.isBlank())
            return new Page(400, pages.badRequest("Say which concept: /concept?iri= an IRI or a CURIE such as MONDO:0005246."));
        Optional<String> iri = pages.conceptIri(asked);
        Optional<String> html = iri.flatMap(pages::concept);
        return html.map(h -> new Page(200, h)).orElseGet(() -> new Page(404, pages.notFound("the concept " + asked)));
    }

    private static Map<String, List<String>> parameters(HttpServletRequest req) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        req.getParameterMap().forEach((name, values) -> out.put(name, Arrays.asList(values)));
        return out;
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, Page page) throws IOException {
        resp.setStatus(page.status());
        resp.setContentType("text/html; charset=utf-8");
        byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }
}
