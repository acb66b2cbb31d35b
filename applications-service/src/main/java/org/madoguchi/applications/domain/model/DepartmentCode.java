package org.madoguchi.applications.domain.model;

import java.util.regex.Pattern;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * The code of a department (課・室) as staff tokens carry it in their {@code department} claim and forms
 * name their owner: romanized, lower case, words joined by hyphens, e.g. {@code kenko-kosodate}.
 */
public record DepartmentCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public DepartmentCode {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("", "not-blank");
        }
        if (value.length() > 64 || !FORMAT.matcher(value).matches()) {
            throw InvalidInput.of("", "department-code-format");
        }
    }

    /** Whether the text is a well-formed department code. */
    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= 64 && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
