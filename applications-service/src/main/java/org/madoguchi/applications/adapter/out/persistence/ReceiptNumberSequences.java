package org.madoguchi.applications.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.application.port.out.ReceiptNumbers;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.calendar.FiscalYear;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Receipt numbers from one PostgreSQL sequence per fiscal year ({@code receipt_fy2022}): {@code nextval} neither
 * waits for other transactions nor is rolled back, so concurrent submissions never queue on a counter row, and a
 * number is never given twice, across instances too. A submission that fails after taking its number leaves a gap.
 * The sequence of a year is created the first time a number of that year is asked for.
 */
@ApplicationScoped
class ReceiptNumberSequences implements ReceiptNumbers {

    private final AgroalDataSource dataSource;
    private final Set<Integer> created = ConcurrentHashMap.newKeySet();

    ReceiptNumberSequences(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ReceiptNumber next(FiscalYear year) {
        String sequence = "receipt_fy" + year.startYear();
        if (!created.contains(year.startYear())) {
            create(sequence);
            created.add(year.startYear());
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement next = connection.prepareStatement("select nextval(?::regclass)")) {
            next.setString(1, sequence);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return new ReceiptNumber(year, row.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take a receipt number of " + year, e);
        }
    }

    /**
     * Creates the year's sequence outside the caller's transaction (suspended meanwhile: a connection enlisted in it
     * could not commit on its own), so that it exists for every instance at once.
     */
    private void create(String sequence) {
        QuarkusTransaction.suspendingExisting().run(() -> createNow(sequence));
    }

    private void createNow(String sequence) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement create = connection.createStatement()) {
                create.execute("create sequence if not exists " + sequence + " as bigint minvalue 1 no cycle");
            }
        } catch (SQLException e) {
            // two instances creating the same sequence at once: one of them wins, which is all that is needed
            if (!"23505".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create the receipt number sequence " + sequence, e);
            }
        }
    }
}
