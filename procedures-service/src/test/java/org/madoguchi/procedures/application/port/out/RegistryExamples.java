package org.madoguchi.procedures.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.madoguchi.procedures.domain.model.AttachmentLimits;
import org.madoguchi.procedures.domain.model.Author;
import org.madoguchi.procedures.domain.model.ChangeKind;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FieldDefinition;
import org.madoguchi.procedures.domain.model.FieldType;
import org.madoguchi.procedures.domain.model.FormContent;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureChange;
import org.madoguchi.procedures.domain.model.ProcedureCode;
import org.madoguchi.procedures.domain.model.ProcedureDetails;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.SealReview;
import org.madoguchi.procedures.domain.model.StandardProcessingPeriod;

/**
 * What the out-port contracts store and read back: records with every optional part filled, in whole
 * seconds (as PostgreSQL keeps instants to the microsecond), with codes and names no other test uses.
 */
public final class RegistryExamples {

    /** 情報政策課 staff who administer the registry. */
    public static final Author ADMIN = new Author("a0000000-admin", "procadmin1");
    /** A member of staff of 健康・子育て推進課. */
    public static final Author STAFF = new Author("s0000000-kenko-kosodate", "staff.kenko-kosodate");
    /** 2023-03-31 10:00 in the city. */
    public static final Instant AT = Instant.parse("2023-03-31T01:00:00Z");
    /** The day of {@link #AT} in the city. */
    public static final LocalDate DAY = LocalDate.of(2023, 3, 31);

    private RegistryExamples() {
    }

    /** Eight characters no other test uses: lower-case letters and digits. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A procedure code no other test uses, with the given prefix. */
    public static ProcedureCode uniqueCode(String prefix) {
        return new ProcedureCode(prefix + "-" + unique().toUpperCase());
    }

    /** A department no other test knows, at the given rank. */
    public static Department department(String name, int rank) {
        String suffix = unique();
        return new Department(new DepartmentCode("contract-" + suffix), name + suffix,
                "Contract Test Division " + suffix, "契約テスト部", rank);
    }

    /** Details with every part filled: reading, description, legal basis and a review that kept the seal. */
    public static ProcedureDetails details(String name, DepartmentCode department) {
        return new ProcedureDetails(name, "てすとてつづき", department, "届出", name + "の説明です。", "鳥取市手続条例第1条",
                new SealReview(true, true, false, SealReview.Outcome.KEPT, "法令で定められているため"));
    }

    /** A new procedure (version 0) with the given status. */
    public static Procedure procedure(ProcedureCode code, DepartmentCode department, OnlineStatus status) {
        return new Procedure(ProcedureId.random(), code, details("妊娠届", department), status, 0);
    }

    /** The history entry of a procedure's registration, taking effect on {@code effectiveOn}. */
    public static ProcedureChange registration(Procedure procedure, Instant at, LocalDate effectiveOn) {
        return new ProcedureChange(procedure.id(), ChangeKind.REGISTERED, at, ADMIN, List.of(), procedure.status(),
                effectiveOn, 0);
    }

    /** The history entry of an edit that leaves the procedure at {@code version}. */
    public static ProcedureChange edit(ProcedureId procedure, long version, Instant at, List<String> fields) {
        return new ProcedureChange(procedure, ChangeKind.EDITED, at, STAFF, fields, null, null, version);
    }

    /** The history entry of a status change that leaves the procedure at {@code version}. */
    public static ProcedureChange statusChange(ProcedureId procedure, OnlineStatus status, long version, Instant at,
            LocalDate effectiveOn) {
        return new ProcedureChange(procedure, ChangeKind.STATUS_CHANGED, at, STAFF, List.of(), status, effectiveOn,
                version);
    }

    /** The procedure as it is after an update to {@code status}, at {@code version}. */
    public static Procedure withStatus(Procedure procedure, OnlineStatus status, long version) {
        return new Procedure(procedure.id(), procedure.code(), procedure.details(), status, version);
    }

    /** The limits of attached files that {@link #content} gives: 10 MiB a file, three files. */
    public static final AttachmentLimits LIMITS = new AttachmentLimits(10L * 1024 * 1024, 3);
    /** The standard processing period that {@link #content} gives: 14 business days. */
    public static final StandardProcessingPeriod FOURTEEN_DAYS = new StandardProcessingPeriod(14);

    /**
     * The content of a form with every part filled: both titles and descriptions, a text field with its
     * length and pattern, a choice, a consent, an attachment, an individual number, a period, the
     * procedures it serves, a standard processing period and attachment limits.
     */
    public static FormContent content(String title, Set<ProcedureId> procedures) {
        return content(title, null, null, procedures);
    }

    /** The same content with its own period; {@code null} ends are open. */
    public static FormContent content(String title, Instant opensAt, Instant closesAt, Set<ProcedureId> procedures) {
        return new FormContent(title, title + " (EN)", "入力してください。", "Please fill in.", List.of(
                new FieldDefinition("name", "氏名", "Name", FieldType.TEXT, true, 1, 50, "^[^0-9]+$", null),
                new FieldDefinition("visit", "来庁予定", "Visit", FieldType.SINGLE_CHOICE, false, null, null, null,
                        List.of("午前", "午後")),
                new FieldDefinition("consent", "同意します", null, FieldType.CONSENT, true, null, null, null, null),
                new FieldDefinition("certificate", "母子健康手帳の写し", "Copy of the maternal and child health handbook",
                        FieldType.ATTACHMENT, true, null, null, null, null),
                new FieldDefinition("myNumber", "個人番号", "Individual number", FieldType.MY_NUMBER, false, null, null,
                        null, null)),
                true, opensAt, closesAt, procedures, FOURTEEN_DAYS, LIMITS);
    }

    /** The same content without its attachment field, standard processing period and attachment limits. */
    public static FormContent withoutFilesOrPeriod(FormContent content) {
        return new FormContent(content.title(), content.titleEn(), content.description(), content.descriptionEn(),
                content.fields().stream().filter(f -> !f.type().takesFiles()).toList(), content.acceptsAnonymous(),
                content.opensAt(), content.closesAt(), content.procedures(), null, null);
    }
}
