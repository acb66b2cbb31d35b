package org.madoguchi.notification.domain.model;

/** What went wrong with a lent device (事故), with the words people read. */
public enum IncidentKind {
    MISSING_ITEMS("付属品の不足", "Missing items"),
    DAMAGE("破損", "Damage"),
    LOSS("紛失", "Loss"),
    FAULT("故障", "Fault");

    private final BilingualLabel label;

    IncidentKind(String ja, String en) {
        this.label = new BilingualLabel(ja, en);
    }

    public BilingualLabel label() {
        return label;
    }

    /** The words of a kind code; an unknown code reads as it is. */
    public static BilingualLabel labelOf(String code) {
        for (IncidentKind kind : values()) {
            if (kind.name().equals(code)) {
                return kind.label;
            }
        }
        return new BilingualLabel(String.valueOf(code), String.valueOf(code));
    }
}
