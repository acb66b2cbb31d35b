package org.madoguchi.lending;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.madoguchi.testing.HexagonalArchitecture;
import org.madoguchi.testing.PortRules;

/** Keeps the ports-and-adapters dependency rules of this service. */
@AnalyzeClasses(packages = "org.madoguchi.lending", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hexagonal_rules = ArchTests.in(HexagonalArchitecture.class);

    @ArchTest
    static final ArchTests port_rules = ArchTests.in(PortRules.class);
}
