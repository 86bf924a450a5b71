package org.paperkg.map;

import static org.paperkg.vocab.Terms.*;

import org.apache.jena.graph.Node;
import org.paperkg.ids.IriFactory;
import org.paperkg.source.CitedWork;
import org.paperkg.source.Correction;
import org.paperkg.source.PaperRecord;

/**
 * A paper's links to other papers: {@code cito:cites} to each work its references name, and its
 * comments and corrections, each to the IRI the other paper has (or would have) in a store, minted
 * from its strongest identifier exactly as a paper's own ({@link PaperIris#paper(String, String, String, String)}).
 * The other paper is not typed or described here: it is a paper of the store only when its own
 * record is loaded. References without an identifier are counted, as
 * {@code pkg:referencesWithoutIdentifier}.
 *
 * <p>A cited paper known by a weaker identifier than the one its own record mints from (a PMID
 * for a paper with a PMC id) gets another IRI: links are not rewritten when papers are loaded, so
 * that a link never depends on what else the store holds; the library queries reconcile the two
 * through the identifier in the link's IRI (ontologies/README.md, "Links between papers").
 */
final class PaperLinks {

    private PaperLinks() {}

    static void write(PaperRecord r, Node paper, PaperIris iris, PaperStatements out) {
        for (CitedWork w : r.references().cited()) {
            Node cited = IriFactory.iri(iris.paper(w.pmcid(), w.pmid(), w.doi(), null));
            if (!cited.equals(paper)) out.add(paper, CITO_CITES, cited);
        }
        if (r.references().withoutIdentifier() > 0)
            out.add(paper, PKG_REFERENCES_WITHOUT_ID, PublicationKinds.integer(r.references().withoutIdentifier()));
        for (Correction c : r.corrections()) {
            if (c.pmid() == null) continue;
            Node other = IriFactory.iri(iris.paper(null, c.pmid(), null, null));
            if (other.equals(paper)) continue;
            out.add(paper, property(c.kind()), other);
        }
    }

    /**
     * The property from this paper to the other. CiTO's retracts, corrects, updates and discusses
     * (with their inverses) where they fit; a retraction and republication is a retraction, a
     * correction and republication a correction; an expression of concern has no CiTO term and
     * gets ours (sub-properties of cito:discusses and cito:isDiscussedBy).
     */
    static Node property(Correction.Kind kind) {
        return switch (kind) {
            case RETRACTION_IN, RETRACTED_AND_REPUBLISHED_IN -> CITO_IS_RETRACTED_BY;
            case RETRACTION_OF, RETRACTED_AND_REPUBLISHED_FROM -> CITO_RETRACTS;
            case ERRATUM_IN, CORRECTED_AND_REPUBLISHED_IN -> CITO_IS_CORRECTED_BY;
            case ERRATUM_FOR, CORRECTED_AND_REPUBLISHED_FROM -> CITO_CORRECTS;
            case EXPRESSION_OF_CONCERN_IN -> PKG_HAS_EXPRESSION_OF_CONCERN;
            case EXPRESSION_OF_CONCERN_FOR -> PKG_EXPRESSES_CONCERN_ABOUT;
            case UPDATE_IN -> CITO_IS_UPDATED_BY;
            case UPDATE_OF -> CITO_UPDATES;
            case COMMENT_IN -> CITO_IS_DISCUSSED_BY;
            case COMMENT_ON -> CITO_DISCUSSES;
        };
    }
}
