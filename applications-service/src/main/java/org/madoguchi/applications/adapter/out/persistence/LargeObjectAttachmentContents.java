package org.madoguchi.applications.adapter.out.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.madoguchi.applications.application.port.out.AttachmentContents;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentNotFound;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/**
 * The bytes of uploads as PostgreSQL large objects, through pgjdbc's {@link LargeObjectManager}, in chunks of
 * {@value #CHUNK} bytes: a file is never held whole in memory. It works on the connection of the caller's
 * transaction (the datasource hands the same one out within a transaction), so that a rollback removes what it wrote;
 * a write that fails unlinks its large object at once all the same.
 */
@ApplicationScoped
class LargeObjectAttachmentContents implements AttachmentContents {

    /** Bytes moved per round trip to the database. */
    static final int CHUNK = 64 * 1024;

    private final DataSource dataSource;

    LargeObjectAttachmentContents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long write(AttachmentId id, InputStream content) {
        try (Connection connection = dataSource.getConnection()) {
            LargeObjectManager objects = largeObjects(connection);
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            try {
                long written = copy(content, objects, oid);
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into attachment_content (attachment_id, content) values (?, ?)")) {
                    insert.setObject(1, id.value());
                    insert.setLong(2, oid);
                    insert.executeUpdate();
                }
                return written;
            } catch (IOException unreadable) {
                unlinkQuietly(objects, oid, unreadable);
                throw new UncheckedIOException(unreadable);
            } catch (RuntimeException | SQLException failed) {
                unlinkQuietly(objects, oid, failed);
                throw failed;
            }
        } catch (SQLException database) {
            throw new IllegalStateException("cannot store the content of upload " + id, database);
        }
    }

    @Override
    public InputStream open(AttachmentId id) {
        try (Connection connection = dataSource.getConnection()) {
            long oid = oidOf(connection, id).orElseThrow(AttachmentNotFound::new);
            return new LargeObjectStream(largeObjects(connection).open(oid, LargeObjectManager.READ));
        } catch (SQLException database) {
            throw new IllegalStateException("cannot read the content of upload " + id, database);
        }
    }

    @Override
    public boolean exists(AttachmentId id) {
        try (Connection connection = dataSource.getConnection()) {
            return oidOf(connection, id).isPresent();
        } catch (SQLException database) {
            throw new IllegalStateException("cannot look up the content of upload " + id, database);
        }
    }

    @Override
    public boolean delete(AttachmentId id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from attachment_content where attachment_id = ? returning content")) {
            delete.setObject(1, id.value());
            try (ResultSet deleted = delete.executeQuery()) {
                if (!deleted.next()) {
                    return false;
                }
                largeObjects(connection).unlink(deleted.getLong(1));
                return true;
            }
        } catch (SQLException database) {
            throw new IllegalStateException("cannot delete the content of upload " + id, database);
        }
    }

    private static long copy(InputStream content, LargeObjectManager objects, long oid)
            throws IOException, SQLException {
        LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
        try {
            byte[] chunk = new byte[CHUNK];
            long written = 0;
            for (int read = content.readNBytes(chunk, 0, CHUNK); read > 0; read = content.readNBytes(chunk, 0, CHUNK)) {
                object.write(chunk, 0, read);
                written += read;
            }
            return written;
        } finally {
            object.close();
        }
    }

    private static OptionalLong oidOf(Connection connection, AttachmentId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select content from attachment_content where attachment_id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? OptionalLong.of(found.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static LargeObjectManager largeObjects(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getLargeObjectAPI();
    }

    private static void unlinkQuietly(LargeObjectManager objects, long oid, Exception cause) {
        try {
            objects.unlink(oid);
        } catch (SQLException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    /** A large object read in chunks, closed with the stream; valid until the transaction ends. */
    private static final class LargeObjectStream extends InputStream {

        private final LargeObject object;
        private boolean ended;

        LargeObjectStream(LargeObject object) {
            this.object = object;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (ended) {
                return -1;
            }
            try {
                int read = object.read(buffer, offset, Math.min(length, CHUNK));
                if (read <= 0) {
                    ended = true;
                    return -1;
                }
                return read;
            } catch (SQLException database) {
                throw new IOException("cannot read a large object", database);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                object.close();
            } catch (SQLException database) {
                throw new IOException("cannot close a large object", database);
            }
        }
    }
}
