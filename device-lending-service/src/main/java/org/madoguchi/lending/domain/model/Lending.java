package org.madoguchi.lending.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/**
 * 貸出台帳の記入: the ledger entry of one hand-over (貸出) and, once the device is back, its
 * return (返却).
 */
public record Lending(
        ReservationId reservationId,
        DeviceId deviceId,
        SiteCode siteCode,
        Borrower borrower,
        Instant handedOverAt,
        String handedOverBy,
        Notebook notebook,
        Set<KitItem> kitHandedOver,
        boolean disinfected,
        boolean operationChecked,
        Set<UsageRule> rulesAcknowledged,
        ReturnCheck returnCheck) {

    /** The borrower's own notebook PC: what happened to it, and where it is kept if deposited. */
    public record Notebook(NotebookArrangement arrangement, String assetTag, String storage) {
        public Notebook {
            Objects.requireNonNull(arrangement, "arrangement");
            if (arrangement == NotebookArrangement.DEPOSITED && (blank(assetTag) || blank(storage))) {
                throw new HandOverIncomplete(List.of(blank(assetTag) ? "notebook.assetTag" : "notebook.storage"));
            }
        }
    }

    /** What the desk found when the device came back. */
    public record ReturnCheck(Instant returnedAt, String receivedBy, Set<KitItem> missingItems,
                              boolean notebookReturned, boolean notebookConfirmedByOwner, String damageNote) {
        public ReturnCheck {
            missingItems = missingItems == null || missingItems.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingItems));
        }

        public boolean damaged() {
            return !blank(damageNote);
        }
    }

    /**
     * Records a hand-over: the disinfection and the operation check are done and the borrower
     * has acknowledged every usage rule, or it does not happen.
     */
    public static Lending handOver(Reservation reservation, Instant at, String by, Notebook notebook, Set<KitItem> kit,
                                   boolean disinfected, boolean operationChecked, Set<UsageRule> acknowledged) {
        List<String> missing = new ArrayList<>();
        if (!disinfected) {
            missing.add("disinfected");
        }
        if (!operationChecked) {
            missing.add("operationChecked");
        }
        if (acknowledged == null || !acknowledged.containsAll(UsageRule.all())) {
            missing.add("rulesAcknowledged");
        }
        if (kit == null || !kit.contains(KitItem.MOBILE_PC)) {
            missing.add("kit");
        }
        if (!missing.isEmpty()) {
            throw new HandOverIncomplete(missing);
        }
        return new Lending(reservation.id(), reservation.deviceId(), reservation.siteCode(), reservation.borrower(),
                at, by, notebook, Set.copyOf(EnumSet.copyOf(kit)), true, true, UsageRule.all(), null);
    }

    /**
     * Records the return. A deposited notebook must be given back and confirmed by its owner;
     * items are missing if they were handed over and are not back.
     */
    public Lending takeBack(Instant at, String by, Set<KitItem> returned, boolean notebookReturned,
                            boolean notebookConfirmedByOwner, String damageNote) {
        if (returnCheck != null) {
            throw new AlreadyReturned();
        }
        if (notebook.arrangement() == NotebookArrangement.DEPOSITED && (!notebookReturned || !notebookConfirmedByOwner)) {
            throw new HandOverIncomplete(List.of(notebookReturned ? "notebookConfirmedByOwner" : "notebookReturned"));
        }
        Set<KitItem> missing = EnumSet.noneOf(KitItem.class);
        missing.addAll(kitHandedOver);
        if (returned != null) {
            missing.removeAll(returned);
        }
        return new Lending(reservationId, deviceId, siteCode, borrower, handedOverAt, handedOverBy, notebook,
                kitHandedOver, disinfected, operationChecked, rulesAcknowledged,
                new ReturnCheck(at, by, missing, notebookReturned, notebookConfirmedByOwner, blank(damageNote) ? null : damageNote.strip()));
    }

    public boolean returned() {
        return returnCheck != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A hand-over or return that lacks what the desk must record; names the missing fields. */
    public static final class HandOverIncomplete extends DomainFailure {

        private static final long serialVersionUID = 1L;

        private final transient List<String> fields;

        public HandOverIncomplete(List<String> fields) {
            super(Kind.INVALID, "hand-over-incomplete", List.of(),
                    fields.stream().map(field -> Violation.of(field, "required-at-hand-over")).toList());
            this.fields = List.copyOf(fields);
        }

        public List<String> fields() {
            return fields;
        }
    }

    /** The device of this hand-over is back already. */
    public static final class AlreadyReturned extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public AlreadyReturned() {
            super(Kind.CONFLICT, "state-conflict");
        }
    }
}
