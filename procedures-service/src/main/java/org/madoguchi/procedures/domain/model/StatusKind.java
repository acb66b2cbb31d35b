package org.madoguchi.procedures.domain.model;

/** The kinds of online-ization status a procedure can be in. */
public enum StatusKind {
    /** 未計画: registered, in no plan yet. */
    NOT_PLANNED("未計画", "Not planned"),
    /** 計画: planned to go online in a fiscal year. */
    PLANNED("計画", "Planned"),
    /** 完了: available as an e-application (電子申請). */
    COMPLETED("完了", "Completed"),
    /** 対応見直し: will not go online, for a reason. */
    REVISED("対応見直し", "Revised"),
    /** 廃止: the procedure was abolished or withdrawn. */
    ABOLISHED("廃止", "Abolished");

    private final BilingualLabel label;

    StatusKind(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    /** The status in Japanese and English. */
    public BilingualLabel label() {
        return label;
    }
}
