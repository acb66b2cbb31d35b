package org.madoguchi.procedures.domain.model;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * What staff write about a procedure (手続き), apart from its online-ization status.
 *
 * @param name        手続き名, e.g. 妊娠届
 * @param kana        よみがな in hiragana, e.g. にんしんとどけ
 * @param department  the owning 課・室
 * @param category    分類, e.g. 届出, 申請, 補助金
 * @param description what the procedure is for
 * @param legalBasis  根拠法令; {@code null} when there is none
 * @param sealReview  the 押印・書面・対面 review; {@code null} until reviewed
 */
public record ProcedureDetails(String name, String kana, DepartmentCode department, String category,
        String description, String legalBasis, SealReview sealReview) {

    public ProcedureDetails {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        name = Text.required(errors, "name", name, 200);
        String reading = Text.optional(kana);
        if (reading == null) {
            errors.add("kana", "not-blank");
        } else {
            kana = Kana.toHiragana(reading);
            if (kana == null) {
                errors.add("kana", "kana-only");
            } else if (kana.length() > 200) {
                errors.add("kana", "too-long", 200);
            }
        }
        if (department == null) {
            errors.add("departmentCode", "not-blank");
        }
        category = Text.required(errors, "category", category, 100);
        description = Objects.requireNonNullElse(Text.optional(errors, "description", description, 4000), "");
        legalBasis = Text.optional(errors, "legalBasis", legalBasis, 500);
        errors.throwIfAny();
    }

    /** Names of the fields that differ from {@code other}, in a stable order. */
    public Set<String> differencesTo(ProcedureDetails other) {
        Set<String> changed = new LinkedHashSet<>();
        if (!name.equals(other.name)) {
            changed.add("name");
        }
        if (!kana.equals(other.kana)) {
            changed.add("kana");
        }
        if (!department.equals(other.department)) {
            changed.add("departmentCode");
        }
        if (!category.equals(other.category)) {
            changed.add("category");
        }
        if (!description.equals(other.description)) {
            changed.add("description");
        }
        if (!Objects.equals(legalBasis, other.legalBasis)) {
            changed.add("legalBasis");
        }
        if (!Objects.equals(sealReview, other.sealReview)) {
            changed.add("sealReview");
        }
        return changed;
    }
}
