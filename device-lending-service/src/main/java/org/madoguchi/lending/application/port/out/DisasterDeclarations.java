package org.madoguchi.lending.application.port.out;

import java.util.List;
import java.util.Optional;

import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;

/** Disaster mode declarations, in force or lifted. */
public interface DisasterDeclarations {

    void add(DisasterDeclaration declaration);

    /** Stores the new state; throws {@code ConcurrentChange} if the declaration changed since it was read. */
    void update(DisasterDeclaration declaration);

    Optional<DisasterDeclaration> declaration(DisasterDeclarationId id);

    /** The declarations not lifted yet. */
    List<DisasterDeclaration> inForce();
}
