package org.paperkg.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.paperkg.ids.IriFactory;
import org.paperkg.source.Author;
import org.paperkg.source.Journal;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.Publication;

/**
 * Mints the IRIs of papers, people and the parts of a paper under a base IRI. A paper's IRI comes
 * from its best identifier: PMC id, else PMID, else DOI, else a hash of its title.
 */
public final class PaperIris {

    public static final String DEFAULT_BASE = "https://w3id.org/paperkg/";
    private static final String PAPER = "paper/";
    /** Accents on Latin, Greek and Cyrillic letters: folded so "Müller" and "Muller" are one key. */
    private static final Pattern ACCENTS = Pattern.compile("(?<=[\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}]\\p{M}{0,8})\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        return paper(r.pmcid(), r.pmid(), r.doi(), r.title());
    }

    /** The paper IRI from the strongest identifier given (PMCID, PMID, DOI), else from the title. */
    public String paper(String pmcid, String pmid, String doi, String title) {
        if (pmcid != null) return base + PAPER + "pmc/" + IriFactory.segment(pmcid);
        if (pmid != null) return base + PAPER + "pmid/" + IriFactory.segment(pmid);
        if (doi != null) return base + PAPER + "doi/" + IriFactory.segment(doi);
        return base + PAPER + "title/" + hash(normaliseTitle(title == null ? "" : title));
    }

    /**
     * The named graph holding what one source says about a paper:
     * {@code <base>graph/<source>/<the paper IRI's key>}, e.g. graph/card/pmc/PMC13027165.
     */
    public String graph(String source, String paperIri) {
        String key = paperIri.startsWith(base + PAPER) ? paperIri.substring((base + PAPER).length()) : hash(paperIri);
        return base + "graph/" + IriFactory.segment(source) + "/" + key;
    }

    /**
     * The IRI of an author: https://orcid.org/… when the ORCID is known; a group author under
     * organization/; otherwise a person from the name alone.
     */
    public String agent(Author a) {
        if (a.orcid() != null) return "https://orcid.org/" + IriFactory.segment(a.orcid());
        if (a.collective()) return organization(a.name());
        return person(a.name());
    }

    /** A journal by its first ISSN, else by its title. */
    public String journal(Journal j) {
        if (!j.issns().isEmpty()) return base + "journal/issn/" + IriFactory.segment(j.issns().get(0));
        return base + "journal/title/" + hash(normaliseTitle(j.title()));
    }

    /** An organization (a group author, a publisher) by its name: equal keys mean one organization. */
    public String organization(String name) {
        return base + "organization/" + nameKey(name);
    }

    /** A book (of a chapter) by its first ISBN, else by its title, else by its publisher. */
    public String book(Publication.Book b) {
        if (!b.isbns().isEmpty()) return base + "book/isbn/" + IriFactory.segment(b.isbns().get(0));
        return base + "book/title/" + hash(normaliseTitle(b.title() != null ? b.title() : b.publisher() == null ? "" : b.publisher()));
    }

    /** A person from the name alone: names are not disambiguated, equal keys mean one person. */
    public String person(String name) {
        return base + "person/" + nameKey(name);
    }

    private static String nameKey(String name) {
        // the vowel signs of Indic and Thai scripts are marks too, but part of the name: kept (and recomposed)
        String folded = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String key = Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        key = EDGE_DASHES.matcher(NOT_LETTER_OR_DIGIT.matcher(key).replaceAll("-")).replaceAll("");
        return key.isEmpty() ? hash(name) : IriFactory.segment(key);
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
        return SPACES.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
