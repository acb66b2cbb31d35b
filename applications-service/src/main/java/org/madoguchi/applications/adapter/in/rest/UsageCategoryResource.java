package org.madoguchi.applications.adapter.in.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.applications.application.port.in.AssignFormToCategoryCommand;
import org.madoguchi.applications.application.port.in.AssignFormToCategoryUseCase;
import org.madoguchi.applications.application.port.in.CreateUsageCategoryCommand;
import org.madoguchi.applications.application.port.in.CreateUsageCategoryUseCase;
import org.madoguchi.applications.application.port.in.RemoveFormFromCategoryCommand;
import org.madoguchi.applications.application.port.in.RemoveFormFromCategoryUseCase;
import org.madoguchi.applications.application.port.in.RenameUsageCategoryCommand;
import org.madoguchi.applications.application.port.in.RenameUsageCategoryUseCase;
import org.madoguchi.applications.application.port.in.UsageStatisticsQueries;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.UsageCategory;
import org.madoguchi.applications.domain.model.UsageCategoryId;
import org.madoguchi.platform.security.Roles;

/** 集計区分: the usage categories that group forms in the statistics, and which forms each groups. */
@Path("/api/v1/statistics/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "利用実績: usage statistics per fiscal year (staff, 情報政策課)")
public class UsageCategoryResource {

    private final UsageStatisticsQueries queries;
    private final CreateUsageCategoryUseCase create;
    private final RenameUsageCategoryUseCase rename;
    private final AssignFormToCategoryUseCase assign;
    private final RemoveFormFromCategoryUseCase remove;
    private final Actors actors;

    UsageCategoryResource(UsageStatisticsQueries queries, CreateUsageCategoryUseCase create,
            RenameUsageCategoryUseCase rename, AssignFormToCategoryUseCase assign,
            RemoveFormFromCategoryUseCase remove, Actors actors) {
        this.queries = queries;
        this.create = create;
        this.rename = rename;
        this.assign = assign;
        this.remove = remove;
        this.actors = actors;
    }

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.INFO_POLICY })
    @Operation(summary = "Every usage category with its forms, by name")
    public List<UsageCategoryResponse> list() {
        return queries.categories(actors.current()).stream().map(UsageCategoryResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INFO_POLICY)
    @Operation(summary = "Add a usage category (情報政策課); 409 when one of the same name exists")
    public Response create(@Valid UsageCategoryRequest request) {
        UsageCategoryRequest body = request == null ? UsageCategoryRequest.EMPTY : request;
        UsageCategory category = create.create(CreateUsageCategoryCommand.of(body.name(), body.nameEn(),
                actors.current()));
        return Response.created(URI.create("/api/v1/statistics/categories/" + category.id()))
                .entity(UsageCategoryResponse.of(category)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INFO_POLICY)
    @Operation(summary = "Rename a usage category or give its English name (情報政策課)")
    public UsageCategoryResponse rename(@PathParam("id") UUID id, @Valid UsageCategoryRequest request) {
        UsageCategoryRequest body = request == null ? UsageCategoryRequest.EMPTY : request;
        UsageCategory renamed = rename.rename(RenameUsageCategoryCommand.of(new UsageCategoryId(id), body.name(),
                body.nameEn(), actors.current()));
        return queries.categories(actors.current()).stream().filter(c -> c.category().id().equals(renamed.id()))
                .findFirst().map(UsageCategoryResponse::of).orElseGet(() -> UsageCategoryResponse.of(renamed));
    }

    @PUT
    @Path("/{id}/forms/{formId}")
    @RolesAllowed(Roles.INFO_POLICY)
    @Operation(summary = "Count a form under this category, out of any other (情報政策課)")
    public Response assign(@PathParam("id") UUID id, @PathParam("formId") UUID formId) {
        assign.assign(new AssignFormToCategoryCommand(new FormId(formId), new UsageCategoryId(id), actors.current()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/forms/{formId}")
    @RolesAllowed(Roles.INFO_POLICY)
    @Operation(summary = "Take a form out of this category: it counts as a category of its own again (情報政策課)")
    public Response remove(@PathParam("id") UUID id, @PathParam("formId") UUID formId) {
        remove.remove(new RemoveFormFromCategoryCommand(new FormId(formId), new UsageCategoryId(id),
                actors.current()));
        return Response.noContent().build();
    }
}
