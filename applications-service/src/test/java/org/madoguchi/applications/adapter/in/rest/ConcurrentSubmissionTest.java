package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madoguchi.applications.Api.as;
import static org.madoguchi.applications.Api.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.Forms;
import org.madoguchi.applications.Tokens;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.domain.model.Form;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** A surge: many citizens submit at once; each gets a receipt number of their own. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConcurrentSubmissionTest {

    @Inject
    FormCatalogue catalogue;

    @Test
    void two_hundred_concurrent_submissions_get_two_hundred_distinct_increasing_receipt_numbers() throws Exception {
        Form form = Forms.publish(catalogue, Forms.open("kenko-kosodate", Forms.everyType()));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<ReceiptNumber> numbers = new ArrayList<>();
        try {
            List<Callable<Response>> submissions = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String citizen = Tokens.newCitizen();
                submissions.add(() -> submit(as(citizen), form.id(), Forms.validAnswers()));
            }
            for (Future<Response> answer : pool.invokeAll(submissions)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201);
                numbers.add(ReceiptNumber.parse(response.path("receiptNumber.number")));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).hasSize(200).doesNotHaveDuplicates();
        assertThat(numbers.stream().map(ReceiptNumber::fiscalYear).distinct()).hasSize(1);
        List<Long> sorted = numbers.stream().map(ReceiptNumber::sequence).sorted().toList();
        // one sequence per year and nothing else submitting meanwhile: the burst took 200 consecutive numbers
        assertThat(sorted).containsExactlyElementsOf(
                LongStream.rangeClosed(sorted.get(0), sorted.get(0) + 199).boxed().toList());
    }
}
