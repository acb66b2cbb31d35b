package org.madoguchi.deploy.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields of a typed manifest that its model does not know. The fabric8 and Strimzi models keep such fields in
 * {@code additionalProperties} instead of refusing them; a key Kubernetes does not know is dropped or refused by the
 * API server, so a manifest must have none.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    /** The paths of the unknown fields of the object, e.g. {@code spec.template.spec.containers[0].readinesProbe}. */
    static List<String> of(Object model) {
        List<String> unknown = new ArrayList<>();
        walk(model, "", unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", unknown));
            return;
        }
        if (!isModel(value.getClass())) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            boolean isGetter = name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2;
            if (!isGetter) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            String field = Character.toLowerCase(name.charAt(name.startsWith("is") ? 2 : 3))
                    + name.substring(name.startsWith("is") ? 3 : 4);
            if ("additionalProperties".equals(field)) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add((path.isEmpty() ? "" : path + ".") + k));
                }
                continue;
            }
            walk(child, path.isEmpty() ? field : path + "." + field, unknown);
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return !type.isEnum() && (name.startsWith("io.fabric8.kubernetes.api.model.") || name.startsWith("io.strimzi.api."));
    }
}
