package org.paperkg.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.paperkg.synth.SyntheticPaper.Term;

/**
 * A synthetic paper as a PubMed {@code PubmedArticle}: the card's title, authors (LastName, ForeName,
 * Initials), date, abstract and identifiers (PMID, PMCID and DOI in the ArticleIdList), a journal,
 * and MeSH headings in place of mentions (the card's full-text MeSH descriptors). A revision keeps
 * the identifiers and title, adds a sentence to the abstract and a MeSH heading, and carries a later
 * DateRevised, as PubMed's revised records do.
 */
public final class SyntheticPubMed {

    /** The head of every file, as PubMed writes it (the DTD is named, never fetched). */
    static final String HEAD = "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" "
            + "\"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n<PubmedArticleSet>\n";
    static final String TAIL = "</PubmedArticleSet>\n";

    private static final String[][] JOURNALS = {
            {"Journal of synthetic medicine", "J Synth Med"}, {"Synthetic immunology reports", "Synth Immunol Rep"},
            {"Annals of generated clinical research", "Ann Gen Clin Res"}, {"Benchmark pathology", "Benchmark Pathol"},
            {"International journal of test cohorts", "Int J Test Cohorts"}};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final SyntheticCards papers;
    private final long seed;

    public SyntheticPubMed(SyntheticCards papers, long seed) {
        this.papers = papers;
        this.seed = seed;
    }

    /** Paper {@code i} as first published (DateRevised 2025-12-01). */
    public String article(int i) {
        SyntheticPaper p = papers.paper(i);
        return xml(p, p.abstractText(), headings(p), "2025-12-01");
    }

    /** Paper {@code i} revised: one sentence added to the abstract, one MeSH heading added, DateRevised 2025-12-17. */
    public String revised(int i) {
        SyntheticPaper p = papers.paper(i);
        // a stream of its own, so the revision changes nothing of the paper as first drawn
        SplittableRandom r = new SplittableRandom((seed * 0x9E3779B97F4A7C15L + i) ^ 0x5DEECE66DL);
        List<Term> headings = new ArrayList<>(headings(p));
        for (int tries = 0; tries < 20; tries++) {
            Term extra = papers.fullTextTerm(r);
            if (isDescriptor(extra) && !headings.contains(extra)) {
                headings.add(extra);
                break;
            }
        }
        return xml(p, p.abstractText() + " " + papers.sentence(r), headings, "2025-12-17");
    }

    /** The card's full-text MeSH descriptors (D…); supplementary concepts and OMIM ids are not headings. */
    static List<Term> headings(SyntheticPaper p) {
        return p.fullText().stream().filter(SyntheticPubMed::isDescriptor).toList();
    }

    private static boolean isDescriptor(Term t) {
        return t.curie().startsWith("MESH:D");
    }

    private String xml(SyntheticPaper p, String abstractText, List<Term> headings, String revised) {
        StringBuilder b = new StringBuilder(3000);
        String[] journal = JOURNALS[Math.floorMod(p.number() * 31 + (int) seed, JOURNALS.length)];
        b.append("<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">").append(p.pmid()).append("</PMID>");
        String[] rev = revised.split("-");
        b.append("<DateRevised><Year>").append(rev[0]).append("</Year><Month>").append(rev[1]).append("</Month><Day>").append(rev[2])
                .append("</Day></DateRevised>");
        b.append("<Article PubModel=\"Print\"><Journal><JournalIssue CitedMedium=\"Internet\"><PubDate>").append(pubDate(p.date()))
                .append("</PubDate></JournalIssue><Title>").append(journal[0]).append("</Title><ISOAbbreviation>").append(journal[1])
                .append("</ISOAbbreviation></Journal>");
        b.append("<ArticleTitle>").append(escape(p.title())).append("</ArticleTitle>");
        b.append("<Abstract><AbstractText>").append(escape(abstractText)).append("</AbstractText></Abstract>");
        b.append("<AuthorList CompleteYN=\"Y\">");
        for (String name : p.authors()) author(b, name);
        b.append("</AuthorList><Language>eng</Language><PublicationTypeList><PublicationType UI=\"D016428\">Journal Article</PublicationType>"
                + "</PublicationTypeList></Article>");
        b.append("<MedlineJournalInfo><Country>United States</Country><MedlineTA>").append(journal[1]).append("</MedlineTA></MedlineJournalInfo>");
        if (!headings.isEmpty()) {
            b.append("<MeshHeadingList>");
            for (Term t : headings)
                b.append("<MeshHeading><DescriptorName UI=\"").append(t.curie().substring(5)).append("\" MajorTopicYN=\"N\">")
                        .append(escape(t.label())).append("</DescriptorName></MeshHeading>");
            b.append("</MeshHeadingList>");
        }
        b.append("</MedlineCitation><PubmedData><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>");
        b.append("<ArticleId IdType=\"pubmed\">").append(p.pmid()).append("</ArticleId>");
        b.append("<ArticleId IdType=\"pmc\">").append(p.pmcid()).append("</ArticleId>");
        if (p.doi() != null) b.append("<ArticleId IdType=\"doi\">").append(escape(p.doi())).append("</ArticleId>");
        b.append("</ArticleIdList></PubmedData></PubmedArticle>\n");
        return b.toString();
    }

    /** The card's date (YYYY, YYYY-MM or YYYY-MM-DD) as PubDate parts; empty when the card has none. */
    private static String pubDate(String date) {
        if (date == null) return "";
        String[] parts = date.split("-");
        StringBuilder b = new StringBuilder("<Year>").append(parts[0]).append("</Year>");
        if (parts.length > 1) b.append("<Month>").append(MONTHS[Integer.parseInt(parts[1]) - 1]).append("</Month>");
        if (parts.length > 2) b.append("<Day>").append(parts[2]).append("</Day>");
        return b.toString();
    }

    /**
     * A card author ("Given [M.] Family") as PubMed writes one: LastName, ForeName, Initials. The
     * fore name keeps the card's spelling, so the name the reader joins back is the card's.
     */
    private static void author(StringBuilder b, String name) {
        int cut = name.lastIndexOf(' ');
        String fore = name.substring(0, cut), last = name.substring(cut + 1);
        StringBuilder initials = new StringBuilder();
        for (String part : fore.split(" ")) initials.append(part.charAt(0));
        b.append("<Author ValidYN=\"Y\"><LastName>").append(escape(last)).append("</LastName><ForeName>").append(escape(fore))
                .append("</ForeName><Initials>").append(initials).append("</Initials></Author>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
