package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Device;

/** 情報政策課 retires a device that has no active booking left. */
public interface RetireDeviceUseCase {

    Device retire(RetireDeviceCommand command);
}
