package org.paperkg.source;

import java.util.Comparator;

/**
 * Which edition of a source's record of a paper a record is, so a later edition replaces an earlier
 * one and an earlier one never replaces a later: PubMed's version number ({@code <PMID Version>},
 * {@code VersionID}: 1 unless NLM published a new version of the citation), and the date of an
 * annotation set (a BioC collection's {@code <date>}, when it is a real date). Records of sources
 * that give neither are {@link #NONE}: the one read last wins.
 *
 * @param number PubMed's version, 0 when the source has none
 * @param date   an ISO date ({@code yyyy-mm-dd}), or null
 */
public record RecordVersion(int number, String date) implements Comparable<RecordVersion> {

    public static final RecordVersion NONE = new RecordVersion(0, null);

    private static final Comparator<RecordVersion> ORDER = Comparator.comparingInt((RecordVersion v) -> v.number())
            .thenComparing(RecordVersion::date, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    public static RecordVersion number(int n) {
        return new RecordVersion(n, null);
    }

    public static RecordVersion dated(String isoDate) {
        return new RecordVersion(0, isoDate);
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2}))?)?(?:[T ].*)?");

    /**
     * The date of an annotation set as a BioC collection gives it ({@code 2024-05-16},
     * {@code 20240516}, an ISO date-time, or only {@code 2024-05} or {@code 2024}): the day, month or
     * year in ISO form (they sort in time order, a coarser date before the finer ones it contains),
     * or empty when there is none ({@code 0/0/0},
     * zeros, blank: a placeholder, as in the CDR corpus) or it is not a date ({@link #isPlaceholder}
     * tells which).
     */
    public static java.util.Optional<String> collectionDate(String raw) {
        if (raw == null) return java.util.Optional.empty();
        java.util.regex.Matcher m = ISO_DAY.matcher(raw.strip());
        if (!m.matches()) return java.util.Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 1900) return java.util.Optional.empty();
            if (m.group(2) == null) return java.util.Optional.of(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return java.util.Optional.of(java.time.YearMonth.of(year, month).toString());
            return java.util.Optional.of(java.time.LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString());
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A collection date that says "no date": blank, or only zeros and separators. */
    public static boolean isPlaceholder(String raw) {
        return raw == null || raw.strip().replaceAll("[0/\\-.: T]", "").isEmpty();
    }

    /** True when this edition is older than {@code other}: it must not replace it. */
    public boolean olderThan(RecordVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(RecordVersion o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        if (number == 0 && date == null) return "(no version)";
        return (number > 0 ? "version " + number : "") + (number > 0 && date != null ? ", " : "")
                + (date != null ? "annotated " + date : "");
    }
}
