package org.madoguchi.procedures.domain.model;

/** What a history entry of a procedure records. */
public enum ChangeKind {
    /** 登録: the procedure entered the registry. */
    REGISTERED,
    /** 変更: its details changed. */
    EDITED,
    /** 状況変更: its online-ization status changed. */
    STATUS_CHANGED
}
