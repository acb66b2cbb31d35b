package org.madoguchi.lending.adapter.in.rest.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.madoguchi.lending.application.port.in.LedgerQueries;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.LendingPolicy;

/** Writes the lending ledger (貸出台帳) as CSV with Japanese headings, times in the city's zone. */
@ApplicationScoped
public class LedgerCsvWriter {

    /** The columns, in their order; each one's heading is {@code ledger.heading.<column>} of the bundle. */
    private static final List<String> COLUMNS = List.of("handed-over-at", "device", "borrower", "department",
            "handed-over-by", "notebook", "asset-tag", "storage", "kit", "disinfected", "operation-checked",
            "returned-at", "received-by", "missing-items", "notebook-returned", "owner-confirmed", "damage");
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("DocumentMessages", Locale.JAPANESE,
            LedgerCsvWriter.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
            .setHeader(COLUMNS.stream().map(column -> WORDS.getString("ledger.heading." + column))
                    .toArray(String[]::new))
            .get();

    private final LendingPolicy policy;

    LedgerCsvWriter(LendingPolicy policy) {
        this.policy = policy;
    }

    /** The entries as CSV text, starting with a byte order mark and the heading line. */
    public String write(List<LedgerQueries.LedgerEntry> entries) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = FORMAT.print(out)) {
            for (LedgerQueries.LedgerEntry entry : entries) {
                Lending l = entry.lending();
                Lending.ReturnCheck r = l.returnCheck();
                csv.printRecord(time(l.handedOverAt()),
                        entry.deviceNumber() == null ? l.deviceId().value().toString() : entry.deviceNumber().label(),
                        l.borrower().name(), l.borrower().department(), l.handedOverBy(),
                        WORDS.getString("ledger.notebook." + l.notebook().arrangement().name()),
                        l.notebook().assetTag(), l.notebook().storage(), kit(l.kitHandedOver()),
                        check(l.disinfected()), check(l.operationChecked()),
                        r == null ? "" : time(r.returnedAt()), r == null ? "" : r.receivedBy(),
                        r == null ? "" : kit(r.missingItems()),
                        r == null ? "" : check(r.notebookReturned()),
                        r == null ? "" : check(r.notebookConfirmedByOwner()),
                        r == null || r.damageNote() == null ? "" : r.damageNote());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(policy.timeZone()));
    }

    private static String check(boolean done) {
        return WORDS.getString(done ? "ledger.done" : "ledger.not-done");
    }

    private static String kit(Set<KitItem> items) {
        return items.stream().sorted().map(item -> WORDS.getString("kit." + item.name()))
                .collect(Collectors.joining(WORDS.getString("ledger.separator")));
    }
}
