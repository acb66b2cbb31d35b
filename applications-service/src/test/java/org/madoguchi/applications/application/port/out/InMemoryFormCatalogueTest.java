package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link FormCatalogue} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryFormCatalogueTest extends FormCatalogueContract {

    private final InMemoryFormCatalogue catalogue = new InMemoryFormCatalogue();

    @Override
    protected FormCatalogue catalogue() {
        return catalogue;
    }
}
