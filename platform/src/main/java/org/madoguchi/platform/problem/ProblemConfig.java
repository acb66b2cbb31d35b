package org.madoguchi.platform.problem;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service names and words its problems. */
@ConfigMapping(prefix = "madoguchi.problem")
public interface ProblemConfig {

    /**
     * Base name of the service's own problem bundle (UTF-8 {@code .properties} on the classpath, e.g.
     * {@code ServiceProblemMessages_ja.properties}); its keys win over the platform's.
     */
    @WithDefault("ServiceProblemMessages")
    String bundle();

    /** Prefix of the {@code type} URI; the problem code is appended. */
    @WithDefault("https://madoguchi.org/problems/")
    URI typeBase();
}
