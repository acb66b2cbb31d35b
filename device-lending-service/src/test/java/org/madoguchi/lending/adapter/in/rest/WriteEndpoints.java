package org.madoguchi.lending.adapter.in.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The write endpoints of the service's REST adapter that take a JSON body, found from its classes. */
final class WriteEndpoints {

    private static final Set<Class<? extends Annotation>> WRITES = Set.of(POST.class, PUT.class, PATCH.class);

    private WriteEndpoints() {
    }

    /** {@code METHOD /path/{param}} of each. */
    static List<String> withJsonBody() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(WriteEndpoints.class.getPackageName()).stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .map(WriteEndpoints::load)
                .flatMap(WriteEndpoints::endpoints)
                .sorted()
                .toList();
    }

    private static Class<?> load(JavaClass resource) {
        try {
            return Class.forName(resource.getName(), false, WriteEndpoints.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> endpoints(Class<?> resource) {
        String root = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> takesJson(resource, m) && bodyParameter(m))
                .map(m -> verb(m) + " " + root + (m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : ""));
    }

    private static String verb(Method method) {
        return WRITES.stream().filter(method::isAnnotationPresent).findFirst().orElseThrow().getSimpleName();
    }

    private static boolean takesJson(Class<?> resource, Method method) {
        if (WRITES.stream().noneMatch(method::isAnnotationPresent)) {
            return false;
        }
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null || Arrays.stream(consumes.value()).anyMatch(type -> type.contains("json"));
    }

    /** Whether a parameter is the entity: one without a JAX-RS or RESTEasy Reactive parameter annotation. */
    private static boolean bodyParameter(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(WriteEndpoints::entity);
    }

    private static boolean entity(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(a -> a.annotationType().getPackageName())
                .noneMatch(p -> p.equals("jakarta.ws.rs") || p.startsWith("org.jboss.resteasy.reactive"));
    }
}
