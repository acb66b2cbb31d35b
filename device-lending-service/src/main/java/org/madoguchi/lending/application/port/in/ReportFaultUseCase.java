package org.madoguchi.lending.application.port.in;

import org.madoguchi.lending.domain.model.Incident;

/** 故障: a fault takes the device out of service and goes to 情報政策課. */
public interface ReportFaultUseCase {

    Incident reportFault(ReportFaultCommand command);
}
