package org.madoguchi.applications.domain.model;

import java.util.List;
import java.util.stream.Collectors;

import org.madoguchi.platform.failure.DomainFailure;

/** The action cannot start from the application's status; the problem names the actions that can. */
public class InvalidTransition extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private final transient List<Action> allowed;

    public InvalidTransition(Action action, ApplicationStatus status, List<Action> allowed) {
        super(Kind.CONFLICT, "invalid-transition", action.name(), status.name(),
                allowed.isEmpty() ? "-" : allowed.stream().map(Action::name).collect(Collectors.joining(", ")));
        this.allowed = List.copyOf(allowed);
    }

    /** The actions the caller could take instead. */
    public List<Action> allowed() {
        return allowed;
    }
}
