package org.madoguchi.procedures.adapter.out.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;

/** Not ready until the search index has been built from the database: searches would miss procedures. */
@Readiness
@ApplicationScoped
class SearchIndexReadiness implements HealthCheck {

    private final ProcedureSearchIndex index;

    SearchIndexReadiness(ProcedureSearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Procedure search index").status(index.ready()).build();
    }
}
