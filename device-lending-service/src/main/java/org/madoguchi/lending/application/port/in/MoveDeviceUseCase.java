package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Device;

/** 情報政策課 moves a device that is not out on loan to another site. */
public interface MoveDeviceUseCase {

    Device move(MoveDeviceCommand command);
}
