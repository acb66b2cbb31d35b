package org.madoguchi.procedures.adapter.out.persistence;

import static org.madoguchi.procedures.application.port.out.RegistryExamples.AT;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.DAY;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.madoguchi.procedures.TestTransactions;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.FormsContract;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.application.port.out.RegistryExamples;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The PostgreSQL adapter of {@link Forms} keeps the contract its in-memory fake keeps, and the database
 * holds every stored version to the domain's rules on processing periods and attachment limits.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "procedures"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FormPersistenceAdapterTest extends FormsContract {

    @Inject
    Forms forms;

    @Inject
    Departments departments;

    @Inject
    Procedures procedures;

    @Inject
    UserTransaction transaction;

    @Inject
    EntityManager em;

    @Override
    protected Forms forms() {
        return forms;
    }

    @Override
    protected void departmentExists(Department department) {
        departments.save(department);
    }

    @Override
    protected void procedureExists(ProcedureId id, DepartmentCode department) {
        Procedure procedure = new Procedure(id, RegistryExamples.uniqueCode("FORM"),
                RegistryExamples.details("様式の手続き", department), new OnlineStatus.NotPlanned(), 0);
        procedures.add(procedure, RegistryExamples.registration(procedure, AT, DAY));
    }

    @Override
    protected void beginTest() {
        TestTransactions.begin(transaction);
    }

    @Override
    protected void endTest() {
        TestTransactions.rollBack(transaction);
    }

    static Stream<Arguments> brokenVersions() {
        // arrays rather than '{...}' path literals, which the native query would read as placeholders
        return Stream.of(
                Arguments.of("a period of 366 days", "jsonb_set(content, array['standardProcessingDays'], '366')"),
                Arguments.of("a period in words", "jsonb_set(content, array['standardProcessingDays'], '\"14\"')"),
                Arguments.of("a file above 50 MiB",
                        "jsonb_set(content, array['attachmentLimits', 'maxFileBytes'], '52428801')"),
                Arguments.of("no file at all", "jsonb_set(content, array['attachmentLimits', 'maxFiles'], '0')"),
                Arguments.of("21 files", "jsonb_set(content, array['attachmentLimits', 'maxFiles'], '21')"),
                Arguments.of("limits without their number of files",
                        "content #- array['attachmentLimits', 'maxFiles']"),
                Arguments.of("an attachment field without limits",
                        "jsonb_set(content, array['attachmentLimits'], 'null')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVersions")
    void the_database_refuses_a_version_that_breaks_the_rules_of_the_domain(String what, String change) {
        Form form = forms.add(Form.draft(FormId.random(), FormKind.PROCEDURE, new DepartmentCode("somu"),
                RegistryExamples.content("データベースの検査", Set.of())), RegistryExamples.ADMIN, AT);
        assertThat(form.content().attachmentLimits()).isNotNull();

        assertThatThrownBy(() -> em.createNativeQuery("update form_version set content = " + change
                + " where form_id = :id").setParameter("id", form.id().value()).executeUpdate())
                .as(what).isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("form_version_");
    }
}
