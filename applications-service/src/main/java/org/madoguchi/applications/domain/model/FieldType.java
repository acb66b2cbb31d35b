package org.madoguchi.applications.domain.model;

/** The type of a form field as procedures-service defines it, which decides how an answer is checked. */
public enum FieldType {
    /** 一行テキスト. */
    TEXT,
    /** 複数行テキスト. */
    LONG_TEXT,
    /** 数値. */
    NUMBER,
    /** 日付 (ISO-8601 date). */
    DATE,
    /** 単一選択. */
    SINGLE_CHOICE,
    /** 複数選択. */
    MULTIPLE_CHOICE,
    /** メールアドレス. */
    EMAIL,
    /** 電話番号. */
    PHONE,
    /** 郵便番号 (〒, seven digits, e.g. 680-8571). */
    POSTAL_CODE,
    /** 住所. */
    ADDRESS,
    /** 同意チェック: a box the person ticks to consent. */
    CONSENT,
    /** 添付ファイル: the answer is the ids of files uploaded for the field. */
    ATTACHMENT,
    /** 個人番号 (My Number): the only field that may collect an individual number. */
    MY_NUMBER
}
