package org.madoguchi.procedures.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.domain.model.Department;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.DuplicateDepartmentName;

/** Departments in PostgreSQL. */
@ApplicationScoped
class DepartmentPersistenceAdapter implements Departments {

    private final EntityManager em;

    DepartmentPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Department> find(DepartmentCode code) {
        return Optional.ofNullable(em.find(DepartmentEntity.class, code.value())).map(this::toDomainDetached);
    }

    @Override
    public Optional<Department> findByName(String name) {
        return em.createQuery("from DepartmentEntity where name = :name", DepartmentEntity.class)
                .setParameter("name", name).getResultStream().findFirst().map(this::toDomainDetached);
    }

    @Override
    public List<Department> all() {
        return em.createQuery("from DepartmentEntity order by rank, code", DepartmentEntity.class).getResultList()
                .stream().map(this::toDomainDetached).toList();
    }

    @Override
    public void save(Department department) {
        DepartmentEntity entity = em.find(DepartmentEntity.class, department.code().value());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new DepartmentEntity();
            entity.code = department.code().value();
        }
        entity.name = department.name();
        entity.nameEn = department.nameEn();
        entity.division = department.division();
        entity.rank = department.rank();
        try {
            if (isNew) {
                em.persist(entity);
            }
            em.flush();
        } catch (PersistenceException failed) {
            if (ProcedurePersistenceAdapter.violated(failed, "department_name_key")) {
                throw new DuplicateDepartmentName(department.name());
            }
            throw failed;
        }
        em.detach(entity);
    }

    private Department toDomainDetached(DepartmentEntity entity) {
        Department department = new Department(new DepartmentCode(entity.code), entity.name, entity.nameEn,
                entity.division, entity.rank);
        em.detach(entity);
        return department;
    }
}
