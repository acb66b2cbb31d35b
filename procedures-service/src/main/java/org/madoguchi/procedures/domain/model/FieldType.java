package org.madoguchi.procedures.domain.model;

import java.util.EnumSet;
import java.util.Set;

/** The type of a form field, which decides how an answer is checked and which constraints apply. */
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
    CONSENT;

    private static final Set<FieldType> WITH_LENGTH = EnumSet.of(TEXT, LONG_TEXT, ADDRESS);
    private static final Set<FieldType> WITH_PATTERN = EnumSet.of(TEXT, LONG_TEXT);
    private static final Set<FieldType> WITH_CHOICES = EnumSet.of(SINGLE_CHOICE, MULTIPLE_CHOICE);

    /** Whether a minimum and maximum length may be set. */
    public boolean takesLength() {
        return WITH_LENGTH.contains(this);
    }

    /** Whether a pattern (regular expression) may be set. */
    public boolean takesPattern() {
        return WITH_PATTERN.contains(this);
    }

    /** Whether the field needs choices. */
    public boolean takesChoices() {
        return WITH_CHOICES.contains(this);
    }
}
