package org.paperkg.source;

/**
 * A work a paper cites, known by the identifiers its reference gives (each checked, null when not
 * given or not valid): the cited paper's IRI is minted from the strongest, as a paper's own is.
 */
public record CitedWork(String pmcid, String pmid, String doi) {

    public CitedWork {
        if (pmcid == null && pmid == null && doi == null)
            throw new IllegalArgumentException("a cited work needs a PMC id, a PMID or a DOI");
    }

    /** The work these checked ids name (each null when not given or not valid), or null when they name none. */
    static CitedWork ofValid(String pmcid, String pmid, String doi) {
        return pmcid == null && pmid == null && doi == null ? null : new CitedWork(pmcid, pmid, doi);
    }
}
