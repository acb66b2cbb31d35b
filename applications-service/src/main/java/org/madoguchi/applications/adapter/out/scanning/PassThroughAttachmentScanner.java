package org.madoguchi.applications.adapter.out.scanning;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.madoguchi.applications.application.port.out.AttachmentScanner;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentType;

import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;

/**
 * The scanner in use until a city plugs in a real one: it scans nothing and passes every file, and says so in the
 * log at startup while it is the one in use. Any other {@link AttachmentScanner} bean replaces it.
 */
@DefaultBean
@ApplicationScoped
class PassThroughAttachmentScanner implements AttachmentScanner {

    private static final Logger LOG = Logger.getLogger(PassThroughAttachmentScanner.class);

    /** The line the service logs at startup while no virus scanner is plugged in. */
    static final String STARTUP_WARNING = "No virus scanner is plugged in: attachments are accepted without a"
            + " virus scan (PassThroughAttachmentScanner). Provide an AttachmentScanner bean to scan them.";

    void announce(@Observes StartupEvent start, AttachmentScanner inUse) {
        if (ClientProxy.unwrap(inUse) instanceof PassThroughAttachmentScanner) {
            LOG.warn(STARTUP_WARNING);
        }
    }

    @Override
    public Verdict scan(AttachmentId id, AttachmentType type, InputStream content) {
        return new Verdict.Clean();
    }
}
