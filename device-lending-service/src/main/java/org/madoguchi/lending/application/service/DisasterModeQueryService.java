package org.madoguchi.lending.application.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.lending.application.port.in.DisasterModeQueries;
import org.madoguchi.lending.application.port.out.DisasterDeclarations;
import org.madoguchi.lending.domain.model.DisasterDeclaration;

/** Reads the disaster declarations in force, for everyone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DisasterModeQueryService implements DisasterModeQueries {

    private final DisasterDeclarations disasters;

    DisasterModeQueryService(DisasterDeclarations disasters) {
        this.disasters = disasters;
    }

    @Override
    public List<DisasterDeclaration> inForce() {
        return disasters.inForce();
    }
}
