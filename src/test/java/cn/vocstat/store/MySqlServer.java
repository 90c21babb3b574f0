package cn.vocstat.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The MySQL-protocol server the database tests run against: 127.0.0.1:3306, user root without a
 * password, unless VOCSTAT_TEST_DB_HOST / _PORT / _USER / _PASSWORD say otherwise. The tests use
 * their own databases (vocstat_test_*), never {@code test}.
 */
final class MySqlServer {

    static final String HOST = env("VOCSTAT_TEST_DB_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(env("VOCSTAT_TEST_DB_PORT", "3306"));
    static final String USER = env("VOCSTAT_TEST_DB_USER", "root");
    static final String PASSWORD = env("VOCSTAT_TEST_DB_PASSWORD", "");

    private static final String HOW_TO_START = "start one with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd "
            + "(apt-get install -y mariadb-server first if /usr/sbin/mariadbd is missing), or point VOCSTAT_TEST_DB_HOST/PORT/USER/PASSWORD at a server";

    private MySqlServer() {
    }

    /** Fails under CI (the tests must run there), skips with a visible notice elsewhere. */
    static void require() {
        try (Connection ignored = connect("")) {
            return;
        } catch (SQLException e) {
            String message = "No MySQL/MariaDB server at " + HOST + ":" + PORT + " (" + e.getMessage() + "): " + HOW_TO_START;
            if (System.getenv("CI") != null) {
                fail(message);
            }
            System.err.println("SKIPPED MySQL tests: " + message);
            Assumptions.abort(message);
        }
    }

    /** A new, empty utf8mb4 database; returns its JDBC URL. */
    static String freshDatabase(String name) throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return url(name, PORT);
    }

    static String url(String database, int port) {
        return "jdbc:mysql://" + HOST + ":" + port + "/" + database + "?connectTimeout=3000";
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database, PORT), USER, PASSWORD);
    }

    /** Command-line arguments that run the job on the given MySQL database. */
    static String[] jobArguments(String url) {
        return new String[] {"--db-url", url, "--db-user", USER, "--spring.datasource.password=" + PASSWORD};
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
