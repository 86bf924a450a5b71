package org.paperkg.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PaperIds;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;

/**
 * Reads BioC XML (a {@code collection} of {@code document}s, as BioCreative V CDR and PubTator3
 * export it), plain or gzipped, one document at a time.
 *
 * <p>Per document: the id as PMID when numeric (as PMCID when "PMC…"; {@code article-id_*} infons
 * are read too); the title passage (infon type "title" or section_type "TITLE") as title; abstract
 * passages as abstract (both exactly as written, only trimmed, so they match the offset text); one {@link SourceText} the offsets count in ({@link BiocDocumentText}); each
 * annotation as one {@link Mention} of that text, with its type and identifier infons
 * ({@link BiocIds}) and its offsets in code points. BioC splits a composite mention into its parts,
 * each an annotation of its own, a part possibly in several pieces (locations): each annotation is
 * one mention. An annotation's location must cut its text out of the document text (several
 * locations: the pieces joined by single spaces) — else OFFSET_MISMATCH, and the mention is kept
 * without offsets. A mention in several pieces is also kept without offsets: one start and end
 * cannot say where it is. Relations: CDR's {@code CID} with Chemical and Disease infons,
 * PubTator3's role1/role2 infons ("Type|ID"), or two {@code node}s naming annotations.
 */
public final class BiocXmlReader extends XmlRecordReader {

    static final XmlRecordStream.Format FORMAT = new XmlRecordStream.Format("BioC XML",
            Set.of("collection"), Set.of("document"), Set.of("source", "date", "key", "infon"), Set.of(), "document");

    private static final Pattern NUMERIC = Pattern.compile("\\d{1,12}");
    private static final Pattern PMC = Pattern.compile("(?i)PMC\\d{1,12}");

    private final BiocIds ids;
    private final InputLimits limits;

    public BiocXmlReader(PrefixTable prefixes) {
        this(prefixes, InputLimits.DEFAULTS);
    }

    public BiocXmlReader(PrefixTable prefixes, InputLimits limits) {
        super(FORMAT, limits);
        this.ids = new BiocIds(prefixes);
        this.limits = limits;
    }

    @Override
    XmlRecordStream.Mapper mapper(String displayName) {
        return new Mapper(displayName);
    }

    static Map<String, String> infons(XmlElement el) {
        Map<String, String> m = new LinkedHashMap<>();
        for (XmlElement infon : el.children("infon")) {
            String key = infon.attr("key");
            if (key != null) m.putIfAbsent(key, infon.rawText().strip());
        }
        return m;
    }

    private final class Mapper implements XmlRecordStream.Mapper {
        private final String file;
        /** The collection's date: the edition of the annotation set its documents are (a later set replaces an earlier). */
        private RecordVersion collection = RecordVersion.NONE;

        @Override
        public void header(String element, String text, long line, RecordProblems problems) {
            if (!element.equals("date")) return;
            collection = RecordVersion.collectionDate(text).map(RecordVersion::dated).orElse(RecordVersion.NONE);
            if (collection == RecordVersion.NONE && !RecordVersion.isPlaceholder(text))
                problems.warn(line, ProblemCode.BAD_DATE, "the collection's <date> '" + text
                        + "' is not a date: its documents are taken as an annotation set of no date");
        }

        Mapper(String file) {
            this.file = file;
        }

        @Override
        public String describe(XmlElement partial) {
            String id = partial.childText("id");
            return id == null ? null : "document " + id;
        }

        @Override
        public XmlRecordStream.Outcome map(XmlElement doc, RecordProblems problems) {
            String id = doc.childText("id");
            List<XmlElement> passages = doc.children("passage");
            XmlElement titlePassage = null;
            for (XmlElement p : passages) if (titlePassage == null && isTitle(infons(p))) titlePassage = p;
            String title = titlePassage == null || titlePassage.child("text") == null ? null
                    : titlePassage.child("text").rawText().strip();
            if (title == null || title.isEmpty())
                return new XmlRecordStream.Outcome.Skip(doc.line(), ProblemCode.NO_TITLE, "<document> at line " + doc.line()
                        + (id != null ? " (document " + id + ")" : "") + " has no title passage");

            PaperRecord.Builder b = PaperRecord.builder(new SourceRef(file, doc.line()), "bioc").title(title).version(collection);
            identifiers(doc, id, b, problems);

            List<BiocDocumentText.Piece> pieces = new ArrayList<>();
            List<String> abstracts = new ArrayList<>();
            for (XmlElement p : passages) {
                Map<String, String> inf = infons(p);
                boolean isAbstract = isAbstract(inf);
                XmlElement text = p.child("text");
                Long offset = offset(p.child("offset"), p, problems);
                if (text != null) {
                    if (isAbstract && !text.rawText().isBlank()) abstracts.add(text.rawText().strip());
                    if (offset != null) pieces.add(new BiocDocumentText.Piece(offset, text.rawText(), p.line(), p == titlePassage, isAbstract));
                } else {
                    for (XmlElement s : p.children("sentence")) {
                        Long so = offset(s.child("offset"), s, problems);
                        XmlElement st = s.child("text");
                        if (so != null && st != null) pieces.add(new BiocDocumentText.Piece(so, st.rawText(), s.line(), false, false));
                    }
                }
            }
            if (!abstracts.isEmpty()) b.abstractText(String.join("\n\n", abstracts));
            SourceText text = BiocDocumentText.build(pieces, limits.maxRecordChars(), problems);
            if (text != null) b.text(text);
            String section = text != null ? text.section() : BiocDocumentText.section(pieces);
            CodePointText cps = text != null ? new CodePointText(text.text()) : null;

            Map<String, List<ConceptRef>> byAnnotationId = new HashMap<>();
            List<XmlElement> relations = new ArrayList<>(doc.children("relation"));
            for (XmlElement p : passages) {
                relations.addAll(p.children("relation"));
                List<XmlElement> annotations = new ArrayList<>(p.children("annotation"));
                for (XmlElement s : p.children("sentence")) {
                    annotations.addAll(s.children("annotation"));
                    relations.addAll(s.children("relation"));
                }
                for (XmlElement a : annotations) {
                    Mention m = mention(a, section, cps, problems);
                    b.mention(m);
                    if (a.attr("id") != null) byAnnotationId.putIfAbsent(a.attr("id"), m.concepts());
                }
            }
            for (XmlElement r : relations) {
                Relation rel = relation(r, byAnnotationId, problems);
                if (rel != null) b.relation(rel);
            }
            return new XmlRecordStream.Outcome.Read(b.build());
        }
    }

    private static boolean isTitle(Map<String, String> infons) {
        return "title".equalsIgnoreCase(infons.get("type")) || "TITLE".equalsIgnoreCase(infons.get("section_type"));
    }

    private static boolean isAbstract(Map<String, String> infons) {
        String type = infons.getOrDefault("type", "");
        return type.equalsIgnoreCase("abstract")
                || ("ABSTRACT".equalsIgnoreCase(infons.get("section_type")) && !type.toLowerCase(Locale.ROOT).contains("title"));
    }

    private static Long offset(XmlElement offset, XmlElement of, RecordProblems problems) {
        String t = offset == null ? null : offset.text();
        if (t == null || t.isEmpty()) {
            problems.warn(of.line(), ProblemCode.BAD_OFFSET, "<" + of.name() + "> without <offset>: its text is not placed");
            return null;
        }
        try {
            long v = Long.parseLong(t);
            if (v >= 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.warn(offset.line(), ProblemCode.BAD_OFFSET, "not an offset: '" + t + "': the text of <" + of.name() + "> is not placed");
        return null;
    }

    private static void identifiers(XmlElement doc, String id, PaperRecord.Builder b, RecordProblems problems) {
        Map<String, String> inf = new LinkedHashMap<>(infons(doc));
        for (XmlElement p : doc.children("passage"))
            infons(p).forEach(inf::putIfAbsent);
        if (id != null && NUMERIC.matcher(id).matches() && !PaperIds.pmid(id).orElse("0").equals("0")) b.pmid(PaperIds.pmid(id).get());
        else if (id != null && PMC.matcher(id).matches()) PaperIds.pmcid(id).ifPresent(b::pmcid);
        if (b.pmid() == null && inf.get("article-id_pmid") != null) PaperIds.pmid(inf.get("article-id_pmid")).ifPresent(b::pmid);
        if (b.pmcid() == null && inf.get("article-id_pmc") != null) PaperIds.pmcid(inf.get("article-id_pmc")).ifPresent(b::pmcid);
        if (inf.get("article-id_doi") != null) PaperIds.doi(inf.get("article-id_doi")).ifPresent(b::doi);
        if (b.pmid() == null && b.pmcid() == null && b.doi() == null) {
            problems.warn(doc.line(), ProblemCode.NO_PMID, "document id '" + id + "' is not a PMID or PMC id (kept as text)");
        }
        if (id != null && b.pmid() == null && b.pmcid() == null) b.extraMetadata("BioC document id: " + id);
    }

    private Mention mention(XmlElement a, String section, CodePointText doc, RecordProblems problems) {
        Map<String, String> inf = infons(a);
        String type = inf.getOrDefault("type", "Entity");
        List<ConceptRef> concepts = ids.resolve(BiocIds.find(inf, type), type);
        for (ConceptRef c : concepts)
            if (c instanceof ConceptRef.Unresolved u && u.problemCode() != ProblemCode.UNNORMALISED && u.problemCode() != ProblemCode.MISSING_ID)
                problems.warn(a.line(), u.problemCode(), u.message());
        XmlElement textEl = a.child("text");
        String text = textEl == null ? null : textEl.rawText();
        List<long[]> locations = new ArrayList<>();
        for (XmlElement loc : a.children("location")) {
            try {
                long start = Long.parseLong(loc.attr("offset").strip());
                long length = Long.parseLong(loc.attr("length").strip());
                if (start < 0 || length < 0) throw new NumberFormatException("negative");
                locations.add(new long[] {start, start + length});
            } catch (RuntimeException e) {
                problems.warn(loc.line(), ProblemCode.BAD_OFFSET, "not a location: offset='" + loc.attr("offset") + "' length='"
                        + loc.attr("length") + "': the mention is kept without offsets");
                locations.clear();
                break;
            }
        }
        Integer start = null, end = null;
        if (doc != null && !locations.isEmpty()) {
            List<String> pieces = new ArrayList<>();
            for (long[] loc : locations) pieces.add(doc.slice(loc[0], loc[1]));
            String cut = pieces.contains(null) ? null : String.join(" ", pieces);
            if (text == null && cut != null) text = cut;
            if (cut == null || !cut.equals(text)) {
                problems.warn(a.line(), ProblemCode.OFFSET_MISMATCH, "location " + describe(locations) + " cuts out "
                        + (cut == null ? "nothing (beyond the text)" : "'" + cut + "'") + ", not the annotation text '" + text
                        + "': the mention is kept without offsets");
            } else if (locations.size() == 1 && locations.get(0)[1] <= Integer.MAX_VALUE) {
                start = (int) locations.get(0)[0];
                end = (int) locations.get(0)[1];
            }
        }
        return new Mention(Mention.Kind.TEXT, section, type, text == null ? "" : text, concepts, start, end, a.line());
    }

    private static String describe(List<long[]> locations) {
        List<String> parts = new ArrayList<>();
        for (long[] l : locations) parts.add(l[0] + "+" + (l[1] - l[0]));
        return String.join(",", parts);
    }

    private Relation relation(XmlElement r, Map<String, List<ConceptRef>> byAnnotationId, RecordProblems problems) {
        Map<String, String> inf = infons(r);
        String type = inf.getOrDefault("relation", inf.getOrDefault("type", inf.getOrDefault("Type", "relation")));
        List<ConceptRef> subject = null, object = null;
        if (inf.containsKey("Chemical") && inf.containsKey("Disease")) {
            subject = ids.resolve(new BiocIds.Raw(inf.get("Chemical"), "MESH"), "Chemical");
            object = ids.resolve(new BiocIds.Raw(inf.get("Disease"), "MESH"), "Disease");
        } else if (inf.containsKey("role1") && inf.containsKey("role2")) {
            subject = role(inf.get("role1"));
            object = role(inf.get("role2"));
        } else {
            List<XmlElement> nodes = r.children("node");
            if (nodes.size() == 2) {
                subject = byAnnotationId.get(nodes.get(0).attr("refid"));
                object = byAnnotationId.get(nodes.get(1).attr("refid"));
            }
        }
        if (subject == null || object == null) {
            problems.warn(r.line(), ProblemCode.BAD_RELATION, "relation '" + type + "' without Chemical/Disease or role1/role2 infons "
                    + "or two nodes naming annotations of this document: not read");
            return null;
        }
        for (ConceptRef c : subject) warnUnresolved(c, r, problems);
        for (ConceptRef c : object) warnUnresolved(c, r, problems);
        return new Relation(type, subject, object, r.line());
    }

    /** PubTator3's "Chemical|MESH:D000069285". */
    private List<ConceptRef> role(String value) {
        int bar = value.indexOf('|');
        String type = bar < 0 ? null : value.substring(0, bar);
        String id = bar < 0 ? value : value.substring(bar + 1);
        return ids.resolve(new BiocIds.Raw(id.strip(), BiocIds.schemeOfType(type)), type);
    }

    private static void warnUnresolved(ConceptRef c, XmlElement r, RecordProblems problems) {
        if (c instanceof ConceptRef.Unresolved u && u.problemCode() != ProblemCode.UNNORMALISED)
            problems.warn(r.line(), u.problemCode(), u.message());
    }
}
