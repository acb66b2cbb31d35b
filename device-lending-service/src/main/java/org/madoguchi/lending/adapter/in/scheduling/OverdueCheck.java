package org.madoguchi.lending.adapter.in.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.madoguchi.lending.application.port.in.DetectOverdueUseCase;

/** Looks for overdue bookings on a schedule ({@code madoguchi.lending.overdue-check}). */
@ApplicationScoped
class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    private final DetectOverdueUseCase detect;

    OverdueCheck(DetectOverdueUseCase detect) {
        this.detect = detect;
    }

    @Scheduled(every = "${madoguchi.lending.overdue-check:60s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int marked = detect.detectOverdue();
        if (marked > 0) {
            LOG.infof("%d booking(s) became overdue", marked);
        }
    }
}
