package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Device;

/** 情報政策課 adds a device to the inventory of a site, with its full kit. */
public interface RegisterDeviceUseCase {

    Device register(RegisterDeviceCommand command);
}
