package org.madoguchi.e2e.suite;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.TestAbortedException;

/**
 * Starts the {@link RunningSuite} once per test run, in the root context's store, which closes it when the run
 * ends; hands it to the tests; and adds the tails of the relevant logs to the message of a failing test.
 */
final class SuiteExtension implements TestInstancePreConstructCallback, ParameterResolver,
        TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    /** The suite, or why it did not start: a failed start is not tried again by every class. */
    private record Started(RunningSuite suite, RuntimeException failure) implements AutoCloseable {

        RunningSuite get() {
            if (failure != null) {
                throw new IllegalStateException("the end-to-end suite did not start", failure);
            }
            return suite;
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
        }
    }

    static RunningSuite suite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Started.class, key -> {
            try {
                return new Started(RunningSuite.start(), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }, Started.class).get();
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        suite(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TestAbortedException) {
            throw failure;
        }
        Set<String> parts = new LinkedHashSet<>();
        context.getTestClass().map(type -> type.getAnnotation(EndToEnd.class))
                .ifPresent(annotation -> parts.addAll(Arrays.asList(annotation.logs())));
        parts.add(RunningSuite.GATEWAY);
        AssertionError withLogs = new AssertionError(failure.getMessage() + "\n" + suite(context)
                .logTails(parts.toArray(String[]::new)), failure);
        throw withLogs;
    }
}
