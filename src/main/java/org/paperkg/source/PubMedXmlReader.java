package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PaperIds;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;

/**
 * Reads PubMed XML: a {@code PubmedArticleSet} (efetch output, the current baseline) or the legacy
 * {@code MedlineCitationSet} (MEDLINE baselines before 2017), plain or gzipped, one article at a
 * time so that a baseline file of any size reads in bounded memory.
 *
 * <p>Per article: PMID; title (ArticleTitle with its inline markup flattened, or the VernacularTitle
 * when ArticleTitle is empty); abstract (AbstractText sections, a labelled one as "LABEL: text",
 * sections separated by a blank line); OtherAbstract (publisher or translated abstracts) is not part
 * of the abstract and is kept as an other section headed "Other abstract (type, language)";
 * authors ({@link PubMedAuthors}); journal (title, ISO abbreviation, ISSNs including ISSNLinking);
 * publication date ({@link PubMedDates}); DOI and PMCID from PubmedData/ArticleIdList, else the
 * DOI of an ELocationID and the PMCID of a legacy OtherID; MeSH headings with their qualifiers,
 * descriptor and qualifier UIs resolved in MESH; references, comments and corrections, and the
 * retraction status of the publication types ({@link PubMedLinks}). A PubmedBookArticle is read as
 * a book chapter or a whole book ({@link PubMedBooks}).
 *
 * <p>Not read: grants, chemicals, keywords, investigators, supplementary concepts. A DeleteCitation
 * list gives one withdrawal record per PMID ({@link PaperRecord#deletion}); the citation's version
 * ({@link RecordVersion}) decides which of two records of one PMID is kept. A record without a PMID
 * or a title is skipped (SKIP); a bad date,
 * DOI, PMCID, ISSN, ORCID or MeSH UI is a warning, the value kept as text in the extra metadata.
 */
public final class PubMedXmlReader extends XmlRecordReader {

    static final XmlRecordStream.Format FORMAT = new XmlRecordStream.Format("PubMed XML",
            Set.of("PubmedArticleSet", "MedlineCitationSet"),
            Set.of("PubmedArticle", "MedlineCitation", "PubmedBookArticle", "DeleteCitation"),
            Set.of(),
            Set.of("GrantList", "ChemicalList", "KeywordList",
                    "InvestigatorList", "History", "SupplMeshList", "GeneSymbolList", "PersonalNameSubjectList"),
            "PubmedArticle or MedlineCitation");

    private static final Pattern ISSN = Pattern.compile("(\\d{4})-?(\\d{3}[\\dXx])");
    private static final Pattern LEGACY_PMCID = Pattern.compile("^\\s*(PMC\\d+)\\b");

    private final PrefixTable prefixes;

    public PubMedXmlReader(PrefixTable prefixes) {
        this(prefixes, InputLimits.DEFAULTS);
    }

    public PubMedXmlReader(PrefixTable prefixes, InputLimits limits) {
        super(FORMAT, limits);
        this.prefixes = prefixes;
    }

    @Override
    XmlRecordStream.Mapper mapper(String displayName) {
        return new Mapper(displayName);
    }

    private final class Mapper implements XmlRecordStream.Mapper {
        private final String file;

        Mapper(String file) {
            this.file = file;
        }

        @Override
        public String describe(XmlElement partial) {
            XmlElement citation = citation(partial);
            String pmid = citation == null ? null : citation.childText("PMID");
            if (pmid == null && partial.child("BookDocument") != null) pmid = partial.child("BookDocument").childText("PMID");
            return pmid == null ? null : "PMID " + pmid;
        }

        @Override
        public XmlRecordStream.Outcome map(XmlElement el, RecordProblems problems) {
            if (el.name().equals("DeleteCitation")) return deletions(el, problems);
            boolean book = el.name().equals("PubmedBookArticle");
            XmlElement citation = book ? el.child("BookDocument") : citation(el);
            if (citation == null) return skip(el, ProblemCode.NO_CITATION, book ? "no <BookDocument>" : "no <MedlineCitation>");
            XmlElement pmidEl = citation.child("PMID");
            String pmidText = pmidEl == null ? null : pmidEl.text();
            if (pmidText == null || pmidText.isEmpty()) return skip(el, ProblemCode.NO_PMID, "no PMID");
            Optional<String> pmid = PaperIds.pmid(pmidText).filter(p -> !p.equals("0"));
            if (pmid.isEmpty())
                return new XmlRecordStream.Outcome.Skip(pmidEl.line(), ProblemCode.BAD_PMID,
                        "<" + el.name() + "> at line " + el.line() + ": not a PMID: '" + pmidText + "'");
            if (book) return PubMedBooks.read(el, citation, pmid.get(), new SourceRef(file, el.line()), problems, this::skip);
            XmlElement article = citation.child("Article");
            String title = article == null ? null : article.childText("ArticleTitle");
            if (title == null && article != null && article.childText("VernacularTitle") != null) {
                title = article.childText("VernacularTitle");
                problems.warn(article.child("VernacularTitle").line(), ProblemCode.TITLE_FROM_VERNACULAR,
                        "ArticleTitle is empty: the title in the original language is used");
            }
            if (title == null) return skip(el, ProblemCode.NO_TITLE, "PMID " + pmid.get() + " has no ArticleTitle");

            PaperRecord.Builder b = PaperRecord.builder(new SourceRef(file, el.line()), "pubmed")
                    .title(title).pmid(pmid.get()).version(version(citation, pmidEl, problems));
            List<String> keptAsText = new ArrayList<>();
            abstracts(citation, article, b);
            PubMedAuthors.read(article, problems, keptAsText).forEach(b::author);
            b.journal(journal(citation, article, problems, keptAsText));
            b.issued(PubMedDates.issued(article, problems));
            ids(el, citation, article, b, problems, keptAsText);
            meshHeadings(citation, b, problems);
            links(citation, article, el.child("PubmedData"), b);
            keptAsText.forEach(b::extraMetadata);
            return new XmlRecordStream.Outcome.Read(b.build());
        }

        /**
         * A DeleteCitation list: one withdrawal of the PubMed record per PMID, applied by the run
         * (the records are removed from the store, and from the run when read before).
         */
        private XmlRecordStream.Outcome deletions(XmlElement el, RecordProblems problems) {
            List<PaperRecord> out = new ArrayList<>();
            for (XmlElement p : el.children("PMID")) {
                Optional<String> pmid = PaperIds.pmid(p.text()).filter(v -> !v.equals("0"));
                if (pmid.isEmpty()) problems.warn(p.line(), ProblemCode.BAD_PMID, "DeleteCitation lists '" + p.text()
                        + "', which is not a PMID: nothing is deleted for it");
                else out.add(PaperRecord.deletion(new SourceRef(file, p.line()), "pubmed", pmid.get()));
            }
            return new XmlRecordStream.Outcome.Deletions(out);
        }

        XmlRecordStream.Outcome skip(XmlElement el, ProblemCode code, String why) {
            String label = describe(el);
            return new XmlRecordStream.Outcome.Skip(el.line(), code,
                    "<" + el.name() + "> at line " + el.line() + (label != null ? " (" + label + ")" : "") + ": " + why);
        }
    }

    /**
     * The citation's version: NLM publishes a new version of a citation under the same PMID
     * ({@code <PMID Version="2">}, {@code VersionID="2"} on the MedlineCitation or BookDocument); 1
     * when neither says.
     */
    static RecordVersion version(XmlElement citation, XmlElement pmid, RecordProblems problems) {
        int v = 1;
        for (String raw : new String[] {pmid.attr("Version"), citation.attr("VersionID")}) {
            if (raw == null || raw.isBlank()) continue;
            try {
                v = Math.max(v, Integer.parseInt(raw.strip()));
            } catch (NumberFormatException e) {
                problems.warn(pmid.line(), ProblemCode.BAD_VERSION, "not a version number: '" + raw
                        + "'; the citation is taken as version 1");
            }
        }
        return RecordVersion.number(v);
    }

    /** References, comments and corrections, and the status the publication types give. */
    private static void links(XmlElement citation, XmlElement article, XmlElement pubmedData, PaperRecord.Builder b) {
        XmlElement commentsCorrections = citation.child("CommentsCorrectionsList");
        List<Correction> corrections = PubMedLinks.corrections(commentsCorrections);
        corrections.forEach(b::correction);
        b.references(PubMedLinks.references(pubmedData, commentsCorrections));
        b.publication(PubMedLinks.withStatus(Publication.JOURNAL_ARTICLE, PubMedLinks.publicationTypes(article), corrections));
    }

    private static XmlElement citation(XmlElement el) {
        return el.name().equals("MedlineCitation") ? el : el.child("MedlineCitation");
    }

    private static void abstracts(XmlElement citation, XmlElement article, PaperRecord.Builder b) {
        String main = sections(article.child("Abstract"));
        if (main != null) b.abstractText(main);
        for (XmlElement other : citation.children("OtherAbstract")) {
            String text = sections(other);
            if (text == null) continue;
            List<String> about = new ArrayList<>();
            if (other.attr("Type") != null) about.add(other.attr("Type"));
            if (other.attr("Language") != null) about.add(other.attr("Language"));
            b.otherSection(new TextSection("Other abstract" + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"),
                    text, other.line()));
        }
    }

    /** AbstractText sections, "LABEL: text" when labelled, joined by blank lines; null when there is no text. */
    static String sections(XmlElement abstractEl) {
        if (abstractEl == null) return null;
        List<String> paragraphs = new ArrayList<>();
        for (XmlElement section : abstractEl.children("AbstractText")) {
            String text = section.text();
            if (text.isEmpty()) continue;
            String label = section.attr("Label");
            paragraphs.add(label != null && !label.isBlank() ? label.strip() + ": " + text : text);
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    private static Journal journal(XmlElement citation, XmlElement article, RecordProblems problems, List<String> keptAsText) {
        XmlElement j = article.child("Journal");
        List<XmlElement> issnEls = new ArrayList<>(j == null ? List.of() : j.children("ISSN"));
        XmlElement info = citation.child("MedlineJournalInfo");
        if (info != null) issnEls.addAll(info.children("ISSNLinking"));
        List<String> issns = issns(issnEls, problems, keptAsText);
        String title = j == null ? null : j.childText("Title");
        String iso = j == null ? null : j.childText("ISOAbbreviation");
        if (title == null && iso == null && issns.isEmpty()) return null;
        return new Journal(title, iso, issns);
    }

    /** The valid ISSNs of these elements, once each; an invalid one is reported and kept as text. */
    static List<String> issns(List<XmlElement> issnEls, RecordProblems problems, List<String> keptAsText) {
        List<String> issns = new ArrayList<>();
        for (XmlElement e : issnEls) {
            String raw = e.text();
            if (raw.isEmpty()) continue;
            Optional<String> issn = issn(raw);
            if (issn.isEmpty()) {
                problems.warn(e.line(), ProblemCode.BAD_ISSN, "not a valid ISSN (form or check digit): '" + raw + "' (kept as text)");
                keptAsText.add("ISSN (invalid): " + raw);
            } else if (!issns.contains(issn.get())) {
                issns.add(issn.get());
            }
        }
        return issns;
    }

    /** An ISSN as NNNN-NNNC with a correct check character; empty otherwise. */
    static Optional<String> issn(String raw) {
        Matcher m = ISSN.matcher(raw.strip());
        if (!m.matches()) return Optional.empty();
        String digits = (m.group(1) + m.group(2)).toUpperCase();
        int sum = 0;
        for (int i = 0; i < 7; i++) sum += (digits.charAt(i) - '0') * (8 - i);
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(7) == expected ? Optional.of(digits.substring(0, 4) + "-" + digits.substring(4)) : Optional.empty();
    }

    private static void ids(XmlElement el, XmlElement citation, XmlElement article, PaperRecord.Builder b,
                            RecordProblems problems, List<String> keptAsText) {
        List<XmlElement> others = new ArrayList<>();
        for (XmlElement other : citation.children("OtherID"))
            if ("NLM".equals(other.attr("Source")) && LEGACY_PMCID.matcher(other.text()).find()) others.add(other);
        XmlElement idList = el.path("PubmedData", "ArticleIdList");
        ids(idList == null ? List.of() : List.of(idList), article.children("ELocationID"), others, b, problems, keptAsText);
    }

    /**
     * The DOI and PMC id of the ArticleIdLists (first), the DOI ELocationIDs and the legacy NLM
     * OtherIDs holding a PMC id; a second, different one is kept as text.
     */
    static void ids(List<XmlElement> idLists, List<XmlElement> eLocations, List<XmlElement> legacyPmcids, PaperRecord.Builder b,
                    RecordProblems problems, List<String> keptAsText) {
        List<XmlElement> dois = new ArrayList<>();
        List<XmlElement> pmcs = new ArrayList<>();
        for (XmlElement idList : idLists) {
            for (XmlElement id : idList.children("ArticleId")) {
                String type = id.attr("IdType");
                if ("doi".equalsIgnoreCase(type)) dois.add(id);
                else if ("pmc".equalsIgnoreCase(type)) pmcs.add(id);
            }
        }
        for (XmlElement loc : eLocations)
            if ("doi".equalsIgnoreCase(loc.attr("EIdType")) && !"N".equals(loc.attr("ValidYN"))) dois.add(loc);
        pmcs.addAll(legacyPmcids);
        for (XmlElement e : dois) {
            String raw = e.text();
            if (raw.isEmpty()) continue;
            Optional<String> doi = PaperIds.doi(raw);
            if (doi.isEmpty()) {
                problems.warn(e.line(), ProblemCode.BAD_DOI, "not a valid DOI: '" + raw + "' (kept as text)");
                keptAsText.add("DOI (invalid): " + raw);
            } else if (b.doi() == null) {
                b.doi(doi.get());
            } else if (!b.doi().equals(doi.get())) {
                problems.warn(e.line(), ProblemCode.CONFLICTING_ID, "DOI '" + doi.get() + "' differs from '" + b.doi() + "' (kept as text)");
                keptAsText.add("DOI (second): " + doi.get());
            }
        }
        for (XmlElement e : pmcs) {
            String raw = e.text();
            Matcher legacy = LEGACY_PMCID.matcher(raw);
            Optional<String> pmcid = PaperIds.pmcid(e.name().equals("OtherID") && legacy.find() ? legacy.group(1) : raw)
                    .filter(p -> !p.equals("PMC0"));
            if (pmcid.isEmpty()) {
                problems.warn(e.line(), ProblemCode.BAD_PMCID, "not a valid PMC id: '" + raw + "' (kept as text)");
                keptAsText.add("PMCID (invalid): " + raw);
            } else if (b.pmcid() == null) {
                b.pmcid(pmcid.get());
            } else if (!b.pmcid().equals(pmcid.get())) {
                problems.warn(e.line(), ProblemCode.CONFLICTING_ID, "PMCID '" + pmcid.get() + "' differs from '" + b.pmcid() + "' (kept as text)");
                keptAsText.add("PMCID (second): " + pmcid.get());
            }
        }
    }

    private void meshHeadings(XmlElement citation, PaperRecord.Builder b, RecordProblems problems) {
        XmlElement list = citation.child("MeshHeadingList");
        if (list == null) return;
        for (XmlElement heading : list.children("MeshHeading")) {
            XmlElement descriptor = heading.child("DescriptorName");
            if (descriptor == null) {
                problems.warn(heading.line(), ProblemCode.BAD_MESH, "MeshHeading without DescriptorName: not read");
                continue;
            }
            List<MeshHeading.Qualifier> qualifiers = new ArrayList<>();
            for (XmlElement q : heading.children("QualifierName"))
                qualifiers.add(new MeshHeading.Qualifier(mesh(q, problems), q.text(), major(q)));
            b.meshHeading(new MeshHeading(mesh(descriptor, problems), descriptor.text(), major(descriptor), qualifiers));
        }
    }

    private ConceptRef mesh(XmlElement name, RecordProblems problems) {
        String ui = name.attr("UI");
        if (ui == null || ui.isBlank())
            return new ConceptRef.Unresolved("", ProblemCode.MISSING_ID, "MeSH " + name.name() + " '" + name.text() + "' has no UI");
        ConceptRef ref = prefixes.resolveIn("MESH", ui.strip());
        if (ref instanceof ConceptRef.Unresolved u) problems.warn(name.line(), u.problemCode(), u.message());
        return ref;
    }

    private static boolean major(XmlElement name) {
        return "Y".equalsIgnoreCase(name.attr("MajorTopicYN"));
    }
}
