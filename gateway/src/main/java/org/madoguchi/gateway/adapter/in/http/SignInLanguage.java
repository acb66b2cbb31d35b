package org.madoguchi.gateway.adapter.in.http;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TenantFeature;

/**
 * The language of Keycloak's sign-in page: {@code /auth/login?lang=ja|en} becomes {@code ui_locales} of the
 * authorization request quarkus-oidc redirects the browser to; any other value is left out (Keycloak then shows the
 * realm's default, Japanese).
 */
@ApplicationScoped
@Unremovable
@TenantFeature(WebTenants.WEB)
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
class SignInLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext redirect) {
        String language = redirect.routingContext().request().getParam("lang");
        if ("ja".equals(language) || "en".equals(language)) {
            redirect.additionalQueryParams().add("ui_locales", language);
        }
    }
}
