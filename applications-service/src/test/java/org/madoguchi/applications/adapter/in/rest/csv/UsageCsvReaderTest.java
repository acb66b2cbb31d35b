package org.madoguchi.applications.adapter.in.rest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.in.ImportUsageFiguresCommand.Line;
import org.madoguchi.platform.calendar.FiscalYear;
import org.madoguchi.platform.failure.Violation;
import org.madoguchi.platform.problem.ProblemException;
import org.quicktheories.core.Gen;

/** How a usage file as city staff save it from Excel reads into the lines of an import. */
class UsageCsvReaderTest {

    @Test
    void reads_japanese_or_english_headers_in_any_order_and_the_fiscal_year_as_people_write_it() {
        List<Line> japanese = UsageCsvReader.read("件数,年度,集計区分,内訳\r\n29419,令和4年度,保健所業務（コロナ）,\r\n");
        List<Line> english = UsageCsvReader.read("Fiscal Year,Category,Submissions\nFY2022,アンケート,5403\n");

        assertThat(japanese).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.fiscalYear()).isEqualTo(FiscalYear.of(2022));
            assertThat(line.category()).isEqualTo("保健所業務（コロナ）");
            assertThat(line.item()).isEmpty();
            assertThat(line.submissions()).isEqualTo(29_419L);
        });
        assertThat(english).singleElement().satisfies(line -> {
            assertThat(line.fiscalYear()).isEqualTo(FiscalYear.of(2022));
            assertThat(line.item()).isNull();
            assertThat(line.submissions()).isEqualTo(5_403L);
        });
    }

    @Test
    void counts_are_read_with_thousands_separators_and_in_full_width_digits() {
        List<Line> lines = UsageCsvReader.read("""
                fiscal_year,category,item,submissions
                2022,保健所業務（コロナ）,,"29,419"
                ２０２２,保健所業務（コロナ）,コンタクトセンターへの登録,２４２２６
                令和４年度,保健所業務（コロナ）,ワクチン接種券発行申請,"２,５１４"
                """);

        assertThat(lines).extracting(Line::fiscalYear, Line::submissions).containsExactly(
                tuple(FiscalYear.of(2022), 29_419L), tuple(FiscalYear.of(2022), 24_226L),
                tuple(FiscalYear.of(2022), 2_514L));
    }

    @Test
    void a_cell_that_is_no_count_or_no_fiscal_year_is_named_by_its_field_and_its_line_kept() {
        List<Line> lines = UsageCsvReader.read("""
                fiscal_year,category,item,submissions
                令和99年度以降,アンケート,,たくさん
                2022,アンケート,,"1,0000"
                2022,アンケート,,=1+2
                2022,アンケート,,99999999999999999999
                """);

        assertThat(lines).extracting(Line::number).containsExactly(2L, 3L, 4L, 5L);
        assertThat(lines.get(0).unreadable()).extracting(Violation::field, Violation::code).containsExactly(
                tuple("fiscalYear", "fiscal-year-format"), tuple("submissions", "not-a-count"));
        assertThat(lines.subList(1, 4)).allSatisfy(line -> {
            assertThat(line.submissions()).isNull();
            assertThat(line.isUnreadable("submissions")).isTrue();
        });
    }

    @Test
    void a_cell_the_export_guarded_with_a_quote_mark_reads_as_it_was() {
        List<Line> lines = UsageCsvReader.read("""
                年度,集計区分,内訳,件数
                令和4年度,'=HYPERLINK(""),'@SUM(A1),1
                令和4年度,'普通の引用符,,1
                """);

        assertThat(lines).extracting(Line::category, Line::item).containsExactly(tuple("=HYPERLINK(\"\")", "@SUM(A1)"),
                tuple("'普通の引用符", ""));
    }

    @Test
    void lines_are_numbered_as_an_editor_shows_them_after_blank_lines_and_cells_of_several_lines() {
        List<Line> lines = UsageCsvReader.read("fiscal_year,category,item,submissions\r\n\r\n"
                + "2022,\"二行の\r\n区分\",,1\r\n,,,\r\n2022,アンケート,,2\r\n");

        assertThat(lines).extracting(Line::number).containsExactly(3L, 6L);
    }

    @Test
    void a_header_without_the_required_columns_or_a_line_of_another_width_is_a_bad_request() {
        assertThatThrownBy(() -> UsageCsvReader.read("年度,区分\r\n2022,アンケート\r\n"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.code()).isEqualTo("usage-csv-header");
                    assertThat(problem.fieldErrors()).extracting(e -> e.code()).containsExactly(
                            "usage-csv-unknown-column", "usage-csv-missing-column", "usage-csv-missing-column");
                });
        assertThatThrownBy(() -> UsageCsvReader.read("fiscal_year,category,submissions\r\n2022,アンケート,1,2\r\n"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.code()).isEqualTo("usage-csv-malformed");
                    assertThat(problem.fieldErrors()).extracting(e -> e.field()).containsExactly("lines[2]");
                });
    }

    @Test
    void any_upload_either_reads_as_lines_after_the_header_or_is_refused_as_a_bad_request() {
        Gen<String> cells = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 6)
                .mix(strings().allPossible().ofLengthBetween(0, 4), 30)
                .mix(strings().betweenCodePoints('0', '9').ofLengthBetween(1, 5), 20);
        Gen<List<String>> uploads = lists().of(cells.mix(strings().betweenCodePoints('"', '"').ofLength(1), 20)
                .mix(strings().betweenCodePoints(',', ',').ofLength(1), 20)
                .mix(strings().betweenCodePoints('\n', '\r').ofLengthBetween(1, 2), 20)).ofSizeBetween(0, 30);
        qt().forAll(uploads).checkAssert(parts -> {
            String text = "fiscal_year,category,item,submissions\n" + String.join("", parts);
            byte[] upload = text.getBytes(StandardCharsets.UTF_8);
            List<Line> lines;
            try {
                lines = UsageCsvReader.read(CsvCharset.decode(upload, CsvCharset.of(upload, null)));
            } catch (ProblemException refused) {
                assertThat(refused.status()).as(refused.code()).isEqualTo(400);
                return;
            }
            long previous = 1;
            for (Line line : lines) {
                assertThat(line.number()).isGreaterThan(previous);
                previous = line.number();
            }
        });
    }
}
