/** Quarkus wiring: configuration mappings and CDI producers. */
package org.madoguchi.notification.config;
