package org.madoguchi.notification.adapter.out.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.notification.StandInPorts;
import org.madoguchi.notification.application.port.out.Templates;
import org.madoguchi.notification.application.port.out.TemplatesContract;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.notification.domain.model.SampleFacts;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The {@link TemplatesContract} held against {@link QuteTemplates}, and how its dates read. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(StandInPorts.class)
class QuteTemplatesTest extends TemplatesContract {

    @Inject
    Templates templates;

    @Override
    protected Templates templates() {
        return templates;
    }

    @Test
    void dates_read_with_the_era_in_japanese_and_in_english_in_english_in_the_city_s_time() {
        Map<String, Object> facts = SampleFacts.of(NotificationKind.RESERVATION_APPROVED);

        assertThat(templates.render(NotificationKind.RESERVATION_APPROVED, Language.JA, facts).body())
                .contains("期間: 令和5年5月11日 9:30 〜 令和5年5月11日 17:00", "用途: 現地作業");
        assertThat(templates.render(NotificationKind.RESERVATION_APPROVED, Language.EN, facts).body())
                .contains("Period: 11 May 2023, 09:30 to 11 May 2023, 17:00", "Purpose: Field work");
    }

    @Test
    void a_fact_the_event_did_not_carry_leaves_its_line_out_instead_of_failing() {
        Map<String, Object> facts = new java.util.HashMap<>(SampleFacts.of(NotificationKind.RESERVATION_APPROVED));
        facts.remove("comment");
        facts.remove("deviceNumber");

        String body = templates.render(NotificationKind.RESERVATION_APPROVED, Language.JA, facts).body();

        assertThat(body).doesNotContain("コメント").contains("端末: No.—");
    }
}
