package org.madoguchi.lending.application.port.out;

import org.madoguchi.lending.domain.model.DisasterDeclaration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Disaster mode declarations, in force or lifted. */
public interface DisasterDeclarations {

    void add(DisasterDeclaration declaration);

    void update(DisasterDeclaration declaration);

    Optional<DisasterDeclaration> declaration(UUID id);

    /** The declarations not lifted yet. */
    List<DisasterDeclaration> inForce();
}
