package org.madoguchi.deploy.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workload builds its image with the Quarkus Jib extension, named as the manifests name it, and only when asked:
 * a plain build (and CI, which has no Docker engine) builds and pushes none.
 */
class ImagesTest {

    static List<String> modules() {
        return Suite.MODULES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void the_service_builds_its_image_with_jib_only_when_asked(String module) {
        ServiceConfiguration service = ServiceConfiguration.of(module);
        String pom = Repository.read(Repository.HOME.resolve(module).resolve("pom.xml"));

        assertThat(pom).contains("<artifactId>quarkus-container-image-jib</artifactId>");
        assertThat(service.require("quarkus.container-image.group")).isEqualTo("madoguchi");
        assertThat(service.require("quarkus.container-image.name")).isEqualTo(module);
        assertThat(service.property("quarkus.container-image.build")).as("built on request only").isEmpty();
        assertThat(service.property("quarkus.container-image.push")).as("pushed on request only").isEmpty();
        assertThat(service.property("quarkus.jib.base-jvm-image"))
                .as("Jib's default base image, which runs as the non-root user 185").isEmpty();
        assertThat(service.property("quarkus.jib.user")).isEmpty();
    }
}
