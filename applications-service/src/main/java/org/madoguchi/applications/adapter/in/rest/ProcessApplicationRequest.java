package org.madoguchi.applications.adapter.in.rest;

import org.madoguchi.applications.domain.model.Action;

/** A step of the department's workflow: the action and the comment (required to reject or return). */
public record ProcessApplicationRequest(Action action, String comment) {
}
