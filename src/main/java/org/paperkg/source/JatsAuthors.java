package org.paperkg.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.problem.ProblemCode;

/**
 * The authors of a JATS article, in order: each {@code contrib} of contrib-type "author" (or of no
 * type) in the article-meta's contrib-groups. A person has {@code name/surname}, {@code given-names},
 * {@code suffix} (else a {@code string-name} as written); a {@code collab} is a collective author,
 * named by its own text without the member list some collabs nest. The ORCID is a
 * {@code contrib-id} of contrib-id-type "orcid".
 *
 * <p>Affiliations: the {@code aff} elements its {@code xref ref-type="aff"} point to (rid may name
 * several), and {@code aff}s inside the contrib itself. Where an author has neither, the {@code aff}s
 * without an id of its contrib-group or of the article-meta are everyone's: PMC writes a single
 * shared affiliation that way. An aff's text leaves out its footnote {@code label}.
 */
final class JatsAuthors {

    /** Inside an aff: the footnote mark ("1"), not part of the affiliation. */
    private static final Set<String> AFF_NOT_TEXT = Set.of("label", "sup");
    /** Inside a collab: the member list, not part of the group's name. */
    private static final Set<String> COLLAB_NOT_NAME = Set.of("contrib-group", "xref", "contrib-id");

    private JatsAuthors() {}

    static List<Author> read(XmlElement meta, RecordProblems problems, List<String> keptAsText) {
        Map<String, String> affById = new HashMap<>();
        collectAffs(meta, affById);
        List<String> sharedInMeta = unnamedAffs(meta);
        List<Author> authors = new ArrayList<>();
        for (XmlElement group : meta.children("contrib-group")) {
            List<String> shared = new ArrayList<>(unnamedAffs(group));
            if (shared.isEmpty()) shared.addAll(sharedInMeta);
            for (XmlElement contrib : group.children("contrib")) {
                String type = contrib.attr("contrib-type");
                if (type != null && !type.strip().equalsIgnoreCase("author")) continue;
                Author a = author(contrib, affById, shared, problems, keptAsText);
                if (a != null) authors.add(a);
            }
        }
        return authors;
    }

    private static Author author(XmlElement contrib, Map<String, String> affById, List<String> shared,
                                 RecordProblems problems, List<String> keptAsText) {
        List<String> affiliations = affiliations(contrib, affById, problems);
        if (affiliations.isEmpty()) affiliations = shared;
        XmlElement collab = contrib.child("collab");
        if (collab != null) {
            String name = collab.textWithout(COLLAB_NOT_NAME);
            if (!name.isEmpty()) return new Author(name, null, null, null, affiliations, true);
        }
        XmlElement n = contrib.child("name");
        String family = n == null ? null : n.childText("surname");
        String given = n == null ? null : n.childText("given-names");
        String suffix = n == null ? null : n.childText("suffix");
        String name;
        if (family != null || given != null) {
            name = PubMedAuthors.name(given, family, suffix);
        } else if (contrib.childText("string-name") != null) {
            name = contrib.childText("string-name");
        } else {
            problems.warn(contrib.line(), ProblemCode.BAD_AUTHOR, "author without surname, given-names, string-name or collab: not read");
            return null;
        }
        List<XmlElement> orcids = contrib.children("contrib-id").stream()
                .filter(id -> "orcid".equalsIgnoreCase(strip(id.attr("contrib-id-type")))).toList();
        return new Author(name, given, family, PubMedAuthors.orcid(orcids, name, problems, keptAsText), affiliations, false);
    }

    /** The affiliations a contrib's aff xrefs point to, then its own aff elements, once each. */
    private static List<String> affiliations(XmlElement contrib, Map<String, String> affById, RecordProblems problems) {
        List<String> out = new ArrayList<>();
        for (XmlElement xref : contrib.children("xref")) {
            if (!"aff".equals(strip(xref.attr("ref-type"))) || xref.attr("rid") == null) continue;
            for (String rid : xref.attr("rid").strip().split("\\s+")) {
                String aff = affById.get(rid);
                if (aff == null)
                    problems.warn(xref.line(), ProblemCode.BAD_XREF, "an author's affiliation reference names '" + rid
                            + "', which is no <aff> of the article: not read");
                else if (!out.contains(aff)) out.add(aff);
            }
        }
        for (XmlElement aff : contrib.children("aff")) {
            String text = aff.textWithout(AFF_NOT_TEXT);
            if (!text.isEmpty() && !out.contains(text)) out.add(text);
        }
        return out;
    }

    /** Every aff with an id in the article-meta, its contrib-groups and their contribs. */
    private static void collectAffs(XmlElement holder, Map<String, String> affById) {
        for (XmlElement aff : holder.children("aff")) {
            String id = aff.attr("id");
            if (id != null) affById.putIfAbsent(id.strip(), aff.textWithout(AFF_NOT_TEXT));
        }
        for (XmlElement affs : holder.children("aff-alternatives")) collectAffs(affs, affById);
        for (XmlElement group : holder.children("contrib-group")) {
            collectAffs(group, affById);
            for (XmlElement contrib : group.children("contrib")) collectAffs(contrib, affById);
        }
    }

    /** The texts of the aff children without an id: they name no one in particular, so they are everyone's. */
    private static List<String> unnamedAffs(XmlElement holder) {
        List<String> out = new ArrayList<>();
        for (XmlElement aff : holder.children("aff")) {
            String text = aff.textWithout(AFF_NOT_TEXT);
            if (aff.attr("id") == null && !text.isEmpty()) out.add(text);
        }
        return out;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
