package org.madoguchi.procedures.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the long transactions of the registry may take before they are rolled back.
 *
 * @param csvImport    the one transaction of a CSV import
 * @param indexRebuild the start-up rebuild of the search index
 */
public record TransactionTimeouts(Duration csvImport, Duration indexRebuild) {

    public TransactionTimeouts {
        Objects.requireNonNull(csvImport, "csvImport");
        Objects.requireNonNull(indexRebuild, "indexRebuild");
    }
}
