package org.madoguchi.procedures.domain.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The type of a form field, which decides how an answer is checked and which constraints apply; its
 * name in Japanese and English is what people read.
 */
public enum FieldType {
    /** 一行テキスト. */
    TEXT("一行テキスト", "Single-line text"),
    /** 複数行テキスト. */
    LONG_TEXT("複数行テキスト", "Multi-line text"),
    /** 数値. */
    NUMBER("数値", "Number"),
    /** 日付 (ISO-8601 date). */
    DATE("日付", "Date"),
    /** 単一選択. */
    SINGLE_CHOICE("単一選択", "Single choice"),
    /** 複数選択. */
    MULTIPLE_CHOICE("複数選択", "Multiple choice"),
    /** メールアドレス. */
    EMAIL("メールアドレス", "Email address"),
    /** 電話番号. */
    PHONE("電話番号", "Phone number"),
    /** 郵便番号 (〒, seven digits, e.g. 680-8571). */
    POSTAL_CODE("郵便番号", "Postal code"),
    /** 住所. */
    ADDRESS("住所", "Address"),
    /** 同意チェック: a box the person ticks to consent. */
    CONSENT("同意チェック", "Consent"),
    /**
     * 添付ファイル: the answer is one or more uploaded files instead of text; a form with such a field
     * declares its {@link AttachmentLimits}.
     */
    ATTACHMENT("添付ファイル", "Attachment"),
    /**
     * 個人番号 (マイナンバー): the individual number. The only type of field that may collect one, so that
     * the answers holding it can be told apart from all others and kept under the rules for it.
     */
    MY_NUMBER("個人番号（マイナンバー）", "Individual number (My Number)");

    private static final Set<FieldType> WITH_LENGTH = EnumSet.of(TEXT, LONG_TEXT, ADDRESS);
    private static final Set<FieldType> WITH_PATTERN = EnumSet.of(TEXT, LONG_TEXT);
    private static final Set<FieldType> WITH_CHOICES = EnumSet.of(SINGLE_CHOICE, MULTIPLE_CHOICE);

    private final BilingualLabel label;

    FieldType(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    /** The type in Japanese and English. */
    public BilingualLabel label() {
        return label;
    }

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

    /** Whether the answer is files rather than text. */
    public boolean takesFiles() {
        return this == ATTACHMENT;
    }
}
