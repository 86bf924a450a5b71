package org.paperkg.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.paperkg.ids.PaperIds;

/**
 * The reference list of a JATS article ({@code back/ref-list/ref}, nested ref-lists included) as
 * cited works, the way {@link PubMedLinks} reads PubMed's ReferenceList: each citation of a ref
 * ({@code element-citation}, {@code mixed-citation}, and the older {@code citation} and
 * {@code nlm-citation}) is a cited work when one of its {@code pub-id}s of type pmid, pmcid (or pmc)
 * or doi is valid; a citation that names none, and a ref with no citation at all, is counted in
 * {@link References#withoutIdentifier()}. As in PubMed, the ids of a reference are other people's
 * data: an invalid one is not reported, only not used. Two refs naming the same work cite it once.
 */
final class JatsReferences {

    private static final Set<String> CITATIONS = Set.of("element-citation", "mixed-citation", "citation", "nlm-citation");

    private JatsReferences() {}

    static References read(XmlElement back) {
        if (back == null) return References.NONE;
        Set<CitedWork> cited = new LinkedHashSet<>();
        int[] withoutId = {0};
        for (XmlElement list : back.children("ref-list")) refList(list, cited, withoutId);
        return cited.isEmpty() && withoutId[0] == 0 ? References.NONE : new References(new ArrayList<>(cited), withoutId[0]);
    }

    private static void refList(XmlElement list, Set<CitedWork> cited, int[] withoutId) {
        for (XmlElement ref : list.children("ref")) {
            List<XmlElement> citations = ref.elements().stream().filter(e -> CITATIONS.contains(e.name())).toList();
            if (citations.isEmpty()) withoutId[0]++;
            for (XmlElement citation : citations) {
                CitedWork work = work(citation);
                if (work != null) cited.add(work);
                else withoutId[0]++;
            }
        }
        for (XmlElement nested : list.children("ref-list")) refList(nested, cited, withoutId);
    }

    /** The work a citation's pub-ids name (the first valid id of each kind), or null when they name none. */
    private static CitedWork work(XmlElement citation) {
        String pmid = null, pmcid = null, doi = null;
        for (XmlElement id : citation.children("pub-id")) {
            String type = id.attr("pub-id-type");
            if (type == null) continue;
            String t = type.strip().toLowerCase(java.util.Locale.ROOT);
            String raw = id.text();
            if (pmid == null && t.equals("pmid")) pmid = PaperIds.pmid(raw).orElse(null);
            else if (pmcid == null && (t.equals("pmcid") || t.equals("pmc"))) pmcid = PaperIds.pmcid(raw).orElse(null);
            else if (doi == null && t.equals("doi")) doi = PaperIds.doi(raw).orElse(null);
        }
        return CitedWork.ofValid(pmcid, pmid, doi);
    }
}
