package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.DisasterDeclaration;

/** 情報政策課 lifts a disaster mode declaration; bookings are open to every purpose again. */
public interface LiftDisasterModeUseCase {

    DisasterDeclaration lift(LiftDisasterModeCommand command);
}
