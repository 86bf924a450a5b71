package org.paperkg.ontologytools.convert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * The terms the ontology converters write. MONDO is written as MONDO's own OWL writes it (owl:Class,
 * plain-string rdfs:label, owl:deprecated, IAO "term replaced by", oboInOwl:consider); MeSH in NLM's
 * MeSH RDF vocabulary (meshv:), so that the graph joins with NLM's SPARQL endpoint.
 */
public final class OntologyVocab {
    private OntologyVocab() {}

    static {
        JenaSystem.init();
    }

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final String OBO = "http://purl.obolibrary.org/obo/";
    public static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";
    public static final String MESHV = "http://id.nlm.nih.gov/mesh/vocab#";
    public static final String MESH = "http://id.nlm.nih.gov/mesh/";
    public static final String OMIM = "https://omim.org/entry/";

    public static final Node TYPE = NodeFactory.createURI(RDF + "type");
    public static final Node LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node SUBCLASS_OF = NodeFactory.createURI(RDFS + "subClassOf");
    public static final Node OWL_CLASS = NodeFactory.createURI(OWL + "Class");
    public static final Node DEPRECATED = NodeFactory.createURI(OWL + "deprecated");
    /** IAO:0100001 "term replaced by". */
    public static final Node REPLACED_BY = NodeFactory.createURI(OBO + "IAO_0100001");
    public static final Node CONSIDER = NodeFactory.createURI(OBO_IN_OWL + "consider");
    public static final Node ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");

    public static final Node TOPICAL_DESCRIPTOR = meshv("TopicalDescriptor");
    public static final Node TREE_NUMBER_CLASS = meshv("TreeNumber");
    public static final Node SCR_DISEASE = meshv("SCR_Disease");
    public static final Node IDENTIFIER = meshv("identifier");
    public static final Node TREE_NUMBER = meshv("treeNumber");
    public static final Node PARENT_TREE_NUMBER = meshv("parentTreeNumber");
    public static final Node BROADER_DESCRIPTOR = meshv("broaderDescriptor");
    public static final Node PREFERRED_MAPPED_TO = meshv("preferredMappedTo");

    /** NLM's MeSH RDF tags descriptor and SCR names with their language. */
    public static final String MESH_LABEL_LANG = "en";

    /** Prefixes written at the top of converted files. */
    public static final Map<String, String> PREFIXES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("owl", OWL);
        m.put("skos", SKOS);
        m.put("oboInOwl", OBO_IN_OWL);
        m.put("obo", OBO);
        m.put("mesh", MESH);
        m.put("meshv", MESHV);
        m.put("omim", OMIM);
        PREFIXES = Collections.unmodifiableMap(m);
    }

    private static Node meshv(String local) {
        return NodeFactory.createURI(MESHV + local);
    }
}
