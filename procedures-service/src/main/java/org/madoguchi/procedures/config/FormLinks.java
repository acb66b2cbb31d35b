package org.madoguchi.procedures.config;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.procedures.domain.model.FormId;

/** The public URL of each form, from the configured base: what citizens open and QR codes encode. */
@ApplicationScoped
public class FormLinks {

    private final String base;

    public FormLinks(ProceduresConfig config) {
        String configured = config.forms().publicBaseUrl().toString();
        this.base = configured.endsWith("/") ? configured : configured + "/";
    }

    public URI publicUrl(FormId id) {
        return URI.create(base + id.value());
    }
}
