package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facts that look like real ones, for previewing each template: a booking at 駅南庁舎, an application, a form. */
public final class SampleFacts {

    private static final Instant START = Instant.parse("2023-05-11T00:30:00Z");
    private static final Instant END = Instant.parse("2023-05-11T08:00:00Z");

    private SampleFacts() {
    }

    public static Map<String, Object> of(NotificationKind kind) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reservationId", "3f0c1c2e-0000-4000-8000-000000000001");
        facts.put("deviceNumber", "014");
        facts.put("siteCode", "ekinan");
        facts.put("start", START);
        facts.put("end", END);
        facts.put("dueBack", END);
        facts.put("reportedAt", START);
        facts.put("purpose", Purpose.FIELD_WORK.label());
        facts.put("comment", "充電器もお持ちください。");
        facts.put("incidentId", "3f0c1c2e-0000-4000-8000-000000000002");
        facts.put("incident", IncidentKind.MISSING_ITEMS.label());
        facts.put("applicationId", "3f0c1c2e-0000-4000-8000-000000000003");
        facts.put("receiptNumber", "R5-000123");
        facts.put("formTitle", "児童手当 認定請求");
        facts.put("formTitleEn", "Child allowance claim");
        facts.put("departmentCode", "kenko-kosodate");
        facts.put("dueDate", LocalDate.of(2023, 5, 25));
        facts.put("from", ApplicationStatus.UNDER_REVIEW.label());
        facts.put("to", kind == NotificationKind.APPLICATION_RETURNED ? ApplicationStatus.RETURNED.label()
                : ApplicationStatus.COMPLETED.label());
        facts.put("reason", "添付書類（健康保険証の写し）が不足しています。");
        facts.put("formId", "3f0c1c2e-0000-4000-8000-000000000004");
        facts.put("version", 1);
        facts.put("title", "スマートフォン用電子証明書搭載サービスのお知らせ");
        facts.put("titleEn", "Smartphone e-certificate service");
        facts.put("publicUrl", "https://www.city.example.jp/forms/3f0c1c2e");
        facts.put("body", "令和5年5月11日からAndroid端末で利用できます。");
        facts.put("bodyEn", "Available on Android phones from 11 May 2023.");
        facts.put("shownFrom", Instant.parse("2023-05-10T15:00:00Z"));
        facts.put("shownUntil", Instant.parse("2023-06-10T15:00:00Z"));
        return facts;
    }
}
