/** Quarkus wiring: configuration mappings and CDI producers. */
package org.madoguchi.lending.config;
