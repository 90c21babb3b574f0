package cn.vocstat.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of one table written as JDBC batches of one prepared single-row INSERT, a few hundred rows a
 * round trip: H2 runs a batch without parsing each row, and MySQL Connector/J sends it as multi-row
 * INSERTs ({@code rewriteBatchedStatements}, set in the mysql profile). Values are bound as they are:
 * Spring's argument setter would ask the driver for each null's type, which costs more than the insert.
 */
final class BatchInsert {

    private static final int ROWS_PER_BATCH = 500;
    /** File contents pending at most, so that a batch of large returns never fills the heap. */
    private static final long BYTES_PER_BATCH = 8L << 20;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_BATCH);
    private long pendingBytes;
    private int written;
    private long nanos;

    BatchInsert(JdbcTemplate jdbc, String table, List<String> columns) {
        this.jdbc = jdbc;
        this.sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + "?,".repeat(columns.size() - 1) + "?)";
    }

    void add(Object... row) {
        pending.add(row);
        for (Object value : row) {
            if (value instanceof byte[] content) {
                pendingBytes += content.length;
            }
        }
        if (pending.size() == ROWS_PER_BATCH || pendingBytes >= BYTES_PER_BATCH) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        jdbc.execute(sql, (PreparedStatement statement) -> {
            for (Object[] row : pending) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        nanos += System.nanoTime() - started;
        written += pending.size();
        pending.clear();
        pendingBytes = 0;
    }

    /** Rows written so far. */
    int written() {
        return written;
    }

    /** Time spent writing them. */
    long nanos() {
        return nanos;
    }
}
