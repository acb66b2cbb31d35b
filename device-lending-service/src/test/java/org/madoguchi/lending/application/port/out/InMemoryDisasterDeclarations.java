package org.madoguchi.lending.application.port.out;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;

/** {@link DisasterDeclarations} in memory, with the optimistic version of each declaration. */
public final class InMemoryDisasterDeclarations implements DisasterDeclarations {

    private final Map<DisasterDeclarationId, DisasterDeclaration> declarations = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryDisasterDeclarations(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    public InMemoryDisasterDeclarations() {
        this(new InMemoryTransactions());
    }

    /** Every declaration stored, lifted or not, for tests that check nothing was. */
    public Collection<DisasterDeclaration> stored() {
        return List.copyOf(declarations.values());
    }

    @Override
    public void add(DisasterDeclaration declaration) {
        declarations.put(declaration.id(), declaration);
        transactions.added(declaration.id());
    }

    @Override
    public void update(DisasterDeclaration declaration) {
        if (!declarations.containsKey(declaration.id())) {
            throw new IllegalStateException("no declaration " + declaration.id() + " to update");
        }
        transactions.changed(declaration.id());
        declarations.put(declaration.id(), declaration);
    }

    @Override
    public Optional<DisasterDeclaration> declaration(DisasterDeclarationId id) {
        return Optional.ofNullable(declarations.get(id)).map(d -> transactions.read(d.id(), d));
    }

    @Override
    public List<DisasterDeclaration> inForce() {
        return declarations.values().stream().filter(d -> !d.lifted())
                .sorted(Comparator.comparing(DisasterDeclaration::declaredAt))
                .map(d -> transactions.read(d.id(), d))
                .toList();
    }
}
