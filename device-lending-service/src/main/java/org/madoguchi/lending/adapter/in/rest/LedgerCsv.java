package org.madoguchi.lending.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.LendingPolicy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the lending ledger (貸出台帳) as CSV with Japanese headings, times in the city's zone. */
@ApplicationScoped
class LedgerCsv {

    static final List<String> HEADER = List.of("貸出日時", "端末番号", "借受者", "所属", "貸出担当", "本人PC", "資産番号",
            "保管場所", "貸出物品", "消毒", "動作確認", "返却日時", "返却受付", "不足物品", "本人PC返却", "本人確認", "破損等");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final Map<KitItem, String> KIT = Map.of(KitItem.MOBILE_PC, "モバイルPC", KitItem.CASE, "ケース",
            KitItem.WIRE_LOCK, "ワイヤーロック", KitItem.KEYBOARD, "キーボード", KitItem.POWER_CORD, "電源コード");
    private static final Map<String, String> NOTEBOOK = Map.of("DEPOSITED", "預かり", "LEFT_ON_AT_DESK", "自席で起動",
            "DESKTOP_USER", "デスクトップ利用者", "WORKS_OUTSIDE_MAIN_BUILDING", "本庁舎外勤務");

    private final LendingPolicy policy;

    LedgerCsv(LendingPolicy policy) {
        this.policy = policy;
    }

    String write(List<Lending> entries, Map<DeviceId, String> deviceNumbers) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(HEADER);
            for (Lending l : entries) {
                Lending.ReturnCheck r = l.returnCheck();
                csv.printRecord(time(l.handedOverAt()), deviceNumbers.getOrDefault(l.deviceId(), l.deviceId().value().toString()),
                        l.borrower().name(), l.borrower().department(), l.handedOverBy(),
                        NOTEBOOK.get(l.notebook().arrangement().name()), l.notebook().assetTag(), l.notebook().storage(),
                        kit(l.kitHandedOver()), l.disinfected() ? "済" : "未", l.operationChecked() ? "済" : "未",
                        r == null ? "" : time(r.returnedAt()), r == null ? "" : r.receivedBy(),
                        r == null ? "" : kit(r.missingItems()),
                        r == null ? "" : (r.notebookReturned() ? "済" : "未"),
                        r == null ? "" : (r.notebookConfirmedByOwner() ? "済" : "未"),
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

    private static String kit(Set<KitItem> items) {
        return items.stream().sorted().map(KIT::get).collect(Collectors.joining("・"));
    }
}
