package org.madoguchi.eventing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.madoguchi.contracts.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Future;

/**
 * Publishes the outbox to Kafka: oldest first, with an idempotent producer and {@code acks=all},
 * marking each row published once the broker has acknowledged it. A row that fails is retried
 * with exponential backoff, and later rows of the same key wait for it, so events of one
 * aggregate keep their order. One relay per database works at a time (an advisory lock), so
 * several instances of a service can run side by side. Delivery is at least once: a crash
 * between the acknowledgement and the commit publishes a row again, which consumers ignore.
 * Each row's payload is already the structured-mode event, so it is sent as it is, with the
 * {@code content-type} header of structured mode (see {@link EventEnvelope} for why no
 * CloudEvents Kafka serializer is involved).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: one relay per database at a time. */
    private static final long RELAY_LOCK = 0x6d61646f_6f757462L;

    private final AgroalDataSource dataSource;
    private final EventingConfig config;
    private final Map<String, Object> kafkaConfig;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Every publishing run happens on this one thread, so runs never overlap in this instance. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private KafkaProducer<String, String> producer;

    OutboxRelay(AgroalDataSource dataSource, EventingConfig config,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    /** The fallback poll: picks up rows whose retry is due and rows written by other instances. */
    @Scheduled(every = "${madoguchi.eventing.relay.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /**
     * Asks the relay to publish what is due now; called after every commit that wrote to the
     * outbox, so events leave at once rather than at the next poll. Wake-ups that arrive while a
     * run is queued are merged into it.
     */
    public void wake() {
        if (config.relay().enabled() && queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::publishPending);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    private void publishPending() {
        queued.set(false);
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == config.relay().batchSize());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay run failed; the next poll retries");
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement published = c.prepareStatement(
                         "delete from event_outbox where published_at < now() - make_interval(secs => ?)");
                 PreparedStatement processed = c.prepareStatement(
                         "delete from processed_event where processed_at < now() - make_interval(secs => ?)")) {
                published.setLong(1, config.relay().publishedRetention().toSeconds());
                processed.setLong(1, config.processedRetention().toSeconds());
                published.executeUpdate();
                processed.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot delete old outbox rows", e);
            }
        });
    }

    /**
     * Publishes one batch of due rows in one transaction; returns how many rows it took, which
     * equals the batch size when more may be waiting.
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (!tryRelayLock(c)) {
                    return 0;
                }
                List<PendingRow> rows = due(c);
                if (rows.isEmpty()) {
                    return 0;
                }
                send(c, rows);
                return rows.size();
            }
        });
    }

    private void send(Connection c, List<PendingRow> rows) throws SQLException {
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        RuntimeException unavailable = null;
        for (PendingRow row : rows) {
            if (unavailable != null) {
                // the producer could not even take the first record (e.g. no metadata): do not wait again per row
                acks.add(CompletableFuture.failedFuture(unavailable));
                continue;
            }
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> ack;
            try {
                ack = kafka.send(record);
            } catch (RuntimeException e) {
                ack = CompletableFuture.failedFuture(e);
            }
            acks.add(ack);
            unavailable = failedAtOnce(ack);
        }
        kafka.flush();
        List<Long> published = new ArrayList<>();
        int failed = 0;
        String firstError = null;
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get();
                published.add(rows.get(i).id());
            } catch (ExecutionException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                firstError = firstError == null ? error : firstError;
                failed++;
                postpone(c, rows.get(i), error);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing the outbox", e);
            }
        }
        markPublished(c, published);
        if (failed > 0) {
            LOG.warnf("Outbox relay: %d of %d events not published, retried with backoff (%s)", failed, rows.size(), firstError);
        }
    }

    /** The error of a send that failed before it left (no metadata within max.block.ms), else null. */
    private static RuntimeException failedAtOnce(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return null;
        }
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException(e);
        }
    }

    private static boolean tryRelayLock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<PendingRow> due(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                select o.id, o.topic, o.message_key, o.payload, o.attempts
                  from event_outbox o
                 where o.published_at is null
                   and o.next_attempt_at <= now()
                   and not exists (select 1 from event_outbox earlier
                                    where earlier.published_at is null
                                      and earlier.message_key = o.message_key
                                      and earlier.id < o.id
                                      and earlier.next_attempt_at > now())
                 order by o.id
                 limit ?""")) {
            select.setInt(1, config.relay().batchSize());
            List<PendingRow> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PendingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return rows;
        }
    }

    private static void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "update event_outbox set published_at = now(), last_error = null where id = any(?)")) {
            update.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    private void postpone(Connection c, PendingRow row, String error) throws SQLException {
        Duration wait = backoff(row.attempts() + 1);
        try (PreparedStatement update = c.prepareStatement("""
                update event_outbox
                   set attempts = attempts + 1,
                       next_attempt_at = now() + make_interval(secs => ?),
                       last_error = ?
                 where id = ?""")) {
            update.setDouble(1, wait.toMillis() / 1000.0);
            update.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
            update.setLong(3, row.id());
            update.executeUpdate();
        }
    }

    private Duration backoff(int attempts) {
        return backoff(attempts, config.relay().initialBackoff(), config.relay().maxBackoff());
    }

    /** Exponential backoff: initial × 2^(attempts-1), at most {@code max}. */
    static Duration backoff(int attempts, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            long timeout = config.relay().sendTimeout().toMillis();
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            settings.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2));
            settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
            settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(config.relay().sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer();
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private record PendingRow(long id, String topic, String key, String payload, int attempts) {
    }
}
