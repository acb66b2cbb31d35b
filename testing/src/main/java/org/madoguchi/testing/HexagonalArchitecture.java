package org.madoguchi.testing;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The ports-and-adapters rules every service keeps (ARCHITECTURE.md, "Inside one service").
 * A service includes them with {@code ArchTests.in(HexagonalArchitecture.class)}.
 */
public final class HexagonalArchitecture {

    private HexagonalArchitecture() {
    }

    @ArchTest
    public static final ArchRule domain_depends_only_on_the_jdk = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("..domain..", "java..",
                    "org.madoguchi.platform.failure..", "org.madoguchi.platform.calendar..")
            .because("the domain is plain Java: no Jakarta, Quarkus, Hibernate or Kafka; it may use the JDK-only"
                    + " shape of refusals every service shares (org.madoguchi.platform.failure) and the city's"
                    + " calendar (org.madoguchi.platform.calendar)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule application_never_depends_on_adapters = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..adapter..")
            .because("adapters depend on ports, never the other way")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule adapters_use_ports_not_use_case_implementations = noClasses()
            .that().resideInAPackage("..adapter..")
            .should().dependOnClassesThat().resideInAPackage("..application.service..")
            .because("an adapter talks to the core through its ports")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule incoming_adapters_do_not_use_outgoing_adapters = noClasses()
            .that().resideInAPackage("..adapter.in..")
            .should().dependOnClassesThat().resideInAPackage("..adapter.out..")
            .because("adapters do not depend on each other")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule outgoing_adapters_do_not_use_incoming_adapters = noClasses()
            .that().resideInAPackage("..adapter.out..")
            .should().dependOnClassesThat().resideInAPackage("..adapter.in..")
            .because("adapters do not depend on each other")
            .allowEmptyShould(true);
}
