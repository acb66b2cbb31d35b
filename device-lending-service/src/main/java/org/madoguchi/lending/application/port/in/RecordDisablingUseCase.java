package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Incident;

/** 無効措置: the desk records that it disabled the lost device (remote wipe, account lock). */
public interface RecordDisablingUseCase {

    Incident recordDisabling(RecordDisablingCommand command);
}
