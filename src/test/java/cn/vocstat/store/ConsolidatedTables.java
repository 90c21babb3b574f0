package cn.vocstat.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every consolidated table, row by row in key order, as comparable text; decimals exact. */
public final class ConsolidatedTables {

    /** Table → its key columns, in the order rows are compared. */
    static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("vs_run", "run_id");
        KEYS.put("vs_source_file", "run_id, file_name");
        KEYS.put("vs_school", "run_id, school_code");
        KEYS.put("vs_major", "run_id, school_code, row_no");
        KEYS.put("vs_award", "run_id, school_code, row_no");
        KEYS.put("vs_indicator", "run_id, indicator_id, scope_code");
        KEYS.put("vs_finding", "run_id, seq");
    }

    /** When a run was stored and published, and the output folder it published to, differ between any two runs; nothing else may. */
    private static final java.util.Set<String> VARYING_COLUMNS = java.util.Set.of("stored_at", "published_at", "output_dir");

    private ConsolidatedTables() {
    }

    public static Map<String, List<String>> snapshot(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (var table : KEYS.entrySet()) {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                        if (!VARYING_COLUMNS.contains(column)) {
                            row.append(column).append('=').append(text(rs.getObject(c))).append("; ");
                        }
                    }
                    rows.add(row.toString());
                }
            }
            tables.put(table.getKey(), rows);
        }
        return tables;
    }

    public static Map<String, Integer> counts(Connection connection) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : KEYS.keySet()) {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                counts.put(table, rs.getInt(1));
            }
        }
        return counts;
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.LocalDateTime time) {
            return Timestamp.valueOf(time).toInstant().toString();
        }
        return String.valueOf(value);
    }
}
