package org.madoguchi.procedures.domain.model;

/** Why a planned procedure will not go online (対応見直し). */
public enum RevisionReason {
    /** 廃止検討中のため実施しない. */
    ABOLITION_UNDER_REVIEW("廃止検討中のため実施しない", "Not done: abolition under review"),
    /** メールによる対応に変更. */
    SWITCHED_TO_EMAIL("メールによる対応に変更", "Handled by email instead"),
    /** 他の方法による対応に変更. */
    SWITCHED_TO_OTHER_CHANNEL("他の方法による対応に変更", "Handled through another channel instead"),
    /** 事務処理手順を検討して対応不可と判断. */
    INFEASIBLE_AFTER_PROCESS_REVIEW("事務処理手順を検討して対応不可と判断",
            "Judged infeasible after reviewing the work process"),
    /** その他: the note says why. */
    OTHER("その他", "Other");

    private final BilingualLabel label;

    RevisionReason(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    /** The reason in Japanese and English. */
    public BilingualLabel label() {
        return label;
    }
}
