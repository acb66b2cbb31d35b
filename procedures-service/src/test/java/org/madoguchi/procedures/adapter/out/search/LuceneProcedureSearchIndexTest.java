package org.madoguchi.procedures.adapter.out.search;

import org.madoguchi.procedures.application.port.out.InterleavedTransactions;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndex;
import org.madoguchi.procedures.application.port.out.ProcedureSearchIndexContract;

/** The Lucene adapter of {@link ProcedureSearchIndex}, in memory as in production, keeps its fake's contract. */
class LuceneProcedureSearchIndexTest extends ProcedureSearchIndexContract {

    @Override
    protected ProcedureSearchIndex index(InterleavedTransactions transactions) {
        return new LuceneProcedureSearchIndex(transactions);
    }

    @Override
    protected void close(ProcedureSearchIndex index) {
        ((LuceneProcedureSearchIndex) index).close();
    }
}
