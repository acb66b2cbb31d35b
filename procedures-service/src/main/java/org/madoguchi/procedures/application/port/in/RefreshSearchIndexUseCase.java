package org.madoguchi.procedures.application.port.in;


/**
 * Keeps this instance's search index in step with changes that other instances made and announced:
 * the procedures they name are read again and indexed as they are now.
 */
public interface RefreshSearchIndexUseCase {

    /** Re-reads the procedures and the procedures the forms serve, and indexes them as they are now. */
    void refresh(RefreshSearchIndexCommand command);
}
