package org.madoguchi.applications.adapter.out.persistence;

import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.madoguchi.applications.application.port.out.ReceiptNumbers;
import org.madoguchi.applications.application.port.out.ReceiptNumbersContract;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The PostgreSQL sequences of {@link ReceiptNumbers} keep the contract their in-memory fake keeps, each number taken
 * inside a transaction of its own as a submission takes it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "applications"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReceiptNumberSequencesTest extends ReceiptNumbersContract {

    @Inject
    ReceiptNumbers numbers;

    @Override
    protected ReceiptNumbers numbers() {
        return numbers;
    }

    @Override
    protected <T> T asSubmission(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
