package org.paperkg.serve;

import java.io.IOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.vocab.Vocab;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the dataset's VoID description (the named graph the loader keeps up to date) at
 * /.well-known/void, as RFC 8615 and the VoID spec suggest; Turtle unless N-Triples, RDF/XML or
 * JSON-LD is asked for.
 */
final class VoidServlet extends HttpServlet {

    private static final Node VOID_DATASET = NodeFactory.createURI("http://rdfs.org/ns/void#Dataset");
    private static final Node CLASS_PARTITION = NodeFactory.createURI("http://rdfs.org/ns/void#classPartition");

    private final transient DatasetGraph dsg;

    VoidServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The named graph that describes the dataset: it holds a void:Dataset with class partitions. */
    private Node descriptionGraph() {
        var it = dsg.find(Node.ANY, Node.ANY, CLASS_PARTITION, Node.ANY);
        while (it.hasNext()) {
            var q = it.next();
            if (dsg.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(), VOID_DATASET)) return q.getGraph();
        }
        return null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph description = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            copy.getPrefixMapping().setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                    .setNsPrefix("dcterms", "http://purl.org/dc/terms/").setNsPrefix("pkg", Vocab.PKG);
            Node graph = descriptionGraph();
            if (graph != null) dsg.getGraph(graph).find().forEachRemaining(copy::add);
            return copy;
        });
        if (description.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no dataset description: load data first");
            return;
        }
        Lang lang = negotiate(req.getHeader("Accept"));
        resp.setContentType(lang.getContentType().getContentTypeStr());
        resp.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(resp.getOutputStream(), description, lang);
    }

    private static Lang negotiate(String accept) {
        if (accept != null)
            for (String type : new String[] {WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML, WebContent.contentTypeJSONLD})
                if (accept.contains(type)) return RDFLanguages.contentTypeToLang(type);
        return Lang.TURTLE;
    }
}
