package org.madoguchi.applications.domain.model;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.madoguchi.platform.failure.DomainFailure;

/**
 * The action cannot start from the application's status; the problem names the actions that can. Arguments: the
 * action, status and allowed actions as codes ({0}–{2}), in Japanese ({3}–{5}) and in English ({6}–{8}).
 */
public class InvalidTransition extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private final transient List<Action> allowed;

    public InvalidTransition(Action action, ApplicationStatus status, List<Action> allowed) {
        super(Kind.CONFLICT, "invalid-transition", action.name(), status.name(), names(allowed, Action::name, ", "),
                action.label().ja(), status.label().ja(), names(allowed, a -> a.label().ja(), "、"),
                action.label().en(), status.label().en(), names(allowed, a -> a.label().en(), ", "));
        this.allowed = List.copyOf(allowed);
    }

    private static String names(List<Action> actions, Function<Action, String> name, String separator) {
        return actions.isEmpty() ? "-" : actions.stream().map(name).collect(Collectors.joining(separator));
    }

    /** The actions the caller could take instead. */
    public List<Action> allowed() {
        return allowed;
    }
}
