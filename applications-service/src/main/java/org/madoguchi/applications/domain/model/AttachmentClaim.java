package org.madoguchi.applications.domain.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/**
 * The uploads a submission's answers name in the form's attachment fields, and the rules they keep before they
 * become the application's: each was uploaded for that form and that field by the same person (an anonymous visitor
 * proves it by knowing the random upload id alone), no other application claimed it, it is named once, and all the
 * attachment fields together name no more files than the form allows.
 */
public final class AttachmentClaim {

    private final FormId form;
    private final AttachmentLimits limits;
    private final Map<String, List<String>> named;

    private AttachmentClaim(FormId form, AttachmentLimits limits, Map<String, List<String>> named) {
        this.form = form;
        this.limits = limits;
        this.named = named;
    }

    /** What the checked answers name in each attachment field of the form, in the order of its fields. */
    public static AttachmentClaim of(Form form, Answers checked, AttachmentLimits limits) {
        Objects.requireNonNull(limits, "limits");
        Map<String, List<String>> named = new LinkedHashMap<>();
        for (FormField field : form.attachmentFields()) {
            if (checked.values().get(field.key()) instanceof Answer.Many many && !many.values().isEmpty()) {
                named.put(field.key(), many.values());
            }
        }
        return new AttachmentClaim(form.id(), limits, named);
    }

    /** Whether the answers name no file at all. */
    public boolean isEmpty() {
        return named.isEmpty();
    }

    /** The well-formed upload ids the answers name, to look up. */
    public Set<AttachmentId> ids() {
        Set<AttachmentId> ids = new LinkedHashSet<>();
        named.values().forEach(list -> list.forEach(text -> AttachmentId.parse(text).ifPresent(ids::add)));
        return ids;
    }

    /**
     * Checks the named uploads against those stored, and returns the ones {@code application} is to claim now (those
     * it claimed before, on an earlier submission of the same application, are not returned again).
     *
     * @param claimant    who submits
     * @param application the application that claims them
     * @param stored      the stored uploads among {@link #ids()}, by id
     * @throws AnswersRejected with a violation under {@code answers.<key>} for each named file that breaks a rule
     *                         (its argument: the file's position in the field, from 1), and one for the field where
     *                         the count goes past the form's limit (its argument: the limit)
     */
    public List<AttachmentId> check(Actor claimant, ApplicationId application, Map<AttachmentId, Attachment> stored) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Set<AttachmentId> seen = new HashSet<>();
        List<AttachmentId> toClaim = new ArrayList<>();
        int count = 0;
        boolean tooMany = false;
        for (Map.Entry<String, List<String>> entry : named.entrySet()) {
            String field = entry.getKey();
            String path = "answers." + field;
            List<String> texts = entry.getValue();
            for (int i = 0; i < texts.size(); i++) {
                count++;
                int position = i + 1;
                Attachment upload = AttachmentId.parse(texts.get(i)).map(stored::get).orElse(null);
                if (upload == null || !upload.isUploadedBy(claimant)) {
                    errors.add(path, "attachment-not-found", position);
                } else if (!seen.add(upload.id())) {
                    errors.add(path, "attachment-duplicate", position);
                } else if (!upload.isFor(form, field)) {
                    errors.add(path, "attachment-other-field", position);
                } else if (upload.application().isEmpty()) {
                    toClaim.add(upload.id());
                } else if (!upload.application().get().equals(application)) {
                    errors.add(path, "attachment-already-attached", position);
                }
            }
            if (count > limits.maxFiles() && !tooMany) {
                errors.add(path, "too-many-attachments", limits.maxFiles());
                tooMany = true;
            }
        }
        List<Violation> violations = errors.violations();
        if (!violations.isEmpty()) {
            throw new AnswersRejected(violations);
        }
        return List.copyOf(toClaim);
    }
}
