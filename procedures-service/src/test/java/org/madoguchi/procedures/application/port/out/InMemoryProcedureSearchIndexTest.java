package org.madoguchi.procedures.application.port.out;

/** The in-memory fake of {@link ProcedureSearchIndex} keeps the contract the Lucene adapter keeps. */
class InMemoryProcedureSearchIndexTest extends ProcedureSearchIndexContract {

    @Override
    protected ProcedureSearchIndex index(InterleavedTransactions transactions) {
        return new InMemoryProcedureSearchIndex(transactions);
    }
}
