package org.madoguchi.lending.adapter.in.rest.csv;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.lending.application.port.in.LedgerQueries;
import org.madoguchi.lending.domain.model.Borrower;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.CityPolicy;
import org.madoguchi.lending.domain.model.LendingPolicy;
import org.madoguchi.lending.domain.model.NotebookArrangement;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.ReservationStatus;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UsageRule;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger as CSV, byte for byte as the hand-written writer it replaces wrote it. */
class LedgerCsvWriterTest {

    private static final Instant T = Instant.parse("2026-12-01T00:30:00Z");
    private static final SiteCode SHIKANO = new SiteCode("shikano");
    private final LedgerCsvWriter writer = new LedgerCsvWriter(CityPolicy.DEFAULTS);

    private static Reservation booking(String id, DeviceId device, Borrower borrower) {
        return new Reservation(new ReservationId(UUID.fromString(id)), device, SHIKANO, borrower,
                new Period(T, T.plusSeconds(7200)), Purpose.FIELD_WORK, null, ReservationStatus.CONFIRMED, T, null, null);
    }

    @Test
    void writes_a_bom_the_japanese_headings_and_one_line_per_hand_over_in_tokyo_time() {
        DeviceId numbered = new DeviceId(UUID.fromString("00000000-0000-4000-8000-000000000013"));
        DeviceId unknown = new DeviceId(UUID.fromString("00000000-0000-4000-8000-000000000099"));
        Lending returned = Lending.handOver(booking("00000000-0000-4000-8000-0000000000a1", numbered,
                                new Borrower("s1", "松本 太郎", "gesuido-keiei")), T, "desk-1",
                        new Lending.Notebook(NotebookArrangement.DEPOSITED, "LG-2026-0042", "管理課 保管庫A"),
                        EnumSet.of(KitItem.MOBILE_PC, KitItem.CASE, KitItem.KEYBOARD), true, true, UsageRule.all())
                .takeBack(T.plusSeconds(3600), "desk-2", EnumSet.of(KitItem.MOBILE_PC), true, true,
                        "天板に擦り傷, \"角\"\n二行目");
        Lending out = Lending.handOver(booking("00000000-0000-4000-8000-0000000000a2", unknown,
                        new Borrower("s2", "佐藤 花子", null)), T.plusSeconds(60), "desk-1",
                new Lending.Notebook(NotebookArrangement.LEFT_ON_AT_DESK, null, null), EnumSet.of(KitItem.MOBILE_PC),
                true, true, UsageRule.all());

        String csv = writer.write(List.of(new LedgerQueries.LedgerEntry(returned, new DeviceNumber("013")),
                new LedgerQueries.LedgerEntry(out, null)));

        assertThat(csv).isEqualTo("\uFEFF貸出日時,端末番号,借受者,所属,貸出担当,本人PC,資産番号,保管場所,貸出物品,消毒,動作確認,"
                + "返却日時,返却受付,不足物品,本人PC返却,本人確認,破損等\r\n"
                + "2026/12/01 09:30,No.013,松本 太郎,gesuido-keiei,desk-1,預かり,LG-2026-0042,管理課 保管庫A,"
                + "モバイルPC・ケース・キーボード,済,済,2026/12/01 10:30,desk-2,ケース・キーボード,済,済,"
                + "\"天板に擦り傷, \"\"角\"\"\n二行目\"\r\n"
                + "2026/12/01 09:31,00000000-0000-4000-8000-000000000099,佐藤 花子,,desk-1,自席で起動,,,モバイルPC,済,済,"
                + ",,,,,\r\n");
    }

    @Test
    void a_cell_a_spreadsheet_would_take_for_a_formula_is_written_as_text() {
        DeviceId device = new DeviceId(UUID.fromString("00000000-0000-4000-8000-000000000013"));
        Lending damaged = Lending.handOver(booking("00000000-0000-4000-8000-0000000000a3", device,
                                new Borrower("s3", "@SUM(A1)", "-1+1")), T, "desk-1",
                        new Lending.Notebook(NotebookArrangement.LEFT_ON_AT_DESK, null, null),
                        EnumSet.of(KitItem.MOBILE_PC), true, true, UsageRule.all())
                .takeBack(T.plusSeconds(3600), "desk-2", EnumSet.of(KitItem.MOBILE_PC), true, true,
                        "=HYPERLINK(\"https://example.com\")");

        String line = writer.write(List.of(new LedgerQueries.LedgerEntry(damaged, new DeviceNumber("013"))))
                .split("\r\n")[1];

        assertThat(line).isEqualTo("2026/12/01 09:30,No.013,'@SUM(A1),'-1+1,desk-1,自席で起動,,,モバイルPC,済,済,"
                + "2026/12/01 10:30,desk-2,,済,済,\"'=HYPERLINK(\"\"https://example.com\"\")\"");
    }
}
