package org.paperkg.figures;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.paperkg.figures.CorpusStats.TopConcept;
import org.paperkg.figures.StatsQueries.UnresolvedId;
import org.paperkg.figures.StatsQueries.YearCount;

/** {@code stats --out text} (tables for people) and {@code --out tsv} ({@code metric<TAB>value} lines). */
public final class StatsPrinter {

    private StatsPrinter() {}

    /** The text for people; lists longer than {@code rows} are cut, saying how many rows were left out. */
    public static void printText(CorpusStats s, int rows, PrintStream out) {
        out.printf(Locale.ROOT, "papers: %,d%n", s.papers());
        out.printf(Locale.ROOT, "authors: %,d (distinct people; names are not disambiguated)%n", s.authors());
        StatsQueries.LinkCounts l = s.links();
        out.printf(Locale.ROOT, "retracted papers: %,d; still cited by papers of the store: %,d (by %,d papers; retracted by their own record or a notice in the store)%n",
                l.retractedPapers(), l.retractedStillCited(), l.papersCitingRetracted());
        out.printf(Locale.ROOT, "citations: %,d links from %,d citing papers%n", l.citations(), l.citingPapers());
        s.linking().printText(out);

        out.println("top concepts (by mentions; label from the loaded ontologies, '-' when they have none):");
        out.printf(Locale.ROOT, "  %4s  %-24s %-16s %10s %8s  %s%n", "rank", "concept", "type", "mentions", "papers", "label");
        int rank = 0;
        for (TopConcept c : s.topConcepts())
            out.printf(Locale.ROOT, "  %4d  %-24s %-16s %,10d %,8d  %s%n", ++rank, c.curie(), c.entityType() == null ? "-" : oneLine(c.entityType()),
                    c.mentions(), c.papers(), c.label() == null ? "-" : oneLine(c.label()));

        List<UnresolvedId> unresolved = s.unresolvedIds();
        out.printf(Locale.ROOT, "unresolved identifiers (%,d distinct identifier and reason pairs, most mentioned first):%n", unresolved.size());
        out.printf(Locale.ROOT, "  %-24s %-16s %10s %8s%n", "identifier", "reason", "mentions", "papers");
        for (UnresolvedId u : unresolved.subList(0, Math.min(rows, unresolved.size())))
            out.printf(Locale.ROOT, "  %-24s %-16s %,10d %,8d%n", u.rawId().isEmpty() ? "(none)" : oneLine(u.rawId()), u.reason(),
                    u.mentions(), u.papers());
        if (unresolved.size() > rows) out.printf(Locale.ROOT, "  … %,d more (stats --out json lists them all)%n", unresolved.size() - rows);

        out.println("papers per year:");
        for (YearCount y : s.papersPerYear())
            out.printf(Locale.ROOT, "  %-10s %,8d%n", y.year() == null ? "(no date)" : y.year().toString(), y.papers());
    }

    /** The tsv lines: the linking metrics of {@code LinkingStats}, then the rest. */
    public static void printTsv(CorpusStats s, PrintStream out) {
        s.linking().printTsv(out);
        out.println("papers\t" + s.papers());
        out.println("authors\t" + s.authors());
        out.println("retracted.papers\t" + s.links().retractedPapers());
        out.println("retracted.stillCited\t" + s.links().retractedStillCited());
        out.println("retracted.citingPapers\t" + s.links().papersCitingRetracted());
        out.println("citations\t" + s.links().citations());
        out.println("citations.citingPapers\t" + s.links().citingPapers());
        int rank = 0;
        for (TopConcept c : s.topConcepts()) {
            String p = "top." + ++rank + ".";
            out.println(p + "concept\t" + c.curie());
            out.println(p + "label\t" + (c.label() == null ? "" : oneLine(c.label())));
            out.println(p + "type\t" + (c.entityType() == null ? "" : oneLine(c.entityType())));
            out.println(p + "mentions\t" + c.mentions());
            out.println(p + "papers\t" + c.papers());
        }
        out.println("unresolved.ids\t" + s.unresolvedIds().size());
        for (UnresolvedId u : s.unresolvedIds()) {
            String p = "unresolved." + oneLine(u.rawId()) + "." + u.reason() + ".";
            out.println(p + "mentions\t" + u.mentions());
            out.println(p + "papers\t" + u.papers());
        }
        for (YearCount y : s.papersPerYear())
            out.println("year." + (y.year() == null ? "none" : y.year().toString()) + ".papers\t" + y.papers());
    }

    // labels and raw identifiers come from data: a tab or line break would break a table row
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
