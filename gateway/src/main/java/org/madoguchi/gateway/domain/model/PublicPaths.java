package org.madoguchi.gateway.domain.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requests the gateway lets through without a token: the public reads (procedure and form search, the
 * announcement feeds) and the few writes anyone may make (an anonymous survey answer, its attachments, the status
 * lookup of an anonymous application). Every other path needs a valid token at the door; the service behind still
 * decides what the caller may do.
 */
public record PublicPaths(List<Rule> rules) {

    public PublicPaths {
        rules = List.copyOf(rules);
    }

    /**
     * Rules written as {@code METHOD[|METHOD…] /path/pattern}, e.g. {@code GET /api/v1/procedures/*}; a rule for
     * {@code GET} also admits {@code HEAD}.
     */
    public static PublicPaths parse(List<String> lines) {
        return new PublicPaths(lines.stream().map(String::strip).filter(line -> !line.isEmpty())
                .map(Rule::parse).toList());
    }

    /** Whether a request with this method and path passes without a token. */
    public boolean admitsAnonymous(String method, String path) {
        String upper = method.toUpperCase(Locale.ROOT);
        return rules.stream().anyMatch(rule -> rule.admits(upper, path));
    }

    /**
     * One public-path rule.
     *
     * @param methods the HTTP methods, upper case
     * @param pattern the paths
     */
    public record Rule(Set<String> methods, PathPattern pattern) {

        public Rule {
            methods = Set.copyOf(methods);
            Objects.requireNonNull(pattern, "pattern");
        }

        static Rule parse(String line) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a public path reads 'METHOD /path', not: " + line);
            }
            Set<String> methods = Arrays.stream(parts[0].split("\\|")).map(m -> m.strip().toUpperCase(Locale.ROOT))
                    .filter(m -> !m.isEmpty()).collect(Collectors.toSet());
            return new Rule(methods, new PathPattern(parts[1]));
        }

        boolean admits(String method, String path) {
            boolean methodMatches = methods.contains(method) || ("HEAD".equals(method) && methods.contains("GET"));
            return methodMatches && pattern.matches(path);
        }
    }
}
