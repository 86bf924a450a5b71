package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.paperkg.ids.PaperIds;
import org.paperkg.problem.ProblemCode;

/**
 * Reads JATS XML (the NISO Journal Article Tag Suite, and the NLM DTDs before it), the full-text
 * format of PubMed Central: one {@code article} per file (PMC's open-access {@code .nxml}), or a
 * {@code pmc-articleset} of articles (PMC's efetch answer), plain or gzipped, one article at a time.
 *
 * <p>Records carry the source name "jats": the name of the format, as "bioc" and "pubtator" are,
 * not of the archive, because publishers (PLoS, eLife, bioRxiv) write the same JATS outside PMC,
 * and a paper's JATS record is one source of it whoever served the file.
 *
 * <p>Per article, from {@code front/article-meta}: the ids ({@code article-id} of pub-id-type pmid,
 * pmc or pmcid, doi; a PMC id as "PMC…"; an invalid one reported and kept as text, a second
 * different one too); the title ({@code title-group/article-title}, inline markup flattened); the
 * authors ({@link JatsAuthors}); the publication date, the most precise of the {@code pub-date}s of
 * type epub, ppub, collection (or their JATS 1.1+ date-type / publication-format), print before
 * collection before electronic among equals (the journal issue's date, the one PubMed gives); the
 * journal ({@code journal-meta}: journal-title, the iso-abbrev journal-id or abbrev-journal-title,
 * ISSNs); abstracts and body sections ({@link JatsText}); the reference list as cited works
 * ({@link JatsReferences}). An article without a title is skipped (NO_TITLE); one without any id is
 * read, and its paper is known by its title as a card's is.
 *
 * <p>Not read: figures, tables, formulas, supplementary material, sub-articles and responses
 * (streamed over, never held), acknowledgements, appendices, footnotes, keywords, funding.
 */
public final class JatsXmlReader extends XmlRecordReader {

    public static final String SOURCE = "jats";

    static final XmlRecordStream.Format FORMAT = new XmlRecordStream.Format("JATS XML",
            Set.of("pmc-articleset"), Set.of("article"), Set.of(),
            Set.of("table-wrap", "table-wrap-group", "fig", "fig-group", "disp-formula", "math", "supplementary-material",
                    "floats-group", "sub-article", "response", "graphic", "media", "alternatives"),
            "article");

    /** pub-date types in order of preference when two are equally precise. */
    private static final List<String> DATE_TYPES = List.of("ppub", "collection", "epub");

    public JatsXmlReader() {
        this(InputLimits.DEFAULTS);
    }

    public JatsXmlReader(InputLimits limits) {
        super(FORMAT, limits);
    }

    @Override
    XmlRecordStream.Mapper mapper(String displayName) {
        return new Mapper(displayName);
    }

    private static final class Mapper implements XmlRecordStream.Mapper {
        private final String file;

        Mapper(String file) {
            this.file = file;
        }

        @Override
        public String describe(XmlElement partial) {
            XmlElement meta = partial.path("front", "article-meta");
            if (meta == null) return null;
            for (String type : List.of("pmid", "pmc", "pmcid", "doi"))
                for (XmlElement id : meta.children("article-id"))
                    if (type.equalsIgnoreCase(strip(id.attr("pub-id-type"))) && !id.text().isEmpty())
                        return (type.equals("pmid") ? "PMID " : type.equals("doi") ? "DOI " : "PMC ") + id.text();
            return null;
        }

        @Override
        public XmlRecordStream.Outcome map(XmlElement article, RecordProblems problems) {
            XmlElement meta = article.path("front", "article-meta");
            String title = meta == null ? null : textOf(meta.path("title-group", "article-title"));
            if (title == null) return skip(article, meta == null ? "no <front>/<article-meta>" : "no <article-title>");

            PaperRecord.Builder b = PaperRecord.builder(new SourceRef(file, article.line()), SOURCE).title(title);
            List<String> keptAsText = new ArrayList<>();
            ids(meta, b, problems, keptAsText);
            JatsAuthors.read(meta, problems, keptAsText).forEach(b::author);
            b.issued(issued(meta, problems));
            b.journal(journal(article.path("front", "journal-meta"), problems, keptAsText));
            JatsText.abstracts(meta, b);
            JatsText.body(article.child("body")).forEach(b::otherSection);
            b.references(JatsReferences.read(article.child("back")));
            keptAsText.forEach(b::extraMetadata);
            return new XmlRecordStream.Outcome.Read(b.build());
        }

        private XmlRecordStream.Outcome skip(XmlElement article, String why) {
            String label = describe(article);
            return new XmlRecordStream.Outcome.Skip(article.line(), ProblemCode.NO_TITLE,
                    "<article> at line " + article.line() + (label != null ? " (" + label + ")" : "") + ": " + why);
        }
    }

    private static String textOf(XmlElement e) {
        if (e == null) return null;
        String t = e.text();
        return t.isEmpty() ? null : t;
    }

    /** The PMID, PMC id and DOI of the article-ids: the first valid one of each kind is the paper's. */
    private static void ids(XmlElement meta, PaperRecord.Builder b, RecordProblems problems, List<String> keptAsText) {
        for (XmlElement id : meta.children("article-id")) {
            String type = strip(id.attr("pub-id-type"));
            if (type == null) continue;
            switch (type.toLowerCase(Locale.ROOT)) {
                case "pmid" -> take(id, "PMID", ProblemCode.BAD_PMID, PaperIds::pmid, b.pmid(), b::pmid, problems, keptAsText);
                case "pmc", "pmcid" -> take(id, "PMCID", ProblemCode.BAD_PMCID, PaperIds::pmcid, b.pmcid(), b::pmcid, problems, keptAsText);
                case "doi" -> take(id, "DOI", ProblemCode.BAD_DOI, PaperIds::doi, b.doi(), b::doi, problems, keptAsText);
                default -> { }
            }
        }
    }

    private static void take(XmlElement id, String kind, ProblemCode bad, Function<String, Optional<String>> normalise,
                             String current, java.util.function.Consumer<String> set, RecordProblems problems, List<String> keptAsText) {
        String raw = id.text();
        if (raw.isEmpty()) return;
        Optional<String> value = normalise.apply(raw);
        if (value.isEmpty()) {
            problems.warn(id.line(), bad, "not a valid " + kind + ": '" + raw + "' (kept as text)");
            keptAsText.add(kind + " (invalid): " + raw);
        } else if (current == null) {
            set.accept(value.get());
        } else if (!current.equals(value.get())) {
            problems.warn(id.line(), ProblemCode.CONFLICTING_ID, kind + " '" + value.get() + "' differs from '" + current + "' (kept as text)");
            keptAsText.add(kind + " (second): " + value.get());
        }
    }

    /** The most precise publication date; among equals the first of {@link #DATE_TYPES}. */
    static PubDate issued(XmlElement meta, RecordProblems problems) {
        PubDate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (XmlElement d : meta.children("pub-date")) {
            int rank = DATE_TYPES.indexOf(type(d));
            if (rank < 0) continue;
            PubDate date = PubMedDates.fromParts(d, "year", "month", "day", problems);
            if (date == null) continue;
            if (best == null || date.precision().compareTo(best.precision()) < 0
                    || (date.precision() == best.precision() && rank < bestRank)) {
                best = date;
                bestRank = rank;
            }
        }
        return best;
    }

    /** epub, ppub or collection: pub-type (JATS 1.0 and NLM), else date-type and publication-format (JATS 1.1+). */
    private static String type(XmlElement pubDate) {
        String pubType = strip(pubDate.attr("pub-type"));
        // epub-ppub: one date for both, which is the print issue's
        if (pubType != null) return pubType.equalsIgnoreCase("epub-ppub") ? "ppub" : pubType.toLowerCase(Locale.ROOT);
        String dateType = strip(pubDate.attr("date-type"));
        String format = strip(pubDate.attr("publication-format"));
        if ("collection".equalsIgnoreCase(dateType)) return "collection";
        if (dateType == null || "pub".equalsIgnoreCase(dateType))
            return "print".equalsIgnoreCase(format) ? "ppub" : "electronic".equalsIgnoreCase(format) ? "epub" : "collection";
        return dateType.toLowerCase(Locale.ROOT);
    }

    private static Journal journal(XmlElement jm, RecordProblems problems, List<String> keptAsText) {
        if (jm == null) return null;
        String title = textOf(jm.path("journal-title-group", "journal-title"));
        if (title == null) title = jm.childText("journal-title");
        String iso = null;
        for (XmlElement id : jm.children("journal-id"))
            if (iso == null && "iso-abbrev".equalsIgnoreCase(strip(id.attr("journal-id-type")))) iso = textOf(id);
        if (iso == null) iso = textOf(jm.path("journal-title-group", "abbrev-journal-title"));
        if (iso == null) iso = jm.childText("abbrev-journal-title");
        List<String> issns = PubMedXmlReader.issns(jm.children("issn"), problems, keptAsText);
        if (title == null && iso == null && issns.isEmpty()) return null;
        return new Journal(title, iso, issns);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
