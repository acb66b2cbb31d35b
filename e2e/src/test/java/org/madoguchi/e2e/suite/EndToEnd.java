package org.madoguchi.e2e.suite;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An end-to-end test class: it runs against the one {@link RunningSuite} of the test run (started by the first such
 * class, stopped when the run ends), which its constructor or methods may take as a parameter. A failure's message
 * ends with the last lines of the logs of the parts named in {@link #logs()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(SuiteExtension.class)
public @interface EndToEnd {

    /** The parts whose logs a failure shows, e.g. {@link RunningSuite#APPLICATIONS}; the gateway's always. */
    String[] logs() default {};
}
