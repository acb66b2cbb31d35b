package org.madoguchi.procedures.adapter.in.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.application.port.in.DepartmentQueries;
import org.madoguchi.procedures.application.port.in.RegisterDepartmentCommand;
import org.madoguchi.procedures.application.port.in.RegisterDepartmentUseCase;
import org.madoguchi.procedures.domain.model.DepartmentCode;

/** 課・室: the departments that own procedures and forms. */
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "departments", description = "課・室: departments that own procedures and forms")
public class DepartmentResource {

    private final DepartmentQueries departments;
    private final RegisterDepartmentUseCase register;
    private final Actors actors;

    DepartmentResource(DepartmentQueries departments, RegisterDepartmentUseCase register, Actors actors) {
        this.departments = departments;
        this.register = register;
        this.actors = actors;
    }

    @GET
    @PermitAll
    @Operation(summary = "Every department, in the organisational order (public)")
    public List<DepartmentResponse> list() {
        return departments.all().stream().map(DepartmentResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One department (public)")
    public DepartmentResponse get(@PathParam("code") String code) {
        if (!DepartmentCode.isWellFormed(code)) {
            throw new NotFoundException();
        }
        return DepartmentResponse.of(departments.get(new DepartmentCode(code)));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.PROCEDURE_ADMIN)
    @Operation(summary = "Add or correct a department (procedure-admin); without a rank it keeps the one it has")
    public DepartmentResponse put(@PathParam("code") String code, RegisterDepartmentRequest request) {
        RegisterDepartmentRequest body = request == null ? RegisterDepartmentRequest.EMPTY : request;
        return DepartmentResponse.of(register.register(RegisterDepartmentCommand.of(code, body.name(), body.nameEn(),
                body.division(), body.rank(), actors.current())));
    }
}
