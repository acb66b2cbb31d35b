package org.madoguchi.applications.application.port.in;

import java.io.OutputStream;
import java.util.List;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;

/**
 * What the applicant and staff of the owning department read of an application's attached files. Anybody else is
 * told the application does not exist.
 */
public interface AttachmentQueries {

    /** The files the application claimed, in the order they were uploaded. */
    List<Attachment> ofApplication(Actor actor, ApplicationId application);

    /** One attached file's record. */
    Attachment attachment(Actor actor, ApplicationId application, AttachmentId attachment);

    /** Writes one attached file's bytes to {@code out}, as they are read. */
    void copyContent(Actor actor, ApplicationId application, AttachmentId attachment, OutputStream out);
}
