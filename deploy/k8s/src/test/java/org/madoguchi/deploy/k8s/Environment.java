package org.madoguchi.deploy.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The environment of a Deployment's container as the kubelet builds it: its ConfigMaps first, then its own env. */
record Environment(Map<String, Value> variables) {

    /** Where one variable's value comes from. */
    sealed interface Value {
    }

    /** A value written in the manifest (or in a ConfigMap of it). */
    record Literal(String value, Optional<String> configMap) implements Value {
    }

    /** A value taken from a Secret at start. */
    record FromSecret(String secret, String key, boolean optional) implements Value {
    }

    static Environment of(Deployment deployment, Rendered overlay) {
        Container container = onlyContainer(deployment);
        Map<String, Value> variables = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                ConfigMap map = overlay.named(ConfigMap.class, name).orElseThrow(() -> new AssertionError(
                        deployment.getMetadata().getName() + " takes its environment from ConfigMap " + name
                                + ", which " + overlay.source() + " does not render"));
                map.getData().forEach((k, v) -> variables.put(k, new Literal(v, Optional.of(name))));
            } else {
                throw new AssertionError(deployment.getMetadata().getName()
                        + ": envFrom other than a ConfigMap would hide which secret values it takes");
            }
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValueFrom() == null) {
                variables.put(variable.getName(), new Literal(variable.getValue(), Optional.empty()));
            } else if (variable.getValueFrom().getSecretKeyRef() != null) {
                var ref = variable.getValueFrom().getSecretKeyRef();
                variables.put(variable.getName(),
                        new FromSecret(ref.getName(), ref.getKey(), Boolean.TRUE.equals(ref.getOptional())));
            } else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = variable.getValueFrom().getConfigMapKeyRef();
                String value = overlay.named(ConfigMap.class, ref.getName()).map(c -> c.getData().get(ref.getKey()))
                        .orElseThrow(() -> new AssertionError(variable.getName() + " names ConfigMap " + ref.getName()
                                + " key " + ref.getKey() + ", which is not rendered"));
                variables.put(variable.getName(), new Literal(value, Optional.of(ref.getName())));
            } else {
                throw new AssertionError(deployment.getMetadata().getName() + ": " + variable.getName()
                        + " comes from neither a value, a ConfigMap nor a Secret");
            }
        }
        return new Environment(Map.copyOf(variables));
    }

    static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(deployment.getMetadata().getName() + " has " + containers.size()
                    + " containers; a service runs in one");
        }
        return containers.get(0);
    }

    String literal(String name) {
        Value value = variables.get(name);
        if (value instanceof Literal literal) {
            return literal.value();
        }
        throw new AssertionError(name + " is " + (value == null ? "not set" : "not a literal value but " + value));
    }

    FromSecret secret(String name) {
        Value value = variables.get(name);
        if (value instanceof FromSecret secret) {
            return secret;
        }
        throw new AssertionError(name + " must come from a Secret, and is " + (value == null ? "not set" : value));
    }
}
