package org.madoguchi.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the port packages hold ({@code docs/style.md}, "In-ports" and "Out-ports"): interfaces, and for
 * in-ports the command and query records they take; never exceptions, policies or implementations. A
 * service includes them with {@code ArchTests.in(PortRules.class)}.
 */
public final class PortRules {

    private PortRules() {
    }

    @ArchTest
    public static final ArchRule ports_declare_no_exceptions = noClasses()
            .that().resideInAPackage("..application.port..")
            .should().beAssignableTo(Throwable.class)
            .because("a refusal is a domain failure and lives in the domain")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule out_ports_are_interfaces = classes()
            .that().resideInAPackage("..application.port.out..").and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should().beInterfaces()
            .because("an out-port is a capability the core needs; policies and values it carries belong to the domain")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule in_ports_are_use_cases_queries_and_their_commands = classes()
            .that().resideInAPackage("..application.port.in..").and().areTopLevelClasses()
            .and().areNotInterfaces().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("Command").orShould().haveSimpleNameEndingWith("Query")
            .because("an in-port is a use case or a query, and what it takes is a command or a query record")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule use_cases_are_named_as_such = classes()
            .that().resideInAPackage("..application.port.in..").and().areTopLevelClasses().and().areInterfaces()
            .and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("UseCase").orShould().haveSimpleNameEndingWith("Query")
            .orShould().haveSimpleNameEndingWith("Queries")
            .because("an in-port is a use case (a verb), one query, or the queries of one reader")
            .allowEmptyShould(true);
}
