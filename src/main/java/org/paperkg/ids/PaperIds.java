package org.paperkg.ids;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalises the bibliographic identifiers of a paper: DOI (lower case), PMID, PMCID. */
public final class PaperIds {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_PREFIX =
            Pattern.compile("^(doi:\\s*|https?://(dx\\.)?doi\\.org/|info:doi/)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("(?i)(pmid:?\\s*)?(\\d{1,9})");
    private static final Pattern PMCID = Pattern.compile("(?i)(pmcid:?\\s*)?(pmc)?\\s*(\\d{1,9})");

    private PaperIds() {}

    /** A DOI in canonical (lower-case, unprefixed) form, or empty if it is not a DOI. */
    public static Optional<String> doi(String raw) {
        if (raw == null) return Optional.empty();
        String d = DOI_PREFIX.matcher(raw.strip()).replaceFirst("").strip().toLowerCase(Locale.ROOT);
        return DOI.matcher(d).matches() ? Optional.of(d) : Optional.empty();
    }

    public static Optional<String> pmid(String raw) {
        if (raw == null) return Optional.empty();
        var m = PMID.matcher(raw.strip());
        return m.matches() ? positive(m.group(2)) : Optional.empty();
    }

    /** A PMC id as {@code PMC123}; bare digits are accepted. */
    public static Optional<String> pmcid(String raw) {
        if (raw == null) return Optional.empty();
        var m = PMCID.matcher(raw.strip());
        return m.matches() ? positive(m.group(3)).map(n -> "PMC" + n) : Optional.empty();
    }

    /** The number without leading zeros; PubMed and PMC ids start at 1, so 0 is no id. */
    private static Optional<String> positive(String digits) {
        long n = Long.parseLong(digits);
        return n > 0 ? Optional.of(Long.toString(n)) : Optional.empty();
    }
}
