package org.paperkg.serve;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A GET (or HEAD) of a query endpoint without a query string returns its SPARQL 1.1 Service Description,
 * as the spec asks of endpoints reached by the SPARQL Protocol: Turtle unless RDF/XML, N-Triples
 * or JSON-LD is asked for. Everything else, a GET with a query included, passes on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {

    private final transient DatasetGraph dsg;
    private final Set<String> queryPaths;
    private final String voidPath;
    private final boolean federation;

    ServiceDescriptionFilter(DatasetGraph dsg, String datasetPath, Set<String> queryEndpoints, String voidPath, boolean federation) {
        this.dsg = dsg;
        this.queryPaths = queryEndpoints.stream().map(e -> datasetPath + "/" + e).collect(Collectors.toSet());
        this.voidPath = voidPath;
        this.federation = federation;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        String params = req.getQueryString();
        // only a bare GET: ?update=… or any other parameter still gets Fuseki's own answer
        if (!read || (params != null && !params.isEmpty()) || !queryPaths.contains(req.getRequestURI())) {
            chain.doFilter(req, resp);
            return;
        }
        String endpoint = req.getRequestURL().toString();
        String voidUrl = endpoint.substring(0, endpoint.length() - req.getRequestURI().length()) + voidPath;
        Graph description = Txn.calculateRead(dsg, () -> ServiceDescription.describe(dsg, endpoint, voidUrl, federation));
        Lang lang = negotiate(req.getHeader("Accept"));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Vary", "Accept");
        if ("HEAD".equals(req.getMethod())) return;
        RDFDataMgr.write(resp.getOutputStream(), description, lang);
    }

    private static Lang negotiate(String accept) {
        if (accept != null)
            for (String type : new String[] {WebContent.contentTypeTurtle, WebContent.contentTypeRDFXML,
                    WebContent.contentTypeNTriples, WebContent.contentTypeJSONLD})
                if (accept.contains(type)) return RDFLanguages.contentTypeToLang(type);
        return Lang.TURTLE;
    }
}
