package org.madoguchi.procedures.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * 様式: a form of the e-application system, owned by a department. Drafts change in place; changing a
 * published form makes a new version, because applications refer to the version they answered, and
 * every version stays readable.
 *
 * @param id             identity, also in its public URL
 * @param kind           procedure, survey, event or campaign
 * @param department     the owning 課・室
 * @param status         draft, published or closed
 * @param currentVersion number of the version citizens see (or will see), from 1
 * @param content        what the current version says
 * @param version        optimistic-locking version of the form as a whole
 */
public record Form(FormId id, FormKind kind, DepartmentCode department, FormStatus status, int currentVersion,
        FormContent content, long version) {

    public Form {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        if (currentVersion < 1) {
            throw new IllegalArgumentException("form versions count from 1");
        }
    }

    /** A new draft, version 1. */
    public static Form draft(FormId id, FormKind kind, DepartmentCode department, FormContent content) {
        return new Form(id, kind, department, FormStatus.DRAFT, 1, content, 0);
    }

    /**
     * The form with new content: a draft changes in place, a published form gets a new version that
     * citizens see at once, a closed form cannot change (publish it again first).
     */
    public Form edit(FormContent changed) {
        return switch (status) {
            case DRAFT -> new Form(id, kind, department, status, currentVersion, changed, version);
            case PUBLISHED -> new Form(id, kind, department, status, currentVersion + 1, changed, version);
            case CLOSED -> throw new FormStateConflict(status, FormStateConflict.Action.EDIT);
        };
    }

    /** Whether {@link #edit} makes a new version. */
    public boolean editMakesNewVersion() {
        return status == FormStatus.PUBLISHED;
    }

    /** Publishes a draft, or publishes a closed form again. */
    public Form publish() {
        if (status == FormStatus.PUBLISHED) {
            throw new FormStateConflict(status, FormStateConflict.Action.PUBLISH);
        }
        return new Form(id, kind, department, FormStatus.PUBLISHED, currentVersion, content, version);
    }

    /** Closes a published form: it takes no more answers. */
    public Form close() {
        if (status != FormStatus.PUBLISHED) {
            throw new FormStateConflict(status, FormStateConflict.Action.CLOSE);
        }
        return new Form(id, kind, department, FormStatus.CLOSED, currentVersion, content, version);
    }

    /**
     * Throws unless the actor may maintain the form and changes the version they read.
     *
     * @throws NotPermitted when the actor may not maintain the form's department
     * @throws StaleVersion when the form changed since the actor read it
     */
    public void requireChangeableBy(Actor actor, long readVersion) {
        actor.requireMayMaintain(department);
        StaleVersion.requireSame(readVersion, version);
    }

    /** Whether citizens can open it and answer at this instant. */
    public boolean isOpenAt(Instant instant) {
        return status == FormStatus.PUBLISHED && content.periodIncludes(instant);
    }
}
