package org.madoguchi.procedures.adapter.out.persistence;

import static org.madoguchi.procedures.application.port.out.RegistryExamples.AT;
import static org.madoguchi.procedures.application.port.out.RegistryExamples.DAY;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.madoguchi.procedures.TestTransactions;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.application.port.out.FormsContract;
import org.madoguchi.procedures.application.port.out.Procedures;
import org.madoguchi.procedures.application.port.out.RegistryExamples;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.OnlineStatus;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The PostgreSQL adapter of {@link Forms} keeps the contract its in-memory fake keeps. */
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
}
