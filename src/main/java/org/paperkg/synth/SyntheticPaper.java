package org.paperkg.synth;

import java.util.List;

/**
 * Synthetic paper number {@code number}, drawn once by {@link SyntheticCards#paper} and written as a
 * card or as a PubMed record: both formats describe the same paper, so ingesting both merges them.
 * {@code cardPmid}, {@code doi} and {@code date} are null when the card has none; the PMID a PubMed
 * record needs is always {@link #pmid()}.
 */
public record SyntheticPaper(int number, String title, List<String> authors, boolean cardPmid, String doi, String date,
                             String tldr, String contribution, List<String> keyFindings, String abstractText,
                             List<Term> linked, String fullTextType, List<Term> fullText, int figures) {

    /** A disease term: its CURIE as cards write it (MONDO:…, MESH:D…, OMIM:…) and a label. */
    public record Term(String curie, String label) {}

    public SyntheticPaper {
        authors = List.copyOf(authors);
        keyFindings = List.copyOf(keyFindings);
        linked = List.copyOf(linked);
        fullText = List.copyOf(fullText);
    }

    /** PMC id 10000000 + number: every synthetic paper has one, cards take it from their source URL. */
    public String pmcid() {
        return "PMC" + (10_000_000L + number);
    }

    /** PMID 30000000 + number: on the card only when {@link #cardPmid()}, on every PubMed record. */
    public String pmid() {
        return pmid(number);
    }

    /** The PMID of paper {@code number}, without drawing the paper (a DeleteCitation needs no more). */
    public static String pmid(int number) {
        return Long.toString(30_000_000L + number);
    }
}
