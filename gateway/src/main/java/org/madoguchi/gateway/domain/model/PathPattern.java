package org.madoguchi.gateway.domain.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A pattern of request paths in a route or a public-path rule: literal segments, {@code *} for exactly one
 * segment and, as the last segment only, {@code **} for any number of segments (none included), e.g.
 * {@code /api/v1/forms/*&#47;applications} or {@code /api/v1/lending/**}.
 *
 * @param text the pattern as configured
 */
public record PathPattern(String text) {

    private static final String ONE = "*";
    private static final String ANY = "**";

    public PathPattern {
        Objects.requireNonNull(text, "text");
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("a path pattern starts with '/': " + text);
        }
        List<String> segments = segmentsOf(text);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.equals(ANY) && i != segments.size() - 1) {
                throw new IllegalArgumentException("'**' may only end a path pattern: " + text);
            }
            if (!segment.equals(ANY) && !segment.equals(ONE) && segment.contains("*")) {
                throw new IllegalArgumentException("'*' stands for a whole segment: " + text);
            }
        }
    }

    /** Whether the path (without its query) matches this pattern. */
    public boolean matches(String path) {
        List<String> pattern = segmentsOf(text);
        List<String> actual = segmentsOf(path);
        for (int i = 0; i < pattern.size(); i++) {
            String segment = pattern.get(i);
            if (segment.equals(ANY)) {
                return true;
            }
            if (i >= actual.size()) {
                return false;
            }
            if (!segment.equals(ONE) && !segment.equals(actual.get(i))) {
                return false;
            }
        }
        return pattern.size() == actual.size();
    }

    /**
     * How specific the pattern is, to choose between routes that both match: more literal segments win, then a
     * pattern without {@code **}, then more segments.
     */
    public int specificity() {
        List<String> segments = segmentsOf(text);
        int literals = (int) segments.stream().filter(s -> !s.equals(ONE) && !s.equals(ANY)).count();
        boolean open = !segments.isEmpty() && segments.get(segments.size() - 1).equals(ANY);
        return literals * 1000 + (open ? 0 : 500) + segments.size();
    }

    private static List<String> segmentsOf(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return text;
    }
}
