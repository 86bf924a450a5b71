package org.paperkg.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.paperkg.ids.IriFactory;
import org.paperkg.source.PaperRecord;

/**
 * Mints the IRIs of papers, people and the parts of a paper under a base IRI. A paper's IRI comes
 * from its best identifier: PMC id, else PMID, else DOI, else a hash of its title.
 */
public final class PaperIris {

    public static final String DEFAULT_BASE = "https://w3id.org/paperkg/";

    private final String base;

    public PaperIris(String base) {
        // parts of a paper are <paper>#part, so a '#' in the base would give IRIs with two fragments
        if (base.contains("#"))
            throw new IllegalArgumentException("base IRI must not contain '#' (paper parts are <paper>#part): " + base);
        this.base = base.endsWith("/") ? base : base + "/";
        IriFactory.iri(this.base + "paper/x");
    }

    public String base() {
        return base;
    }

    public String paper(PaperRecord r) {
        if (r.pmcid() != null) return base + "paper/pmc/" + IriFactory.segment(r.pmcid());
        if (r.pmid() != null) return base + "paper/pmid/" + IriFactory.segment(r.pmid());
        if (r.doi() != null) return base + "paper/doi/" + IriFactory.segment(r.doi());
        return base + "paper/title/" + hash(normaliseTitle(r.title()));
    }

    /** A person from the name alone: names are not disambiguated, equal keys mean one person. */
    public String person(String name) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (key.isEmpty()) key = hash(name);
        return base + "person/" + IriFactory.segment(key);
    }

    public static String part(String paperIri, String fragment) {
        return paperIri + "#" + IriFactory.segment(fragment);
    }

    public static Node node(String iri) {
        return IriFactory.iri(iri);
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normaliseTitle(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
