package org.paperkg.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import org.paperkg.ids.ConceptRef;
import org.paperkg.problem.ProblemCode;

/**
 * One BioC document (a gson tree) turned into a record: identifiers, title and abstract passages, one
 * document text that the annotation offsets cut into, mentions and relations. Problems go to
 * {@link #problems}, held until the record is passed on.
 */
final class BiocDocument {

    /** The widest gap between passages filled with spaces: more is taken for a broken offset. */
    static final long MAX_GAP = 1_000_000;

    private String section = BiocDocumentText.TEXT;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PMCID = Pattern.compile("(?i)(?:PMC)?(\\d+)");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile("(?i)^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)");
    private static final Pattern DOI_IN_CITATION = Pattern.compile("(?i)\\bdoi:\\s*(10\\.\\d{4,9}/\\S+)");

    private final String file;
    private final JsonObject doc;
    private final JsonTree tree;
    private final long line;
    private final ConceptIds ids;
    final RecordProblems problems;

    BiocDocument(String file, JsonObject doc, JsonTree tree, ConceptIds ids) {
        this.file = file;
        this.doc = doc;
        this.tree = tree;
        this.line = tree.lineOf(doc, 1);
        this.ids = ids;
        this.problems = new RecordProblems(file);
    }

    long line() {
        return line;
    }

    /** Why this document cannot be read at all, or null when it can. */
    String unreadable() {
        if (JsonFields.objects(doc, "passages").isEmpty())
            return "document " + describe() + " has no passages: there is no text to read";
        return null;
    }

    /** The document as a record of the annotation set {@code collection} (its edition). */
    PaperRecord build(RecordVersion collection) {
        List<JsonObject> passages = JsonFields.objects(doc, "passages");
        PaperRecord.Builder b = PaperRecord.builder(new SourceRef(file, line), BiocJsonReader.SOURCE).version(collection);
        identifiers(b, passages);

        List<BiocDocumentText.Piece> pieces = new ArrayList<>();
        for (JsonObject p : passages) place(pieces, p);
        SourceText laidOut = BiocDocumentText.build(pieces, MAX_GAP, problems);
        section = laidOut != null ? laidOut.section() : BiocDocumentText.section(pieces);
        CodePointText text = new CodePointText(laidOut != null ? laidOut.text() : "");
        for (JsonObject p : passages) {
            String type = JsonFields.text(JsonFields.object(p, "infons"), "type");
            String passageText = JsonFields.text(p, "text");
            if (type == null || passageText == null) continue;
            String t = type.toLowerCase(Locale.ROOT);
            if ((t.equals("title") || t.equals("front")) && b.title() == null) b.title(passageText);
            else if (t.equals("abstract")) b.abstractText(passageText);
        }
        if (laidOut != null) b.text(laidOut);

        Map<String, List<ConceptRef>> conceptsById = new HashMap<>();
        for (JsonObject annotation : annotations(passages)) {
            List<ConceptRef> concepts = mentions(annotation, text, b);
            String id = JsonFields.text(annotation, "id");
            if (id != null && concepts != null) conceptsById.putIfAbsent(id, concepts);
        }
        for (JsonObject relation : relations(passages)) relation(relation, conceptsById, b);
        return b.build();
    }

    // ---- identifiers ----

    private void identifiers(PaperRecord.Builder b, List<JsonObject> passages) {
        JsonObject infons = JsonFields.object(doc, "infons");
        String id = JsonFields.text(doc, "id");
        String underscoreId = JsonFields.text(doc, "_id"); // PubTator3: "pmid|pmcid"
        String[] pair = underscoreId == null ? new String[0] : underscoreId.split("\\|", -1);

        b.pmid(firstMatching(DIGITS, JsonFields.text(doc, "pmid"), id, pair.length > 0 ? pair[0] : null,
                passageInfon(passages, "article-id_pmid")));
        String pmc = firstNonBlank(JsonFields.text(doc, "pmcid"), JsonFields.text(infons, "pmcid"),
                passageInfon(passages, "article-id_pmc"), pair.length > 1 && !pair[1].equalsIgnoreCase("None") ? pair[1] : null);
        if (pmc != null) {
            Matcher m = PMCID.matcher(pmc.strip());
            if (m.matches()) b.pmcid("PMC" + m.group(1));
            else problems.warn(line, ProblemCode.BAD_PMCID, "'" + pmc + "' is not a PMC id; left out");
        }

        String doi = null;
        String given = JsonFields.text(infons, "doi");
        if (given != null) {
            doi = doi(given);
            if (doi == null) problems.warn(tree.lineOf(infons, line), ProblemCode.BAD_DOI, "infons.doi '" + given + "' is not a DOI; left out");
        }
        if (doi == null) doi = doi(id);
        if (doi == null) doi = doi(passageInfon(passages, "article-id_doi"));
        if (doi == null) {
            String citation = passageInfon(passages, "journal");
            Matcher m = citation == null ? null : DOI_IN_CITATION.matcher(citation);
            if (m != null && m.find()) doi = trimDoi(m.group(1));
        }
        b.doi(doi);
    }

    /** The DOI a field gives (bare, {@code doi:} or a doi.org URL), else null. */
    private static String doi(String raw) {
        if (raw == null) return null;
        String d = DOI_PREFIX.matcher(raw.strip()).replaceFirst("");
        return DOI.matcher(d).matches() ? trimDoi(d) : null;
    }

    private static String trimDoi(String d) {
        return d.replaceAll("[.,;]+$", "");
    }

    private static String passageInfon(List<JsonObject> passages, String key) {
        for (JsonObject p : passages) {
            String v = JsonFields.text(JsonFields.object(p, "infons"), key);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }

    private static String firstMatching(Pattern pattern, String... values) {
        for (String v : values)
            if (v != null && pattern.matcher(v.strip()).matches()) return v.strip();
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values)
            if (v != null && !v.isBlank()) return v;
        return null;
    }

    private String describe() {
        String id = JsonFields.text(doc, "id");
        return id == null ? "at line " + line : "'" + id + "'";
    }

    // ---- text ----

    private void place(List<BiocDocumentText.Piece> layout, JsonObject passage) {
        long passageLine = tree.lineOf(passage, line);
        Long offset = JsonFields.integer(passage, "offset");
        String text = JsonFields.text(passage, "text");
        if (text != null) {
            if (offset == null) problems.warn(passageLine, ProblemCode.BAD_OFFSET, "passage without a numeric offset; its text is left out");
            else layout.add(piece(offset, text, passageLine, passage));
            return;
        }
        for (JsonObject sentence : JsonFields.objects(passage, "sentences")) {
            Long so = JsonFields.integer(sentence, "offset");
            String st = JsonFields.text(sentence, "text");
            if (so != null && st != null) layout.add(new BiocDocumentText.Piece(so, st, tree.lineOf(sentence, passageLine), false, false));
        }
    }

    private static BiocDocumentText.Piece piece(long offset, String text, long line, JsonObject passage) {
        String type = JsonFields.text(JsonFields.object(passage, "infons"), "type");
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return new BiocDocumentText.Piece(offset, text, line, t.equals("title") || t.equals("front"), t.equals("abstract"));
    }

    private static List<JsonObject> annotations(List<JsonObject> passages) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject p : passages) {
            out.addAll(JsonFields.objects(p, "annotations"));
            for (JsonObject s : JsonFields.objects(p, "sentences")) out.addAll(JsonFields.objects(s, "annotations"));
        }
        return out;
    }

    private List<JsonObject> relations(List<JsonObject> passages) {
        List<JsonObject> out = new ArrayList<>(JsonFields.objects(doc, "relations"));
        for (JsonObject p : passages) {
            out.addAll(JsonFields.objects(p, "relations"));
            for (JsonObject s : JsonFields.objects(p, "sentences")) out.addAll(JsonFields.objects(s, "relations"));
        }
        return out;
    }

    // ---- annotations ----

    /**
     * The mentions of one annotation: one per location, each with the text its location cuts out, when
     * every location is inside the text and together they give the annotation's text (joined by single
     * spaces for a discontinuous mention); otherwise one mention without offsets, reported.
     * Returns the annotation's concepts, or null when it gave no mention.
     */
    private List<ConceptRef> mentions(JsonObject annotation, CodePointText text, PaperRecord.Builder b) {
        long at = tree.lineOf(annotation, line);
        JsonObject infons = JsonFields.object(annotation, "infons");
        String type = firstNonBlank(JsonFields.text(infons, "type"), "Entity");
        String rawId = JsonFields.text(infons, "identifier");
        if (rawId == null && JsonFields.text(infons, "MESH") != null) rawId = JsonFields.text(infons, "MESH");
        List<ConceptRef> concepts = ids.parse(rawId, type);
        for (ConceptRef c : concepts)
            if (ConceptIds.isProblem(c) && c instanceof ConceptRef.Unresolved u) problems.warn(at, u.problemCode(), u.message());

        String said = JsonFields.text(annotation, "text");
        List<JsonObject> locations = JsonFields.objects(annotation, "locations");
        List<long[]> spans = new ArrayList<>();
        List<String> cuts = new ArrayList<>();
        boolean inside = true;
        for (JsonObject loc : locations) {
            Long offset = JsonFields.integer(loc, "offset"), length = JsonFields.integer(loc, "length");
            String cut = offset == null || length == null ? null : text.slice(offset, offset + length);
            if (cut == null) {
                inside = false;
                spans.add(new long[] {offset == null ? -1 : offset, length == null ? -1 : length});
            } else {
                spans.add(new long[] {offset, offset + length});
                cuts.add(cut);
            }
        }
        if (locations.isEmpty()) {
            if (said == null || said.isEmpty()) {
                problems.warn(at, ProblemCode.EMPTY_ANNOTATION, "annotation with neither text nor location; left out");
                return null;
            }
            problems.warn(at, ProblemCode.NO_LOCATION, "annotation '" + said + "' has no location; kept without offsets");
            b.mention(new Mention(Mention.Kind.TEXT, section, type, said, concepts, null, null, at));
            return concepts;
        }
        boolean matches = inside && (said == null || matchesText(cuts, said));
        if (matches) {
            for (int i = 0; i < cuts.size(); i++)
                b.mention(new Mention(Mention.Kind.TEXT, section, type, cuts.get(i), concepts,
                        (int) spans.get(i)[0], (int) spans.get(i)[1], at));
            return concepts;
        }
        String what = said == null ? String.join(" ", cuts) : said;
        problems.warn(at, ProblemCode.OFFSET_MISMATCH, describe(locations, text) + ", not '" + what + "'; mention kept without offsets");
        if (what.isEmpty()) return null;
        b.mention(new Mention(Mention.Kind.TEXT, section, type, what, concepts, null, null, at));
        return concepts;
    }

    private static boolean matchesText(List<String> cuts, String said) {
        if (cuts.size() == 1) return cuts.get(0).equals(said) || cuts.get(0).equals(said.strip());
        return String.join(" ", cuts).equals(said) || String.join("", cuts).equals(said);
    }

    private static String describe(List<JsonObject> locations, CodePointText text) {
        List<String> parts = new ArrayList<>();
        for (JsonObject loc : locations) {
            Long offset = JsonFields.integer(loc, "offset"), length = JsonFields.integer(loc, "length");
            if (offset == null || length == null) {
                parts.add("a location without numeric offset and length");
                continue;
            }
            String cut = text.slice(offset, offset + length);
            parts.add("offsets " + offset + ".." + (offset + length) + (cut == null
                    ? " are outside the text (" + text.length() + " characters)" : " cut out '" + cut + "'"));
        }
        return String.join("; ", parts);
    }

    // ---- relations ----

    /**
     * A relation with its two arguments from, in this order: PubTator3's {@code infons.role1/role2}
     * objects (identifier and type), BioC CDR's {@code infons.Chemical/Disease}, or the annotations its
     * first two {@code nodes} refer to.
     */
    private void relation(JsonObject relation, Map<String, List<ConceptRef>> conceptsById, PaperRecord.Builder b) {
        long at = tree.lineOf(relation, line);
        JsonObject infons = JsonFields.object(relation, "infons");
        String type = firstNonBlank(JsonFields.text(infons, "type"), JsonFields.text(infons, "relation"),
                JsonFields.text(infons, "relation_type"));
        List<ConceptRef> subject = null, object = null;
        JsonObject role1 = JsonFields.object(infons, "role1"), role2 = JsonFields.object(infons, "role2");
        if (role1 != null && role2 != null) {
            subject = ids.parse(JsonFields.text(role1, "identifier"), JsonFields.text(role1, "type"));
            object = ids.parse(JsonFields.text(role2, "identifier"), JsonFields.text(role2, "type"));
        } else if (JsonFields.text(infons, "Chemical") != null && JsonFields.text(infons, "Disease") != null) {
            subject = ids.parse(JsonFields.text(infons, "Chemical"), "Chemical");
            object = ids.parse(JsonFields.text(infons, "Disease"), "Disease");
        } else {
            List<JsonObject> nodes = JsonFields.objects(relation, "nodes");
            if (nodes.size() >= 2) {
                subject = conceptsById.get(JsonFields.text(nodes.get(0), "refid"));
                object = conceptsById.get(JsonFields.text(nodes.get(1), "refid"));
            }
        }
        if (type == null || subject == null || object == null) {
            problems.warn(at, ProblemCode.BAD_RELATION, "relation" + (type == null ? " without a type" : " '" + type + "'")
                    + (subject == null || object == null ? " without two arguments (infons role1/role2, or nodes referring to annotations)" : "")
                    + "; left out");
            return;
        }
        for (ConceptRef c : subject)
            if (ConceptIds.isProblem(c) && c instanceof ConceptRef.Unresolved u) problems.warn(at, u.problemCode(), u.message());
        for (ConceptRef c : object)
            if (ConceptIds.isProblem(c) && c instanceof ConceptRef.Unresolved u) problems.warn(at, u.problemCode(), u.message());
        b.relation(new Relation(type, subject, object, at));
    }
}
