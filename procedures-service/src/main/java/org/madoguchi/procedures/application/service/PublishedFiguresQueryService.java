package org.madoguchi.procedures.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.PublishedFiguresQueries;
import org.madoguchi.procedures.application.port.out.PublishedFigures;
import org.madoguchi.procedures.domain.model.FiscalYear;

/** Tells which printed figures are stored. */
@ApplicationScoped
class PublishedFiguresQueryService implements PublishedFiguresQueries {

    private final PublishedFigures published;

    PublishedFiguresQueryService(PublishedFigures published) {
        this.published = published;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasProgress(FiscalYear fiscalYear) {
        return published.progress(fiscalYear).isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasOnlineCount(String label) {
        return published.onlineCounts().stream().anyMatch(c -> c.label().equals(label));
    }
}
