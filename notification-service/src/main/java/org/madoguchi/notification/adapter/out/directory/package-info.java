/** The city's user directory: Keycloak's admin API with the service's own service account, cached briefly. */
package org.madoguchi.notification.adapter.out.directory;
