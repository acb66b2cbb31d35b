package org.madoguchi.lending.application.port.in;

import java.util.List;

import org.madoguchi.lending.domain.model.DisasterDeclaration;

/** What everyone reads of disaster mode (災害モード). */
public interface DisasterModeQueries {

    /** The declarations not lifted yet. */
    List<DisasterDeclaration> inForce();
}
