package org.madoguchi.applications.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of attached files ({@code madoguchi.applications.attachments.*}). */
@ConfigMapping(prefix = "madoguchi.applications.attachments")
public interface AttachmentsConfig {

    /** How long an upload waits for a submission to claim it before it is deleted. */
    @WithDefault("24h")
    Duration unclaimedLifetime();

    /** How often the uploads past their lifetime are deleted. */
    @WithDefault("1h")
    Duration purgeInterval();

    /** Largest single file of a form that has attachment fields but declares no limits, in bytes. */
    @WithDefault("10485760")
    long defaultMaxFileBytes();

    /** Most files per application of a form that has attachment fields but declares no limits. */
    @WithDefault("10")
    int defaultMaxFiles();

    /** How long one upload or download may take before its transaction is abandoned. */
    @WithDefault("5m")
    Duration longestTransfer();
}
