package org.madoguchi.applications.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.madoguchi.applications.domain.model.AttachmentLimits;
import org.madoguchi.applications.domain.model.AttachmentPolicy;

/** CDI producer of the attachment policy the core takes as plain Java. */
public class AttachmentsWiring {

    @Produces
    @Singleton
    AttachmentPolicy attachmentPolicy(AttachmentsConfig config) {
        return new AttachmentPolicy(config.unclaimedLifetime(),
                new AttachmentLimits(config.defaultMaxFileBytes(), config.defaultMaxFiles()), config.longestTransfer());
    }
}
