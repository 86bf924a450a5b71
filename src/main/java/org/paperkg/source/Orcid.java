package org.paperkg.source;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ORCID iDs: normalised to the bare form {@code 0000-0002-1825-0097} and checked with their
 * ISO 7064 MOD 11-2 check character. PubMed writes them bare, with an {@code https://orcid.org/}
 * or {@code http://orcid.org/} prefix, and now and then without hyphens.
 */
public final class Orcid {

    private static final Pattern PREFIX = Pattern.compile("^(https?://)?(www\\.)?orcid\\.org/", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern DIGITS = Pattern.compile("\\d{15}[\\dX]");

    private Orcid() {}

    /** The bare form when the text is an ORCID iD with a correct check character; empty otherwise. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) return Optional.empty();
        String s = PREFIX.matcher(raw.strip()).replaceFirst("").strip().toUpperCase(Locale.ROOT);
        if (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        if (DIGITS.matcher(s).matches())
            s = s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
        if (!BARE.matcher(s).matches()) return Optional.empty();
        return checkCharacter(s.replace("-", "").substring(0, 15)) == s.charAt(18) ? Optional.of(s) : Optional.empty();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 15 digits. */
    static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (int i = 0; i < fifteenDigits.length(); i++)
            total = (total + (fifteenDigits.charAt(i) - '0')) * 2;
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }
}
