package org.madoguchi.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Names of invalid fields as the client knows them: {@code applicant.birthDate}, {@code items[2].name},
 * or a query parameter's name, without the Java method and parameter a violation path starts with.
 */
final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * The field a constraint violation is about, or {@code null} when it concerns the request as a whole.
     *
     * @param resourceMethod the JAX-RS method that handled the request, to name its parameters as the
     *                       client sent them ({@code @QueryParam("page-size")}); may be {@code null}
     */
    static String of(ConstraintViolation<?> violation, Method resourceMethod) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        Method method = null;
        int start = 0;
        if (!nodes.isEmpty() && isExecutable(nodes.get(0))) {
            method = matches(nodes.get(0), resourceMethod) ? resourceMethod : null;
            start = 1;
        }
        StringBuilder path = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                return null;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                if (!contributes(nodes.subList(i + 1, nodes.size()))) {
                    return parameterName(node, method);
                }
                continue;
            }
            appendNode(path, node);
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** The field a JSON binding error is about, e.g. {@code items[2].quantity}, or {@code null} at the root. */
    static String of(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** The code of a violated constraint: its annotation's name in kebab case, e.g. {@code not-blank}. */
    static String code(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isExecutable(Path.Node node) {
        return node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR;
    }

    private static boolean matches(Path.Node node, Method resourceMethod) {
        return resourceMethod != null
                && node.getKind() == ElementKind.METHOD
                && node.getName().equals(resourceMethod.getName())
                && node.as(Path.MethodNode.class).getParameterTypes()
                        .equals(Arrays.asList(resourceMethod.getParameterTypes()));
    }

    private static boolean contributes(List<Path.Node> rest) {
        return rest.stream().anyMatch(node -> node.isInIterable() || isNamed(node));
    }

    private static boolean isNamed(Path.Node node) {
        return node.getName() != null && !node.getName().startsWith("<");
    }

    private static void appendNode(StringBuilder path, Path.Node node) {
        if (node.isInIterable()) {
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            path.append('[').append(position == null ? "" : position).append(']');
        }
        if (isNamed(node)) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(node.getName());
        }
    }

    private static String parameterName(Path.Node node, Method method) {
        if (method != null) {
            int index = node.as(Path.ParameterNode.class).getParameterIndex();
            if (index < method.getParameterCount()) {
                for (Annotation annotation : method.getParameterAnnotations()[index]) {
                    Optional<String> name = wireName(annotation);
                    if (name.isPresent()) {
                        return name.get();
                    }
                }
            }
        }
        return node.getName();
    }

    private static Optional<String> wireName(Annotation annotation) {
        String name = null;
        if (annotation instanceof QueryParam a) {
            name = a.value();
        } else if (annotation instanceof PathParam a) {
            name = a.value();
        } else if (annotation instanceof HeaderParam a) {
            name = a.value();
        } else if (annotation instanceof FormParam a) {
            name = a.value();
        } else if (annotation instanceof CookieParam a) {
            name = a.value();
        } else if (annotation instanceof MatrixParam a) {
            name = a.value();
        } else if (annotation instanceof RestQuery a) {
            name = a.value();
        } else if (annotation instanceof RestPath a) {
            name = a.value();
        } else if (annotation instanceof RestHeader a) {
            name = a.value();
        } else if (annotation instanceof RestForm a) {
            name = a.value();
        } else if (annotation instanceof RestCookie a) {
            name = a.value();
        } else if (annotation instanceof RestMatrix a) {
            name = a.value();
        }
        return Optional.ofNullable(name).filter(value -> !value.isEmpty());
    }
}
