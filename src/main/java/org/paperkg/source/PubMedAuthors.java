package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperkg.problem.ProblemCode;

/**
 * The authors of a PubMed article, in order: persons (LastName, ForeName or else Initials, Suffix,
 * ORCID, affiliations) and collective names (consortia). The article's AuthorList is read; an
 * AuthorList of Type="editors" and the InvestigatorList are not authors and are not read.
 */
final class PubMedAuthors {

    private PubMedAuthors() {}

    static List<Author> read(XmlElement article, RecordProblems problems, List<String> keptAsText) {
        List<Author> authors = new ArrayList<>();
        for (XmlElement list : article.children("AuthorList")) {
            String type = list.attr("Type");
            if (type != null && !type.equalsIgnoreCase("authors")) continue;
            for (XmlElement a : list.children("Author")) {
                Author author = author(a, problems, keptAsText);
                if (author != null) authors.add(author);
            }
        }
        return authors;
    }

    private static Author author(XmlElement a, RecordProblems problems, List<String> keptAsText) {
        List<String> affiliations = new ArrayList<>();
        for (XmlElement info : a.children("AffiliationInfo")) {
            String aff = info.childText("Affiliation");
            if (aff != null) affiliations.add(aff);
        }
        for (XmlElement legacy : a.children("Affiliation")) {
            String aff = legacy.text();
            if (!aff.isEmpty()) affiliations.add(aff);
        }
        String collective = a.childText("CollectiveName");
        if (collective != null) return new Author(collective, null, null, null, affiliations, true);

        String family = a.childText("LastName");
        String fore = a.childText("ForeName");
        String given = fore != null ? fore : a.childText("Initials");
        String suffix = a.childText("Suffix");
        if (family == null && given == null) {
            problems.warn(a.line(), ProblemCode.BAD_AUTHOR, "author without LastName, ForeName or CollectiveName: not read");
            return null;
        }
        String name = name(given, family, suffix);
        List<XmlElement> orcids = a.children("Identifier").stream()
                .filter(id -> id.attr("Source") != null && id.attr("Source").strip().equalsIgnoreCase("ORCID")).toList();
        return new Author(name, given, family, orcid(orcids, name, problems, keptAsText), affiliations, false);
    }

    /** "Given Family Suffix", the parts there are (a given or a family name at least). */
    static String name(String given, String family, String suffix) {
        StringBuilder name = new StringBuilder();
        if (given != null) name.append(given);
        if (family != null) name.append(name.isEmpty() ? "" : " ").append(family);
        if (suffix != null) name.append(' ').append(suffix);
        return name.toString();
    }

    /**
     * The ORCID iD of an author's ORCID elements (PubMed's Identifier, JATS's contrib-id), in bare
     * form: an invalid one is reported and kept as text, a second different one too.
     */
    static String orcid(List<XmlElement> ids, String name, RecordProblems problems, List<String> keptAsText) {
        String found = null;
        for (XmlElement id : ids) {
            String raw = id.text();
            Optional<String> orcid = Orcid.normalise(raw);
            if (orcid.isEmpty()) {
                problems.warn(id.line(), ProblemCode.BAD_ORCID, "not a valid ORCID iD (form or check digit): '" + raw
                        + "' of " + name + "; the author is kept without it (kept as text)");
                keptAsText.add("ORCID of " + name + " (invalid): " + raw);
            } else if (found == null) {
                found = orcid.get();
            } else if (!found.equals(orcid.get())) {
                problems.warn(id.line(), ProblemCode.CONFLICTING_ID, "second ORCID iD " + orcid.get() + " of " + name
                        + " differs from " + found + " (kept as text)");
                keptAsText.add("ORCID of " + name + " (second): " + orcid.get());
            }
        }
        return found;
    }
}
