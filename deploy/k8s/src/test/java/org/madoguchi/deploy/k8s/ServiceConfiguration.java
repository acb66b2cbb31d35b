package org.madoguchi.deploy.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service reads, from its own files: its {@code src/main/resources/application.properties} (the keys a
 * deployment may override, each in environment form as SmallRye Config maps it) and the configuration tables of its
 * README and of the root README (properties a service reads without a default in its properties file, e.g.
 * {@code madoguchi.notification.messaging.channel-access-token}).
 */
final class ServiceConfiguration {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern PROPERTY = Pattern.compile("(madoguchi|quarkus|kafka|mp)\\.[a-z0-9.\"-]*[a-z0-9\"]");
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");
    private static final Pattern JDBC_DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([a-z0-9_]+).*");

    private final String module;
    private final Map<String, String> properties;
    private final Set<String> documentedNames;

    private ServiceConfiguration(String module, Map<String, String> properties, Set<String> documentedNames) {
        this.module = module;
        this.properties = properties;
        this.documentedNames = documentedNames;
    }

    static ServiceConfiguration of(String module) {
        Path moduleDirectory = Repository.HOME.resolve(module);
        Properties file = new Properties();
        try {
            file.load(new StringReader(Repository.read(moduleDirectory.resolve("src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        file.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).sorted()
                .forEach(k -> properties.put(k, file.getProperty(k)));
        Set<String> documented = new TreeSet<>();
        documented.addAll(namesIn(Repository.read(moduleDirectory.resolve("README.md"))));
        documented.addAll(namesIn(Repository.read(Repository.HOME.resolve("README.md"))));
        return new ServiceConfiguration(module, Map.copyOf(properties), Set.copyOf(documented));
    }

    /** The environment names of the properties and variables named in backticks in a README's table rows. */
    private static Set<String> namesIn(String readme) {
        Set<String> names = new TreeSet<>();
        for (String line : readme.split("\n")) {
            if (!line.startsWith("|")) {
                continue;
            }
            Matcher backticked = BACKTICKED.matcher(line);
            while (backticked.find()) {
                String token = backticked.group(1).strip();
                if (PROPERTY.matcher(token).matches()) {
                    names.add(environmentName(token));
                } else if (ENVIRONMENT_NAME.matcher(token).matches() && token.contains("_")) {
                    names.add(token);
                }
            }
        }
        return names;
    }

    /** A property's name in the environment, as SmallRye Config maps it: upper case, every other character {@code _}. */
    static String environmentName(String property) {
        StringBuilder name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    String module() {
        return module;
    }

    Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    String require(String key) {
        return property(key).orElseThrow(() -> new AssertionError(module + "'s application.properties has no " + key));
    }

    /** Whether the service reads this environment variable: a key of its properties file or a documented setting. */
    boolean reads(String environmentName) {
        return documentedNames.contains(environmentName)
                || properties.keySet().stream().anyMatch(k -> environmentName(k).equals(environmentName));
    }

    int httpPort() {
        return Integer.parseInt(require("quarkus.http.port"));
    }

    /** The database the service owns, from its JDBC URL. */
    String database() {
        Matcher matcher = JDBC_DATABASE.matcher(require("quarkus.datasource.jdbc.url"));
        if (!matcher.matches()) {
            throw new AssertionError(module + ": no database in " + require("quarkus.datasource.jdbc.url"));
        }
        return matcher.group(1);
    }

    /** The image's repository, {@code <group>/<name>}, as the Jib extension names it. */
    String imageRepository() {
        return require("quarkus.container-image.group") + "/" + require("quarkus.container-image.name");
    }

    /** The topic of each incoming channel ({@code mp.messaging.incoming.<channel>.topic}). */
    Map<String, String> incomingTopics() {
        Map<String, String> topics = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic")) {
                topics.put(k.substring("mp.messaging.incoming.".length(), k.length() - ".topic".length()), v);
            }
        });
        return topics;
    }

    /** The consumer group of a channel: its own {@code group.id}, else the connector's. */
    Optional<String> groupId(String channel) {
        return property("mp.messaging.incoming." + channel + ".group.id")
                .or(() -> property("mp.messaging.connector.smallrye-kafka.group.id"));
    }
}
