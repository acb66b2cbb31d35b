package org.madoguchi.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sample city holds: the 令和4年度 plan procedures, three open forms, applications in several states,
 * bookings at two sites and one announcement. Everything a person reads says it is a sample (「（サンプル）」), and
 * no answer looks like a real resident's: names are 見本, addresses {@code example.com}.
 */
final class SampleCityContent {

    /** The mark every sample title, note and comment carries. */
    static final String MARK = "（サンプル）";
    static final String MARK_EN = "(sample)";

    /** The 令和4年度 online-ization plan as procedure records, in procedures-service's import shape. */
    static final String PLAN_RESOURCE = "sample-city/r4-plan-procedures.csv";

    static final String PROCEDURE_ADMIN = "procadmin1";
    static final String INFO_POLICY = "infopolicy1";

    private SampleCityContent() {
    }

    // ---------------------------------------------------------------------------------------------
    // Procedures
    // ---------------------------------------------------------------------------------------------

    /** One line of the plan: its code and owning department. */
    record PlanProcedure(String code, String department) {
    }

    /** The plan file as bytes, to import as it is. */
    static byte[] planCsv() {
        try (InputStream in = resource()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PLAN_RESOURCE, e);
        }
    }

    /** The procedures of the plan file (its cells hold no commas or quotes, so a line splits on commas). */
    static List<PlanProcedure> plan() {
        List<PlanProcedure> plan = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            List<String> columns = List.of(header.split(",", -1));
            int code = columns.indexOf("手続きコード");
            int department = columns.indexOf("担当課");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    plan.add(new PlanProcedure(cells[code].strip(), cells[department].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PLAN_RESOURCE, e);
        }
        return plan;
    }

    private static InputStream resource() {
        InputStream in = SampleCityContent.class.getClassLoader().getResourceAsStream(PLAN_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("no class-path resource " + PLAN_RESOURCE);
        }
        return in;
    }

    // ---------------------------------------------------------------------------------------------
    // Forms
    // ---------------------------------------------------------------------------------------------

    /** A field of a form, as procedures-service's {@code POST /api/v1/forms} takes it. */
    record Field(String key, String label, String labelEn, String type, Boolean required, Integer maxLength,
                 List<String> choices) {

        static Field of(String key, String label, String labelEn, String type, boolean required) {
            return new Field(key, label, labelEn, type, required, null, null);
        }

        static Field text(String key, String label, String labelEn, String type, boolean required, int maxLength) {
            return new Field(key, label, labelEn, type, required, maxLength, null);
        }

        static Field choice(String key, String label, String labelEn, String type, boolean required,
                            List<String> choices) {
            return new Field(key, label, labelEn, type, required, null, choices);
        }
    }

    /**
     * A form procadmin1 drafts and publishes.
     *
     * @param key            how the other samples name it
     * @param kind           PROCEDURE, SURVEY, EVENT
     * @param department     the owning department, whose staff process its applications
     * @param title          its title, which also finds it again (unique within the department)
     * @param procedureCode  the plan procedure it serves, or {@code null}
     */
    record FormSample(String key, String kind, String department, String title, String titleEn,
                      String description, String descriptionEn, List<Field> fields, boolean acceptsAnonymous,
                      String procedureCode, Integer standardProcessingDays) {
    }

    static final FormSample PREGNANCY = new FormSample("pregnancy", "PROCEDURE", "kenko-kosodate",
            "妊娠届" + MARK, "Pregnancy notification " + MARK_EN,
            "サンプルの様式です（開発・検証用）。実際の妊娠届には使えません。",
            "A sample form for development and testing; it is not a real pregnancy notification.",
            List.of(Field.text("notifierName", "届出者氏名", "Name of the person notifying", "TEXT", true, 100),
                    Field.of("expectedDeliveryDate", "出産予定日", "Expected date of delivery", "DATE", true),
                    Field.of("weeks", "妊娠週数", "Weeks of pregnancy", "NUMBER", true),
                    Field.choice("firstPregnancy", "初めての妊娠ですか", "Is this your first pregnancy?",
                            "SINGLE_CHOICE", true, List.of("はい", "いいえ")),
                    Field.of("contactEmail", "連絡先メールアドレス", "Contact email", "EMAIL", false),
                    Field.of("confirmed", "記載内容に誤りがないことを確認しました", "I confirm that the above is correct",
                            "CONSENT", true)),
            false, "R4-KENKO-01", 5);

    static final FormSample SURVEY = new FormSample("survey", "SURVEY", "choju-shakai",
            "介護予防教室 参加者アンケート" + MARK, "Care prevention class survey " + MARK_EN,
            "サンプルのアンケートです（開発・検証用）。どなたでも、ログインせずに回答できます。",
            "A sample survey for development and testing; anyone may answer without signing in.",
            List.of(Field.choice("satisfaction", "満足度", "Satisfaction", "SINGLE_CHOICE", true,
                            List.of("満足", "やや満足", "やや不満", "不満")),
                    Field.choice("useful", "参考になった内容", "What was useful", "MULTIPLE_CHOICE", false,
                            List.of("体操", "栄養", "口腔ケア", "認知症予防")),
                    Field.text("comment", "ご意見・ご感想", "Comments", "LONG_TEXT", false, 1000)),
            true, null, null);

    static final FormSample EVENT = new FormSample("event", "EVENT", "gesuido-keiei",
            "下水道施設見学会 参加申込" + MARK, "Sewerage plant tour sign-up " + MARK_EN,
            "サンプルのイベント申込です（開発・検証用）。実際の見学会はありません。",
            "A sample event sign-up for development and testing; there is no real tour.",
            List.of(Field.text("participantName", "参加者氏名", "Participant's name", "TEXT", true, 100),
                    Field.of("participants", "参加人数", "Number of participants", "NUMBER", true),
                    Field.choice("session", "希望する回", "Session", "SINGLE_CHOICE", true,
                            List.of("午前の部", "午後の部")),
                    Field.of("contactEmail", "連絡先メールアドレス", "Contact email", "EMAIL", true)),
            false, null, null);

    static final List<FormSample> FORMS = List.of(PREGNANCY, SURVEY, EVENT);

    // ---------------------------------------------------------------------------------------------
    // Applications
    // ---------------------------------------------------------------------------------------------

    /** A workflow step of the department and the status it leads to. */
    record Step(String action, String comment, String leadsTo) {
    }

    static final Step RECEIVE = new Step("RECEIVE", null, "RECEIVED");
    static final Step START_REVIEW = new Step("START_REVIEW", null, "UNDER_REVIEW");

    /**
     * An application and how far its department takes it.
     *
     * @param key         its name in messages and in its Idempotency-Key
     * @param citizen     who submits it ({@code null}: anonymous)
     * @param form        the form it answers
     * @param answers     the answers, by field key
     * @param processedBy the member of the owning department's staff who takes the steps
     * @param steps       the steps from 申請済 (SUBMITTED) on; the last one's status is where it ends
     */
    record ApplicationSample(String key, String citizen, FormSample form, Map<String, Object> answers,
                             String processedBy, List<Step> steps) {

        /** The status this application ends in. */
        String target() {
            return steps.isEmpty() ? "SUBMITTED" : steps.get(steps.size() - 1).leadsTo();
        }
    }

    private static Map<String, Object> answers(Object... keysAndValues) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return answers;
    }

    static final List<ApplicationSample> APPLICATIONS = List.of(
            new ApplicationSample("pregnancy-citizen1", "citizen1", PREGNANCY,
                    answers("notifierName", "見本 花子", "expectedDeliveryDate", "2026-12-24", "weeks", 11,
                            "firstPregnancy", "はい", "contactEmail", "citizen1@example.com", "confirmed", true),
                    "staff1", List.of(RECEIVE, START_REVIEW,
                            new Step("COMPLETE", MARK + "母子健康手帳を交付しました。", "COMPLETED"))),
            new ApplicationSample("pregnancy-citizen2", "citizen2", PREGNANCY,
                    answers("notifierName", "見本 陽子", "expectedDeliveryDate", "2027-01-15", "weeks", 9,
                            "firstPregnancy", "いいえ", "confirmed", true),
                    "staff1", List.of(RECEIVE,
                            new Step("RETURN_FOR_CORRECTION", MARK + "出産予定日を母子健康手帳の記載とご確認ください。",
                                    "RETURNED"))),
            new ApplicationSample("event-citizen1", "citizen1", EVENT,
                    answers("participantName", "見本 花子", "participants", 2, "session", "午前の部",
                            "contactEmail", "citizen1@example.com"),
                    "staff-gesuido", List.of(RECEIVE)),
            new ApplicationSample("event-citizen2", "citizen2", EVENT,
                    answers("participantName", "見本 陽子", "participants", 1, "session", "午後の部",
                            "contactEmail", "citizen2@example.com"),
                    "staff-gesuido", List.of(RECEIVE, START_REVIEW)),
            new ApplicationSample("event-citizen-en", "citizen-en", EVENT,
                    answers("participantName", "Sample Emma", "participants", 3, "session", "午後の部",
                            "contactEmail", "citizen-en@example.com"),
                    "staff-gesuido", List.of(
                            new Step("REJECT", MARK + "午後の部は定員に達したため、お受けできませんでした。", "REJECTED"))),
            new ApplicationSample("survey-citizen2", "citizen2", SURVEY,
                    answers("satisfaction", "満足", "useful", List.of("体操", "口腔ケア"),
                            "comment", MARK + "家でも続けられる体操が参考になりました。"),
                    "staff-choju", List.of()),
            new ApplicationSample("survey-anonymous", null, SURVEY,
                    answers("satisfaction", "やや満足", "useful", List.of("栄養"),
                            "comment", MARK + "会場が少し寒かったです。"),
                    "staff-choju", List.of()));

    // ---------------------------------------------------------------------------------------------
    // Bookings
    // ---------------------------------------------------------------------------------------------

    /**
     * A booking of a mobile PC and how far its site's desk takes it.
     *
     * @param key       its name in messages
     * @param borrower  the member of staff who books
     * @param site      the site whose first free device is booked
     * @param desk      the site's lending desk
     * @param daysAhead 0: today, from now for three hours; else from 09:00 that many days ahead
     * @param days      how many days a booking ahead lasts (until 17:00 of its last day)
     * @param purpose   利用目的
     * @param note      the note to the desk, which also finds the booking again
     * @param target    PENDING (waits for the desk), CONFIRMED, LENT or RETURNED
     */
    record BookingSample(String key, String borrower, String site, String desk, int daysAhead, int days,
                         String purpose, String note, String target) {
    }

    static final List<BookingSample> BOOKINGS = List.of(
            new BookingSample("honchosha-returned", "staff1", "honchosha", "desk-honchosha", 0, 1, "FIELD_WORK",
                    MARK + "健診会場での受付業務（貸出・返却済み）", "RETURNED"),
            new BookingSample("honchosha-lent", "staff-choju", "honchosha", "desk-honchosha", 0, 1, "MEETING",
                    MARK + "地域包括支援センターとの打合せ", "LENT"),
            new BookingSample("honchosha-approved", "staff1", "honchosha", "desk-honchosha", 7, 3, "WORK_FROM_HOME",
                    MARK + "在宅勤務", "CONFIRMED"),
            new BookingSample("kokufu-lent", "staff-gesuido", "kokufu", "desk-kokufu", 0, 1, "FIELD_WORK",
                    MARK + "国府町内の下水道施設点検", "LENT"),
            new BookingSample("kokufu-pending", "staff-choju", "kokufu", "desk-kokufu", 14, 2, "REMOTE_WORK",
                    MARK + "国府町総合支所でのリモートワーク", "PENDING"));

    // ---------------------------------------------------------------------------------------------
    // The announcement
    // ---------------------------------------------------------------------------------------------

    static final String ANNOUNCEMENT_TITLE = MARK + "スマートフォン用電子証明書搭載サービスのお知らせ";
    static final String ANNOUNCEMENT_TITLE_EN = "Smartphone e-certificate service " + MARK_EN;
    static final String ANNOUNCEMENT_BODY = MARK + "このお知らせは開発・検証用のサンプルです。\n"
            + "令和5年5月11日から、マイナンバーカードの電子証明書をスマートフォンに搭載して使えるようになりました。"
            + "まずはAndroid端末から対応しています。\n"
            + "スマートフォンを機種変更・下取り・修理に出す前には、搭載した電子証明書を必ず失効させてください。\n"
            + "スマートフォンを紛失したときは、マイナンバー総合フリーダイヤル 0120-95-0178（24時間受付）で"
            + "電子証明書の一時利用停止ができます。";
    static final String ANNOUNCEMENT_BODY_EN = MARK_EN + " This announcement is a sample for development and testing.\n"
            + "Since 11 May 2023 (Reiwa 5), the electronic certificate of the My Number Card can be carried on a"
            + " smartphone, Android phones first.\n"
            + "Revoke the certificate on your phone before you trade the phone in or send it for repair.\n"
            + "If you lose your phone, call the toll-free My Number line 0120-95-0178, open 24 hours a day,"
            + " to suspend the certificate.";
    /** How long the announcement is shown from the moment it is loaded. */
    static final int ANNOUNCEMENT_DAYS = 90;
}
