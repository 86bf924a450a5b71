package org.paperkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.JenaException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ids.IriFactory;
import org.paperkg.lookup.Description;
import org.paperkg.lookup.Lookup;
import org.paperkg.lookup.RequestIri;
import org.paperkg.lookup.ResourceKind;
import org.paperkg.pages.Page;
import org.paperkg.pages.Pages;
import org.paperkg.vocab.Vocab;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes the IRIs paperkg mints dereference on this server (linked data's first rule): the IRI
 * {@code <base>rest} is looked up at {@code /rest} ({@link #PATHS}), and {@code /vocab} answers
 * paperkg's vocabulary. The answer is the resource's {@link Lookup description} in the RDF format
 * the client accepts ({@link AcceptedFormat}; {@code ?format=ttl|nt|jsonld|rdf|trig|nq} names one,
 * each has its own URL in the {@code Link} header), a client that prefers HTML (a browser) gets the resource's page
 * ({@link #answerHtml}, {@link Pages}). A paper IRI minted from a PMID or DOI of a paper the store keys by a stronger
 * identifier is a 303 to that paper's IRI. An IRI the store does not know is 404; a description larger than
 * {@link Lookup#DEFAULT_MAX_STATEMENTS} statements 413, pointing to the Graph Store and SPARQL
 * endpoints; one that takes longer than the query timeout 503. Every error is a sentence in text/plain.
 * Only GET and HEAD; the store is read in a read transaction, as queries read it.
 */
final class LookupServlet extends HttpServlet {

    /** Where the IRIs paperkg mints under its base are served (servlet path specs). */
    static final List<String> PATHS = List.of("/paper/*", "/person/*", "/person", "/graph/*", "/journal/*",
            "/organization/*", "/book/*", "/dataset", "/dataset/*", "/run/*", "/agent/*", "/stats", "/stats/*", "/vocab");

    /** The path prefixes under which the lookup answers (the PATHS that take a rest), e.g. {@code /paper/}. */
    static List<String> prefixes() {
        return PATHS.stream().filter(p -> p.endsWith("/*")).map(p -> p.substring(0, p.length() - 1)).toList();
    }

    /** The IRI of paperkg's vocabulary document, whose terms are {@code pkg:} (Vocab.PKG without its '#'). */
    static final String VOCABULARY_IRI = Vocab.PKG.substring(0, Vocab.PKG.length() - 1);

    private final transient DatasetGraph dsg;
    private final String base;
    private final transient PrefixMapping prefixes;
    private final Duration timeout;
    private final String dataPath;
    private final transient Lookup lookup;
    private final transient Pages pages;

    /**
     * @param dsg      the served store
     * @param base     the base its IRIs are minted under (ending in '/')
     * @param dataPath the Graph Store endpoint's path (e.g. /kg/data), named when a graph is too large to answer here
     * @param pages    the pages a browser gets
     */
    LookupServlet(DatasetGraph dsg, String base, PrefixMapping prefixes, Duration timeout, String dataPath, Lookup lookup, Pages pages) {
        this.dsg = dsg;
        this.base = base;
        this.prefixes = prefixes;
        this.timeout = timeout;
        this.dataPath = dataPath;
        this.lookup = lookup;
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD");
            sentence(req, resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Looked-up IRIs are read-only: use GET or HEAD.");
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/person") && (req.getParameter("iri") == null || !IriFactory.isValid(req.getParameter("iri")))) {
            sentence(req, resp, HttpServletResponse.SC_BAD_REQUEST, "Give the person's IRI: /person?iri=https%3A%2F%2Forcid.org%2F… (an absolute IRI, URL-encoded).");
            return;
        }
        Optional<Target> target = target(req, path);
        if (target.isEmpty()) {
            sentence(req, resp, HttpServletResponse.SC_NOT_FOUND, "This path is not an IRI that paperkg mints under " + base + ".");
            return;
        }
        String format = req.getParameter("format");
        AcceptedFormat.Choice choice;
        if (format != null) {
            Optional<RdfFormat> named = RdfFormat.named(format);
            if (named.isEmpty()) {
                sentence(req, resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + format + "': use one of " + RdfFormat.names() + ".");
                return;
            }
            choice = new AcceptedFormat.Rdf(named.get());
        } else {
            try {
                Optional<AcceptedFormat.Choice> chosen = AcceptedFormat.choose(req.getHeader("Accept"));
                if (chosen.isEmpty()) {
                    sentence(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the accepted types is offered: this IRI is answered as "
                            + RdfFormat.mediaTypes() + " and " + AcceptedFormat.HTML + ".");
                    return;
                }
                choice = chosen.get();
            } catch (IllegalArgumentException e) {
                sentence(req, resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
                return;
            }
        }
        Target t = target.get();
        if (t.kind() == ResourceKind.PAPER) {
            Optional<String> storePaper = lookup.storePaperNamedBy(dsg, t.iri());
            if (storePaper.isPresent() && storePaper.get().startsWith(base)) {
                // the same paper under the IRI its own record gives it (303: the description is there)
                resp.setHeader("Location", "/" + storePaper.get().substring(base.length()) + (format != null ? "?format=" + encode(format) : ""));
                sentence(req, resp, HttpServletResponse.SC_SEE_OTHER, "<" + t.iri() + "> is the store's paper <" + storePaper.get() + ">.");
                return;
            }
        }
        links(resp, lookupUrl(req));
        if (choice instanceof AcceptedFormat.Rdf rdf) answerRdf(t.kind(), t.iri(), rdf.format(), format == null, req, resp);
        else answerHtml(t.kind(), t.iri(), req, resp);
    }

    /**
     * The answer to a client that prefers HTML (a browser): the resource's page, or the 404 page
     * when the store does not know the IRI.
     */
    void answerHtml(ResourceKind kind, String iri, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageServlet.secure(resp);
        Page page = PageServlet.made(pages, iri, () -> pageOf(kind, iri).map(html -> new Page(200, html))
                .orElseGet(() -> new Page(404, pages.notFound(iri))));
        PageServlet.send(req, resp, page);
    }

    /** A paper only cited, and so without a paper page of its own, is still shown by the statements about it. */
    private Optional<String> pageOf(ResourceKind kind, String iri) {
        return switch (kind) {
            case PAPER -> pages.paper(iri).or(() -> pages.resource(iri));
            case PERSON -> pages.person(iri);
            case GRAPH -> pages.graph(iri);
            case VOCABULARY -> Optional.of(pages.vocab());
            case OTHER -> pages.resource(iri);
        };
    }

    private void answerRdf(ResourceKind kind, String iri, RdfFormat format, boolean negotiated, HttpServletRequest req,
            HttpServletResponse resp) throws IOException {
        Description d;
        try {
            d = lookup.describe(dsg, iri, kind, timeout);
        } catch (Description.TooLarge e) {
            sentence(req, resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The description of <" + iri + "> has more than "
                    + e.limit() + " statements, more than a lookup answers. "
                    + (kind == ResourceKind.GRAPH ? "The whole graph is at " + dataPath + "?graph=" + encode(iri) + " (Graph Store Protocol); " : "")
                    + "ask the SPARQL endpoint for parts of it (LIMIT and OFFSET).");
            return;
        } catch (Description.TimedOut e) {
            sentence(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Looking up <" + iri + "> took longer than the query timeout ("
                    + e.timeout().toMillis() / 1000.0 + " s); try again later or ask the SPARQL endpoint.");
            return;
        }
        if (d.isEmpty()) {
            sentence(req, resp, HttpServletResponse.SC_NOT_FOUND, "The store says nothing about <" + iri + ">.");
            return;
        }
        byte[] body;
        try {
            body = write(d, format);
        } catch (JenaException e) {
            // RDF/XML cannot write every property IRI (one ending in a character that cannot start an XML name)
            if (format != RdfFormat.RDFXML) throw e;
            sentence(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "The description of <" + iri + "> cannot be written as "
                    + format.mediaType + " (" + e.getMessage() + "); ask for another of " + RdfFormat.mediaTypes() + ".");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.contentType());
        if (negotiated) resp.setHeader("Content-Location", formatUrl(lookupUrl(req), format));
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    private byte[] write(Description d, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrefixMapping used = usedPrefixes(d.triples());
        if (format.quads()) {
            DatasetGraph quads = d.quads();
            quads.prefixes().putAll(used);
            RDFWriter.source(quads).format(format.writer).output(out);
        } else {
            d.triples().getPrefixMapping().setNsPrefixes(used);
            RDFWriter.source(d.triples()).format(format.writer).output(out);
        }
        return out.toByteArray();
    }

    /** The prefixes whose namespace some IRI of the description is in: the header (or JSON-LD context) lists no others. */
    private PrefixMapping usedPrefixes(Graph g) {
        Map<String, String> all = prefixes.getNsPrefixMap();
        PrefixMapping used = PrefixMapping.Factory.create();
        Set<Node> seen = new HashSet<>();
        Consumer<Node> note = n -> {
            if (n.isURI() && seen.add(n))
                all.forEach((prefix, ns) -> { if (n.getURI().startsWith(ns)) used.setNsPrefix(prefix, ns); });
        };
        g.find().forEachRemaining(t -> {
            note.accept(t.getSubject());
            note.accept(t.getPredicate());
            note.accept(t.getObject().isLiteral() ? NodeFactory.createURI(t.getObject().getLiteralDatatypeURI()) : t.getObject());
        });
        return used;
    }

    /** A {@code Link} to each format's own URL (RFC 8288), so a client can see and bookmark the alternates. */
    private static void links(HttpServletResponse resp, String url) {
        for (RdfFormat f : RdfFormat.values())
            resp.addHeader("Link", "<" + formatUrl(url, f) + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"");
    }

    private static String formatUrl(String url, RdfFormat f) {
        return url + (url.contains("?") ? "&" : "?") + "format=" + f.name;
    }

    /** What the path names: an IRI under the base, the vocabulary, or a person given by IRI ({@code /person?iri=https://orcid.org/…}). */
    private Optional<Target> target(HttpServletRequest req, String path) {
        if (path.equals("/vocab")) return Optional.of(new Target(ResourceKind.VOCABULARY, VOCABULARY_IRI));
        if (path.equals("/person")) {
            String iri = req.getParameter("iri");
            if (iri == null || !IriFactory.isValid(iri)) return Optional.empty();
            return Optional.of(new Target(ResourceKind.PERSON, iri));
        }
        String rest = path.substring(1);
        return RequestIri.of(base, rest).map(iri -> new Target(ResourceKind.of(rest), iri));
    }

    /** The URL a lookup is answered at, without a format: the path, and for {@code /person} its {@code iri} parameter. */
    private static String lookupUrl(HttpServletRequest req) {
        String path = req.getRequestURI();
        String iri = req.getParameter("iri");
        return path.endsWith("/person") && iri != null ? path + "?iri=" + encode(iri) : path;
    }

    private static void sentence(HttpServletRequest req, HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** What a request looks up. */
    private record Target(ResourceKind kind, String iri) {}
}
