package org.paperkg.ontology;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.paperkg.ids.IriFactory;

/**
 * An ontology or mapping file and the named graph it is loaded into: one graph per source file,
 * {@code <base>graph/ontology/<file name without extensions>}, kept apart from paper graphs.
 */
public record OntologySource(Path file, Kind kind, Lang lang, Node graph) {

    public enum Kind { RDF, SSSOM }

    public static OntologySource of(Path file, String base) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String plain = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        Kind kind = plain.toLowerCase(Locale.ROOT).endsWith(".tsv") ? Kind.SSSOM : Kind.RDF;
        Lang lang = kind == Kind.RDF ? RDFLanguages.filenameToLang(plain) : null;
        if (kind == Kind.RDF && lang == null)
            throw new IllegalArgumentException(file + ": cannot tell the RDF syntax from the name (.owl .rdf .ttl .nt .nq .trig .jsonld, optionally .gz) and it is not an SSSOM .tsv");
        String stem = plain.replaceAll("\\.(sssom\\.tsv|tsv|owl|rdf|xml|ttl|nt|nq|trig|jsonld|json|n3|obo)$", "");
        return new OntologySource(file, kind, lang, IriFactory.iri(base + "graph/ontology/" + IriFactory.segment(stem)));
    }
}
