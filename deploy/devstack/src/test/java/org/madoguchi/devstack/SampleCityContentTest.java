package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.madoguchi.devstack.SampleCityContent.ApplicationSample;
import org.madoguchi.devstack.SampleCityContent.BookingSample;
import org.madoguchi.devstack.SampleCityContent.FormSample;
import org.madoguchi.devstack.SampleCityContent.PlanProcedure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The sample city says it is a sample, looks like no real resident, and is made by the realm's right users. */
class SampleCityContentTest {

    static final String MARK = "（サンプル）";

    @Test
    void the_plan_file_holds_the_56_procedures_of_the_year_45_completed_and_11_revised_each_marked_as_a_sample() {
        String csv = new String(SampleCityContent.planCsv(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));

        assertThat(header).contains("手続きコード", "手続き名", "よみがな", "担当課", "分類", "説明", "状況", "計画年度");
        assertThat(lines.subList(1, lines.size())).hasSize(56).allSatisfy(line -> {
            String[] cells = line.split(",", -1);
            assertThat(line).doesNotContain("\"");
            assertThat(cells).hasSize(header.size());
            assertThat(cells[header.indexOf("手続き名")]).endsWith(MARK);
            assertThat(cells[header.indexOf("説明")]).startsWith("サンプルデータ");
            assertThat(cells[header.indexOf("計画年度")]).isEqualTo("令和4年度");
        });
        Map<String, Long> statuses = lines.stream().skip(1).map(l -> l.split(",", -1)[header.indexOf("状況")])
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(statuses).containsOnly(entry("完了", 45L), entry("対応見直し", 11L));
        assertThat(SampleCityContent.plan()).hasSize(56).extracting(PlanProcedure::department).containsOnly(
                "somu", "kensa-keiyaku", "shiminzei", "chuo-jinken-fukushi", "choju-shakai", "kodomo-katei",
                "kenko-kosodate", "rinmu-suisan", "gesuido-keiei");
        assertThat(SampleCityContent.plan()).contains(new PlanProcedure("R4-KENKO-01", "kenko-kosodate"));
    }

    @Test
    void every_title_note_comment_and_the_announcement_say_they_are_samples() {
        assertThat(SampleCityContent.FORMS).allSatisfy(f -> {
            assertThat(f.title()).endsWith(MARK);
            assertThat(f.titleEn()).endsWith("(sample)");
            assertThat(f.description()).contains("サンプル");
            assertThat(f.descriptionEn()).contains("sample");
        });
        assertThat(SampleCityContent.APPLICATIONS).flatExtracting(ApplicationSample::steps)
                .filteredOn(s -> s.comment() != null).allSatisfy(s -> assertThat(s.comment()).startsWith(MARK));
        assertThat(SampleCityContent.BOOKINGS).allSatisfy(b -> assertThat(b.note()).startsWith(MARK));
        assertThat(SampleCityContent.ANNOUNCEMENT_TITLE).startsWith(MARK);
        assertThat(SampleCityContent.ANNOUNCEMENT_BODY).startsWith(MARK);
        assertThat(SampleCityContent.ANNOUNCEMENT_BODY_EN).startsWith("(sample)");
    }

    @Test
    void no_answer_looks_like_a_real_residents_data() {
        Pattern twelveDigits = Pattern.compile("[0-9０-９]{12}");
        for (ApplicationSample sample : SampleCityContent.APPLICATIONS) {
            sample.answers().forEach((key, value) -> {
                String text = String.valueOf(value);
                assertThat(twelveDigits.matcher(text.replaceAll("[\\s-]", "")).find()).as(key).isFalse();
                if (key.toLowerCase().contains("email")) {
                    assertThat(text).endsWith("@example.com");
                }
                if (key.toLowerCase().contains("name")) {
                    assertThat(text).containsAnyOf("見本", "Sample");
                }
            });
        }
    }

    @Test
    void every_answer_names_a_field_of_its_form_and_every_required_field_is_answered() {
        for (ApplicationSample sample : SampleCityContent.APPLICATIONS) {
            Set<String> keys = sample.form().fields().stream().map(SampleCityContent.Field::key)
                    .collect(Collectors.toSet());
            assertThat(keys).as(sample.key()).containsAll(sample.answers().keySet());
            sample.form().fields().stream().filter(f -> Boolean.TRUE.equals(f.required()))
                    .forEach(f -> assertThat(sample.answers()).as(sample.key()).containsKey(f.key()));
            sample.form().fields().stream().filter(f -> f.choices() != null && sample.answers().containsKey(f.key()))
                    .forEach(f -> {
                        Object answer = sample.answers().get(f.key());
                        List<?> chosen = answer instanceof List<?> many ? many : List.of(answer);
                        assertThat(f.choices()).as(sample.key() + "." + f.key()).containsAll(
                                chosen.stream().map(String::valueOf).toList());
                    });
        }
    }

    @Test
    void applications_are_made_by_citizens_and_processed_by_staff_of_the_owning_department() {
        for (ApplicationSample sample : SampleCityContent.APPLICATIONS) {
            if (sample.citizen() == null) {
                assertThat(sample.form().acceptsAnonymous()).as(sample.key()).isTrue();
            } else {
                assertThat(roles(sample.citizen())).as(sample.key()).contains("citizen");
            }
            assertThat(roles(sample.processedBy())).as(sample.key()).contains("staff");
            assertThat(attribute(sample.processedBy(), "department")).as(sample.key())
                    .isEqualTo(sample.form().department());
        }
        assertThat(SampleCityContent.APPLICATIONS).extracting(ApplicationSample::target)
                .contains("SUBMITTED", "RECEIVED", "UNDER_REVIEW", "COMPLETED", "RETURNED", "REJECTED");
        assertThat(SampleCityContent.APPLICATIONS).extracting(a -> a.citizen() + " " + a.form().key())
                .doesNotHaveDuplicates();
    }

    @Test
    void forms_are_made_by_the_procedure_administrator_and_serve_procedures_of_their_department() {
        assertThat(roles(SampleCityContent.PROCEDURE_ADMIN)).contains("procedure-admin");
        assertThat(roles(SampleCityContent.INFO_POLICY)).contains("info-policy");
        assertThat(SampleCityContent.FORMS).extracting(FormSample::kind).containsExactly("PROCEDURE", "SURVEY", "EVENT");
        for (FormSample form : SampleCityContent.FORMS) {
            if (form.procedureCode() != null) {
                assertThat(SampleCityContent.plan()).as(form.key())
                        .contains(new PlanProcedure(form.procedureCode(), form.department()));
            }
        }
    }

    @Test
    void bookings_are_made_by_staff_at_two_sites_and_handled_by_the_desk_of_their_site() {
        for (BookingSample booking : SampleCityContent.BOOKINGS) {
            assertThat(roles(booking.borrower())).as(booking.key()).contains("staff");
            assertThat(roles(booking.desk())).as(booking.key()).contains("lending-desk");
            assertThat(attribute(booking.desk(), "managed_site")).as(booking.key()).isEqualTo(booking.site());
        }
        assertThat(SampleCityContent.BOOKINGS).extracting(BookingSample::site).containsOnly("honchosha", "kokufu");
        assertThat(SampleCityContent.BOOKINGS).extracting(BookingSample::note).doesNotHaveDuplicates();
    }

    private static List<String> roles(String username) {
        List<String> roles = new ArrayList<>();
        user(username).path("realmRoles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static String attribute(String username, String name) {
        return user(username).path("attributes").path(name).path(0).asText(null);
    }

    private static JsonNode user(String username) {
        return DevelopmentRealmTest.users(u -> username.equals(u.path("username").asText())).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no sample user " + username));
    }
}
