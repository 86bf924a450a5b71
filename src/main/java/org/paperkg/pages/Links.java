package org.paperkg.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.paperkg.ids.Scheme;
import org.paperkg.vocab.Vocab;

/**
 * Turns IRIs into links a reader can follow on this server: an IRI under the base links to the same
 * path here ({@code BASE + rest} → {@code /rest}; a {@code pkg:} term to its anchor on {@code /vocab}), a concept of a known scheme to its concept page
 * ({@code /concept?iri=…}), any other http(s) IRI out to itself. Nothing else is ever an href (no
 * {@code javascript:}, {@code data:}, {@code urn:}): such an IRI is shown as text.
 */
final class Links {

    /** Vocabularies of the ontologies, mappings and descriptions a store holds, besides paperkg's own prefixes. */
    private static final Map<String, String> MORE_PREFIXES = Map.of(
            "skos", "http://www.w3.org/2004/02/skos/core#", "owl", "http://www.w3.org/2002/07/owl#",
            "oboInOwl", "http://www.geneontology.org/formats/oboInOwl#", "void", "http://rdfs.org/ns/void#",
            "dcat", "http://www.w3.org/ns/dcat#", "spdx", "http://spdx.org/rdf/terms#",
            "sd", "http://www.w3.org/ns/sparql-service-description#", "obo", "http://purl.obolibrary.org/obo/");

    private final PageSite site;

    Links(PageSite site) {
        this.site = site;
    }

    /** The link of a node: IRIs as above, a literal as its text, unlinked. */
    Link of(Node node) {
        if (node == null) return new Link("", null);
        if (node.isURI()) return iri(node.getURI());
        if (node.isLiteral()) return new Link(node.getLiteralLexicalForm(), null);
        return new Link(node.toString(), null);
    }

    /** The link of an IRI, its text the short form ({@link #shortForm}). */
    Link iri(String iri) {
        return new Link(shortForm(iri), href(iri));
    }

    /** An IRI's link with the given text. */
    Link iri(String iri, String text) {
        return new Link(text == null || text.isBlank() ? shortForm(iri) : text, href(iri));
    }

    /** Where an IRI links to, or null when it may not be a link. */
    String href(String iri) {
        // paperkg's own terms are served at /vocab whatever the base of the data
        if (iri.startsWith(Vocab.PKG)) return "/vocab#" + iri.substring(Vocab.PKG.length());
        if (iri.startsWith(site.base())) return "/" + iri.substring(site.base().length());
        if (scheme(iri).isPresent()) return conceptPage(iri);
        return isWeb(iri) ? iri : null;
    }

    /** The concept page of a concept IRI. */
    static String conceptPage(String iri) {
        return "/concept?iri=" + encode(iri);
    }

    /** True when the IRI is of a known concept scheme (MONDO, MeSH, OMIM, …). */
    boolean isConcept(String iri) {
        return scheme(iri).isPresent();
    }

    /**
     * How an IRI is shown: a concept as its CURIE (MONDO:0005246), an IRI under the base as its path,
     * a term of a known vocabulary as prefix:name (dcterms:title), anything else whole.
     */
    String shortForm(String iri) {
        Optional<Scheme> scheme = scheme(iri);
        if (scheme.isPresent()) return scheme.get().prefix() + ":" + iri.substring(scheme.get().namespace().length());
        if (iri.startsWith(Vocab.PKG)) return "pkg:" + iri.substring(Vocab.PKG.length());
        if (iri.startsWith(site.base())) return iri.substring(site.base().length());
        for (Map<String, String> prefixes : List.of(Vocab.PREFIXES, MORE_PREFIXES))
            for (Map.Entry<String, String> p : prefixes.entrySet())
                if (iri.startsWith(p.getValue()) && iri.length() > p.getValue().length()
                        && iri.indexOf('/', p.getValue().length()) < 0 && iri.indexOf('#', p.getValue().length()) < 0)
                    return p.getKey() + ":" + iri.substring(p.getValue().length());
        return iri;
    }

    private Optional<Scheme> scheme(String iri) {
        return site.prefixes().schemes().stream().filter(s -> iri.startsWith(s.namespace()) && iri.length() > s.namespace().length())
                .max(Comparator.comparingInt(s -> s.namespace().length()));
    }

    /** Only web links leave the page: never javascript:, data: or any other scheme. */
    static boolean isWeb(String iri) {
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && iri.chars().noneMatch(c -> c <= ' ');
    }

    /** application/x-www-form-urlencoded UTF-8, as a query parameter's value. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
