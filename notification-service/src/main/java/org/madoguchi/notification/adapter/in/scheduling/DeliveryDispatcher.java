package org.madoguchi.notification.adapter.in.scheduling;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;
import org.madoguchi.notification.application.port.in.DispatchDeliveriesUseCase;
import org.madoguchi.notification.application.port.out.DeliveryWakeUp;

/**
 * Runs the dispatcher on a thread of its own: after every commit that made deliveries, and on a schedule
 * ({@code madoguchi.notification.delivery.interval}) for retries, held deliveries and other instances' rows.
 * Wake-ups that arrive while a run is queued are merged into it.
 */
@ApplicationScoped
class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int FULL_BATCH = 10;

    private final DispatchDeliveriesUseCase dispatch;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "delivery-dispatcher");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryDispatcher(DispatchDeliveriesUseCase dispatch) {
        this.dispatch = dispatch;
    }

    void deliveriesDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryWakeUp.DeliveriesDue due) {
        wake();
    }

    @Scheduled(every = "${madoguchi.notification.delivery.interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    private void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::run);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    private void run() {
        queued.set(false);
        try {
            int tried;
            do {
                tried = dispatch.dispatchDue();
            } while (tried >= FULL_BATCH);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Dispatching deliveries failed; the next round retries");
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }
}
