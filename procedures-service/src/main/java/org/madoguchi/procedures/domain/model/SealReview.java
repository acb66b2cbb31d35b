package org.madoguchi.procedures.domain.model;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * The review of a procedure under the city's 押印等の見直し方針 (seal etc. review policy): whether it
 * required a seal (押印), a paper form (書面) or an in-person visit (対面), and what became of those
 * requirements.
 *
 * @param sealRequired     a seal was required before the review
 * @param paperRequired    a paper form was required before the review
 * @param inPersonRequired a visit in person was required before the review
 * @param outcome          what the review decided; {@code null} when nothing was required
 * @param keptReason       why the requirements were kept; only with {@link Outcome#KEPT}
 */
public record SealReview(boolean sealRequired, boolean paperRequired, boolean inPersonRequired, Outcome outcome,
        String keptReason) {

    /** What the review decided about the requirements. */
    public enum Outcome {
        /** 廃止: the requirements were abolished. */
        ABOLISHED("廃止", "Abolished"),
        /** 存続: the requirements were kept, for a stated reason. */
        KEPT("存続", "Kept");

        private final BilingualLabel label;

        Outcome(String ja, String en) {
            this.label = new BilingualLabel(ja, en);
        }

        /** The outcome in Japanese and English. */
        public BilingualLabel label() {
            return label;
        }
    }

    public SealReview {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        keptReason = Text.optional(errors, "keptReason", keptReason, 1000);
        boolean anyRequired = sealRequired || paperRequired || inPersonRequired;
        if (anyRequired && outcome == null) {
            errors.add("outcome", "seal-review-outcome-required");
        }
        if (!anyRequired && outcome != null) {
            errors.add("outcome", "seal-review-nothing-required");
        }
        if (outcome == Outcome.KEPT && keptReason == null) {
            errors.add("keptReason", "seal-review-kept-reason-required");
        }
        if (outcome != Outcome.KEPT && keptReason != null) {
            errors.add("keptReason", "seal-review-reason-only-when-kept");
        }
        errors.throwIfAny();
    }
}
