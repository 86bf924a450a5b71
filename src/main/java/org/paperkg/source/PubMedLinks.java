package org.paperkg.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.paperkg.ids.PaperIds;

/**
 * How a PubMed record links its paper to others: the reference list (ReferenceList/Reference with
 * an ArticleIdList, nested lists included, and the older CommentsCorrections of RefType "Cites"),
 * the comments and corrections ({@link Correction.Kind}), and the publication types that say the
 * paper is retracted or is a retraction notice.
 *
 * <p>A reference is a cited work when one of its ids (pubmed, pmc, doi) is valid; one that names
 * none is counted in {@link References#withoutIdentifier()} and its text is not kept. The ids of a
 * reference are other people's data: an invalid one is not reported, only not used. A comment or
 * correction without a valid PMID links nothing (a RetractionIn still marks the paper retracted);
 * the RefTypes not in {@link Correction.Kind} (reprints, republications, patient summaries,
 * associated data) are not read.
 */
final class PubMedLinks {

    static final String RETRACTED_PUBLICATION = "Retracted Publication";
    static final String RETRACTION_NOTICE = "Retraction of Publication";

    private PubMedLinks() {}

    /** The cited works of every ReferenceList under {@code holder} (PubmedData, BookDocument), and of "Cites" links. */
    static References references(XmlElement holder, XmlElement commentsCorrections) {
        Set<CitedWork> cited = new LinkedHashSet<>();
        int[] withoutId = {0};
        if (holder != null) for (XmlElement list : holder.children("ReferenceList")) referenceList(list, cited, withoutId);
        if (commentsCorrections != null) {
            for (XmlElement cc : commentsCorrections.children("CommentsCorrections")) {
                if (!"Cites".equalsIgnoreCase(cc.attr("RefType"))) continue;
                Optional<String> pmid = pmid(cc.childText("PMID"));
                if (pmid.isPresent()) cited.add(new CitedWork(null, pmid.get(), null));
                else withoutId[0]++;
            }
        }
        return cited.isEmpty() && withoutId[0] == 0 ? References.NONE : new References(new ArrayList<>(cited), withoutId[0]);
    }

    private static void referenceList(XmlElement list, Set<CitedWork> cited, int[] withoutId) {
        for (XmlElement ref : list.children("Reference")) {
            CitedWork work = work(ref.child("ArticleIdList"));
            if (work != null) cited.add(work);
            else withoutId[0]++;
        }
        for (XmlElement nested : list.children("ReferenceList")) referenceList(nested, cited, withoutId);
    }

    /** The work an ArticleIdList names (the first valid id of each kind), or null when it names none. */
    private static CitedWork work(XmlElement ids) {
        if (ids == null) return null;
        String pmid = null, pmcid = null, doi = null;
        for (XmlElement id : ids.children("ArticleId")) {
            String type = id.attr("IdType");
            if (type == null) continue;
            String raw = id.text();
            if (pmid == null && type.equalsIgnoreCase("pubmed")) pmid = pmid(raw).orElse(null);
            else if (pmcid == null && type.equalsIgnoreCase("pmc")) pmcid = PaperIds.pmcid(raw).orElse(null);
            else if (doi == null && type.equalsIgnoreCase("doi")) doi = PaperIds.doi(raw).orElse(null);
        }
        return CitedWork.ofValid(pmcid, pmid, doi);
    }

    /** The comments and corrections read, in order, without repeats. */
    static List<Correction> corrections(XmlElement commentsCorrections) {
        Set<Correction> out = new LinkedHashSet<>();
        if (commentsCorrections == null) return List.of();
        for (XmlElement cc : commentsCorrections.children("CommentsCorrections")) {
            Optional<Correction.Kind> kind = Correction.Kind.of(cc.attr("RefType"));
            if (kind.isEmpty()) continue;
            out.add(new Correction(kind.get(), pmid(cc.childText("PMID")).orElse(null)));
        }
        return new ArrayList<>(out);
    }

    /** The publication types' names (PublicationTypeList of an article, PublicationType children of a book document). */
    static List<String> publicationTypes(XmlElement holder) {
        List<String> out = new ArrayList<>();
        if (holder == null) return out;
        XmlElement list = holder.child("PublicationTypeList");
        for (XmlElement t : (list != null ? list : holder).children("PublicationType"))
            if (!t.text().isEmpty()) out.add(t.text());
        return out;
    }

    /** The status the publication types and the corrections give. */
    static Publication withStatus(Publication p, List<String> publicationTypes, List<Correction> corrections) {
        boolean retracted = publicationTypes.stream().anyMatch(RETRACTED_PUBLICATION::equalsIgnoreCase)
                || corrections.stream().anyMatch(c -> c.kind().retractsThisPaper());
        boolean notice = publicationTypes.stream().anyMatch(RETRACTION_NOTICE::equalsIgnoreCase);
        return p.withStatus(retracted, notice);
    }

    private static Optional<String> pmid(String raw) {
        return PaperIds.pmid(raw);
    }
}
