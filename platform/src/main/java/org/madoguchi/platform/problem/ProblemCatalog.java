package org.madoguchi.platform.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * The words of problems in each language: looks a key up in the service's bundle, then in the
 * platform's, and formats it with {@link MessageFormat}.
 * <p>
 * Keys are named after the JSON member they fill: {@code <code>.title}, {@code <code>.detail}, and
 * {@code <code>.message} for a field error. A code without a title takes the title of its HTTP status
 * (e.g. {@code not-found.title}), and a code without a detail has none, so a service defines only what
 * it needs.
 */
@ApplicationScoped
public class ProblemCatalog {

    /** Base name of the platform's bundle. */
    public static final String PLATFORM_BUNDLE = "org.madoguchi.platform.problem.ProblemMessages";

    private static final Logger LOG = Logger.getLogger(ProblemCatalog.class);
    private static final ResourceBundle.Control PROPERTIES_ONLY = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String serviceBundle;

    @Inject
    public ProblemCatalog(ProblemConfig config) {
        this(config.bundle());
    }

    /** A catalog that reads the service bundle with the given base name before the platform's. */
    public ProblemCatalog(String serviceBundle) {
        this.serviceBundle = serviceBundle;
    }

    /** The title of a problem code, or of its status when the code has none. */
    public String title(String code, int status, Locale locale) {
        return text(code + ".title", locale, List.of())
                .or(() -> text(StatusCodes.of(status) + ".title", locale, List.of()))
                .orElseGet(() -> missing(code + ".title", locale));
    }

    /** The detail of one occurrence of a problem; empty when the code has none. */
    public Optional<String> detail(String code, Locale locale, List<?> arguments) {
        Optional<String> detail = text(code + ".detail", locale, arguments);
        if (detail.isEmpty()) {
            LOG.debugf("No problem message %s.detail for %s", code, locale);
        }
        return detail;
    }

    /** The message of a field error; the code itself when no bundle has it. */
    public String fieldMessage(String code, Locale locale, List<?> arguments) {
        return text(code + ".message", locale, arguments).orElseGet(() -> {
            LOG.warnf("No problem message %s.message for %s", code, locale);
            return code;
        });
    }

    /** The formatted text of a key, from the service's bundle if it has the key, else from the platform's. */
    public Optional<String> text(String key, Locale locale, List<?> arguments) {
        return pattern(serviceBundle, Thread.currentThread().getContextClassLoader(), key, locale)
                .or(() -> pattern(PLATFORM_BUNDLE, ProblemCatalog.class.getClassLoader(), key, locale))
                .map(pattern -> format(key, pattern, locale, arguments));
    }

    private static Optional<String> pattern(String baseName, ClassLoader loader, String key, Locale locale) {
        if (baseName == null || baseName.isBlank()) {
            return Optional.empty();
        }
        ClassLoader effective = loader != null ? loader : ProblemCatalog.class.getClassLoader();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, effective, PROPERTIES_ONLY);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException noSuchBundle) {
            return Optional.empty();
        }
    }

    private static String format(String key, String pattern, Locale locale, List<?> arguments) {
        try {
            return new MessageFormat(pattern, locale).format(arguments.toArray());
        } catch (IllegalArgumentException badPattern) {
            LOG.warnf("Problem message %s for %s is not a valid MessageFormat pattern: %s", key, locale,
                    badPattern.getMessage());
            return pattern;
        }
    }

    private static String missing(String key, Locale locale) {
        LOG.warnf("No problem message %s for %s", key, locale);
        return key;
    }
}
