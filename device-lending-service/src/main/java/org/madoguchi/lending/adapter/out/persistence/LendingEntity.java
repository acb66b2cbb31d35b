package org.madoguchi.lending.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Row of table {@code lending}; never seen outside this package. */
@Entity
@Table(name = "lending")
public class LendingEntity extends PanacheEntityBase {
    @Id
    @Column(name = "reservation_id")
    public UUID reservationId;
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "site_code")
    public String siteCode;
    @Column(name = "borrower_subject")
    public String borrowerSubject;
    @Column(name = "borrower_name")
    public String borrowerName;
    @Column(name = "borrower_department")
    public String borrowerDepartment;
    @Column(name = "handed_over_at")
    public Instant handedOverAt;
    @Column(name = "handed_over_by")
    public String handedOverBy;
    @Column(name = "notebook_arrangement")
    public String notebookArrangement;
    @Column(name = "notebook_asset_tag")
    public String notebookAssetTag;
    @Column(name = "notebook_storage")
    public String notebookStorage;
    @Column(name = "kit_handed_over")
    public String kitHandedOver;
    public boolean disinfected;
    @Column(name = "operation_checked")
    public boolean operationChecked;
    @Column(name = "rules_acknowledged")
    public String rulesAcknowledged;
    @Column(name = "returned_at")
    public Instant returnedAt;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "missing_items")
    public String missingItems;
    @Column(name = "notebook_returned")
    public Boolean notebookReturned;
    @Column(name = "notebook_confirmed")
    public Boolean notebookConfirmed;
    @Column(name = "damage_note")
    public String damageNote;
}
