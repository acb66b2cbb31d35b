package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.SealReview;

/**
 * The 押印・書面・対面 review.
 *
 * @param sealRequired     押印 required before
 * @param paperRequired    書面 required before
 * @param inPersonRequired 対面 required before
 * @param outcome          ABOLISHED or KEPT
 * @param outcomeLabel     the outcome in Japanese and English
 * @param keptReason       why kept
 */
public record SealReviewResponse(boolean sealRequired, boolean paperRequired, boolean inPersonRequired,
        SealReview.Outcome outcome, BilingualText outcomeLabel, String keptReason) {

    static SealReviewResponse of(SealReview review) {
        return review == null ? null : new SealReviewResponse(review.sealRequired(), review.paperRequired(),
                review.inPersonRequired(), review.outcome(),
                review.outcome() == null ? null : BilingualText.of(review.outcome().label()), review.keptReason());
    }
}
