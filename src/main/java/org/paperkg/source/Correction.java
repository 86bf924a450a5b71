package org.paperkg.source;

import java.util.Locale;
import java.util.Optional;

/**
 * A link PubMed's comments and corrections make from a paper to another, by PMID: a retraction, an
 * erratum, an expression of concern, an update or a comment, in either direction ("…In": the other
 * paper is the notice about this one; "…Of"/"…For"/"…On": this paper is the notice about the other).
 */
public record Correction(Kind kind, String pmid) {

    /** The RefTypes read, by their name in PubMed's DTD. */
    public enum Kind {
        RETRACTION_IN("RetractionIn"),
        RETRACTION_OF("RetractionOf"),
        RETRACTED_AND_REPUBLISHED_IN("RetractedandRepublishedIn"),
        RETRACTED_AND_REPUBLISHED_FROM("RetractedandRepublishedFrom"),
        ERRATUM_IN("ErratumIn"),
        ERRATUM_FOR("ErratumFor"),
        CORRECTED_AND_REPUBLISHED_IN("CorrectedandRepublishedIn"),
        CORRECTED_AND_REPUBLISHED_FROM("CorrectedandRepublishedFrom"),
        EXPRESSION_OF_CONCERN_IN("ExpressionOfConcernIn"),
        EXPRESSION_OF_CONCERN_FOR("ExpressionOfConcernFor"),
        UPDATE_IN("UpdateIn"),
        UPDATE_OF("UpdateOf"),
        COMMENT_IN("CommentIn"),
        COMMENT_ON("CommentOn");

        private final String refType;

        Kind(String refType) {
            this.refType = refType;
        }

        public String refType() {
            return refType;
        }

        /** The kind of a RefType attribute (any case), empty for a RefType not read. */
        public static Optional<Kind> of(String refType) {
            if (refType == null) return Optional.empty();
            String t = refType.strip().toLowerCase(Locale.ROOT);
            for (Kind k : values()) if (k.refType.toLowerCase(Locale.ROOT).equals(t)) return Optional.of(k);
            return Optional.empty();
        }

        /** True when the other paper retracts this one. */
        public boolean retractsThisPaper() {
            return this == RETRACTION_IN || this == RETRACTED_AND_REPUBLISHED_IN;
        }
    }
}
