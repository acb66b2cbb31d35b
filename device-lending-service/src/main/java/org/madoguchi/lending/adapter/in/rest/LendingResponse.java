package org.madoguchi.lending.adapter.in.rest;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;

/**
 * A ledger entry (貸出台帳の記入): one hand-over and, once the device is back, its return; for the desk.
 *
 * @param reservationId            the booking handed over
 * @param deviceId                 the device
 * @param siteCode                 its site
 * @param borrower                 who borrowed it
 * @param handedOverAt             when it was handed over
 * @param handedOverBy             who handed it over
 * @param notebookArrangement      what happened to the borrower's own notebook
 * @param notebookAssetTag         the notebook's asset tag, if deposited
 * @param notebookStorage          where it is kept, if deposited
 * @param kitHandedOver            what was handed over
 * @param disinfected              whether it was disinfected
 * @param operationChecked         whether it was checked
 * @param returnedAt               when it came back
 * @param receivedBy               who took it back
 * @param missingItems             what did not come back
 * @param notebookReturned         whether the notebook was given back
 * @param notebookConfirmedByOwner whether its owner confirmed it is theirs
 * @param damageNote               damage found
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LendingResponse(UUID reservationId, UUID deviceId, String siteCode, BorrowerResponse borrower,
                              Instant handedOverAt, String handedOverBy, String notebookArrangement,
                              String notebookAssetTag, String notebookStorage, Set<KitItem> kitHandedOver,
                              boolean disinfected, boolean operationChecked, Instant returnedAt, String receivedBy,
                              Set<KitItem> missingItems, Boolean notebookReturned, Boolean notebookConfirmedByOwner,
                              String damageNote) {

    static LendingResponse of(Lending l) {
        Lending.ReturnCheck r = l.returnCheck();
        return new LendingResponse(l.reservationId().value(), l.deviceId().value(), l.siteCode().value(),
                BorrowerResponse.of(l.borrower()), l.handedOverAt(), l.handedOverBy(), l.notebook().arrangement().name(),
                l.notebook().assetTag(), l.notebook().storage(), l.kitHandedOver(), l.disinfected(),
                l.operationChecked(), r == null ? null : r.returnedAt(), r == null ? null : r.receivedBy(),
                r == null ? null : r.missingItems(), r == null ? null : r.notebookReturned(),
                r == null ? null : r.notebookConfirmedByOwner(), r == null ? null : r.damageNote());
    }
}
