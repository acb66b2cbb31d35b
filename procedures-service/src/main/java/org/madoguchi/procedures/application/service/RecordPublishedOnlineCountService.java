package org.madoguchi.procedures.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.RecordPublishedOnlineCountCommand;
import org.madoguchi.procedures.application.port.in.RecordPublishedOnlineCountUseCase;
import org.madoguchi.procedures.application.port.out.PublishedFigures;
import org.madoguchi.procedures.domain.model.PublishedOnlineCount;

/** Keeps printed numbers of online procedures as printed. */
@ApplicationScoped
class RecordPublishedOnlineCountService implements RecordPublishedOnlineCountUseCase {

    private final PublishedFigures published;

    RecordPublishedOnlineCountService(PublishedFigures published) {
        this.published = published;
    }

    @Override
    @Transactional
    public void record(RecordPublishedOnlineCountCommand command) {
        command.actor().requireProcedureAdmin();
        published.saveOnlineCount(new PublishedOnlineCount(command.label(), command.asOf(), command.count(),
                command.note()));
    }
}
