package org.madoguchi.procedures.domain.model;

/** Where a form stands: drafted, published for citizens, or closed. */
public enum FormStatus {
    /** 下書き: being prepared; citizens cannot see it. */
    DRAFT,
    /** 公開中: published; open to answers within its period. */
    PUBLISHED,
    /** 受付終了: closed; its versions stay readable. */
    CLOSED
}
