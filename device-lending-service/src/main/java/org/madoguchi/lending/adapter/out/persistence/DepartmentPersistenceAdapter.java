package org.madoguchi.lending.adapter.out.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.madoguchi.lending.application.port.out.Departments;
import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.DepartmentCode;

/** The department directory in PostgreSQL. */
@ApplicationScoped
class DepartmentPersistenceAdapter implements Departments {

    private final EntityManager em;

    DepartmentPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<String> nameOf(DepartmentCode code) {
        return Optional.ofNullable(em.find(DepartmentEntity.class, code.value())).map(entity -> entity.name);
    }

    @Override
    public boolean addIfMissing(Department department) {
        if (em.find(DepartmentEntity.class, department.code().value()) != null) {
            return false;
        }
        DepartmentEntity entity = new DepartmentEntity();
        entity.code = department.code().value();
        copy(department, entity);
        em.persist(entity);
        return true;
    }

    private static void copy(Department department, DepartmentEntity entity) {
        entity.name = department.name();
        entity.nameEn = department.nameEn();
    }
}
