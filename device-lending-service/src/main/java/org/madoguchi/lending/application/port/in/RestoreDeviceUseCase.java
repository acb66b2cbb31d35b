package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Device;

/** A found or repaired device goes back into service after the desk's inspection. */
public interface RestoreDeviceUseCase {

    Device restore(RestoreDeviceCommand command);
}
