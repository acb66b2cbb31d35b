package org.madoguchi.lending.adapter.out.persistence;

import java.util.Optional;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.madoguchi.lending.application.port.out.Departments;
import org.madoguchi.lending.application.port.out.DepartmentsContract;
import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.DepartmentCode;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL department directory keeps the contract, each call in its own transaction; the seed is loaded. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "lending"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DepartmentPersistenceAdapterTest extends DepartmentsContract {

    @Inject
    Departments adapter;

    @Override
    protected Departments departments() {
        return new Departments() {
            @Override
            public Optional<String> nameOf(DepartmentCode code) {
                return QuarkusTransaction.requiringNew().call(() -> adapter.nameOf(code));
            }

            @Override
            public boolean addIfMissing(Department department) {
                return QuarkusTransaction.requiringNew().call(() -> adapter.addIfMissing(department));
            }
        };
    }

    @Test
    void the_city_s_departments_are_seeded_at_start() {
        assertThat(departments().nameOf(new DepartmentCode("kenko-kosodate"))).contains("健康・子育て推進課");
        assertThat(departments().nameOf(new DepartmentCode("aoya-chiiki-shinko"))).contains("青谷町総合支所 地域振興課");
    }
}
