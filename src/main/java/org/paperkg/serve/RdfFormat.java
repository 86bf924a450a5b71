package org.paperkg.serve;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The RDF formats a looked-up IRI is answered in, each with its media type (for content
 * negotiation) and its {@code ?format=} name (a URL per format). Turtle first: it is the answer to
 * {@code *}{@code /*} and to no Accept at all. TriG and N-Quads keep the graphs the statements are in.
 */
enum RdfFormat {
    TURTLE("ttl", WebContent.contentTypeTurtle, true, RDFFormat.TURTLE_PRETTY),
    NTRIPLES("nt", WebContent.contentTypeNTriples, true, RDFFormat.NTRIPLES_UTF8),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, false, RDFFormat.JSONLD),
    RDFXML("rdf", WebContent.contentTypeRDFXML, true, RDFFormat.RDFXML_PLAIN),
    TRIG("trig", WebContent.contentTypeTriG, true, RDFFormat.TRIG_PRETTY),
    NQUADS("nq", WebContent.contentTypeNQuads, true, RDFFormat.NQUADS_UTF8);

    final String name;
    final String mediaType;
    /** JSON has no charset parameter (RFC 8259: always UTF-8); the text formats say theirs. */
    final boolean charset;
    final RDFFormat writer;

    RdfFormat(String name, String mediaType, boolean charset, RDFFormat writer) {
        this.name = name;
        this.mediaType = mediaType;
        this.charset = charset;
        this.writer = writer;
    }

    String contentType() {
        return charset ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** True for the formats that keep named graphs. */
    boolean quads() {
        return this == TRIG || this == NQUADS;
    }

    static Optional<RdfFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    static String mediaTypes() {
        return Arrays.stream(values()).map(f -> f.mediaType).collect(Collectors.joining(", "));
    }
}
