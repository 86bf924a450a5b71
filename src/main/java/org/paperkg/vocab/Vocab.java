package org.paperkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The namespaces paperkg writes, with the prefixes used in output and queries. */
public final class Vocab {
    private Vocab() {}

    public static final String PKG = "https://w3id.org/paperkg/vocab#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String FABIO = "http://purl.org/spar/fabio/";
    public static final String PRO = "http://purl.org/spar/pro/";
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OCO = "https://w3id.org/oc/ontology/";
    public static final String CITO = "http://purl.org/spar/cito/";
    public static final String PSO = "http://purl.org/spar/pso/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** Prefix → namespace, in the order writers print them. */
    public static final java.util.Map<String, String> PREFIXES;

    static {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("pkg", PKG);
        m.put("dcterms", DCTERMS);
        m.put("fabio", FABIO);
        m.put("pro", PRO);
        m.put("bibo", BIBO);
        m.put("oa", OA);
        m.put("schema", SCHEMA);
        m.put("foaf", FOAF);
        m.put("prov", PROV);
        m.put("oco", OCO);
        m.put("cito", CITO);
        m.put("pso", PSO);
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("xsd", XSD);
        PREFIXES = java.util.Collections.unmodifiableMap(m);
    }

    static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
