package cn.vocstat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/**
 * One run of a report year at a time per database, whatever output folder each run writes to. On
 * MySQL / MariaDB a named lock (GET_LOCK) held by a connection of the run; elsewhere (H2) a row of
 * vs_run_lock locked FOR UPDATE in a transaction that the run keeps open. Either is released when the
 * run closes it, and by the database when the run's connection dies with its process.
 */
@Repository
public class YearLock {

    private final DataSource dataSource;

    public YearLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A year's lock while it is held; closing it releases the lock and its connection. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;
        private final String name;

        private Held(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                if (name != null) {
                    try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                        release.setString(1, name);
                        release.execute();
                    }
                } else {
                    connection.rollback();
                }
            }
        }
    }

    /** The year's lock, or empty when another run of the year holds it on this database. */
    public Optional<Held> tryAcquire(int year) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            Optional<Held> held = isMySql(connection) ? named(connection, year) : row(connection, year);
            if (held.isEmpty()) {
                connection.close();
            }
            return held;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }

    /** Named locks are server-wide: the name carries the database, so two databases on one server do not block each other. */
    private static Optional<Held> named(Connection connection, int year) throws SQLException {
        String database;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT DATABASE()")) {
            rs.next();
            database = rs.getString(1);
        }
        String name = "vocstat:" + year + ":" + database;
        if (name.length() > 64) {
            name = "vocstat:" + year + ":" + cn.vocstat.model.Sha256.of(database).substring(0, 40);
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            lock.setString(1, name);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1 ? Optional.of(new Held(connection, name)) : Optional.empty();
            }
        }
    }

    private static Optional<Held> row(Connection connection, int year) throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO vs_run_lock (report_year) SELECT ? FROM (VALUES (0)) t WHERE NOT EXISTS (SELECT 1 FROM vs_run_lock WHERE report_year = ?)")) {
            insert.setInt(1, year);
            insert.setInt(2, year);
            insert.executeUpdate();
        } catch (SQLException e) {
            // another run inserted the row at the same moment: it exists now, which is all that is needed
        }
        connection.setAutoCommit(false);
        String usualTimeout = setting(connection, "LOCK_TIMEOUT");
        try (Statement timeout = connection.createStatement()) {
            timeout.execute("SET LOCK_TIMEOUT 100");
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT report_year FROM vs_run_lock WHERE report_year = ? FOR UPDATE")) {
            lock.setInt(1, year);
            lock.executeQuery().close();
            return Optional.of(new Held(connection, null));
        } catch (SQLException e) {
            if (isLockTimeout(e)) {
                connection.rollback();
                return Optional.empty();
            }
            throw e;
        } finally {
            if (usualTimeout != null) {
                try (Statement timeout = connection.createStatement()) {
                    timeout.execute("SET LOCK_TIMEOUT " + Integer.parseInt(usualTimeout));
                }
            }
        }
    }

    /** A setting of this H2 session, so that the pooled connection goes back as it came. */
    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** H2's "Timeout trying to lock table" / "concurrent update" codes. */
    private static boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == 50200 || e.getErrorCode() == 90131 || "HYT00".equals(e.getSQLState());
    }
}
