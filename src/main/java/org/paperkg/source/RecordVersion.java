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
