package cn.vocstat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.model.FieldLimit;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The schema holds whatever the field catalogue admits: every column of the consolidated tables is
 * in {@link StoredColumn#ALL}, and each is wide enough for its limit, on H2 and on MySQL/MariaDB.
 * Narrowing a column or widening a field's limit without the other fails here, not at a school's file.
 */
class StoredColumnsTest {

    private record DbColumn(String type, Long length, Integer precision, Integer scale) {
    }

    @Test
    void theEmbeddedSchemaHoldsEveryFieldAtItsLimit() throws SQLException {
        String url = "jdbc:h2:mem:stored-columns;DB_CLOSE_DELAY=-1";
        Migrations.apply(Flyway.configure().dataSource(url, "sa", ""), url).load().migrate();
        try (Connection h2 = DriverManager.getConnection(url, "sa", "")) {
            compare(columns(h2, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE "
                    + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'VS\\_%'"));
        }
    }

    @Test
    void theMySqlSchemaHoldsEveryFieldAtItsLimit() throws SQLException {
        MySqlServer.require();
        String url = MySqlServer.freshDatabase("vocstat_test_columns");
        Migrations.apply(Flyway.configure().dataSource(url, MySqlServer.USER, MySqlServer.PASSWORD), url).load().migrate();
        try (Connection mysql = MySqlServer.connect("vocstat_test_columns")) {
            compare(columns(mysql, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE "
                    + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'vocstat_test_columns' AND TABLE_NAME LIKE 'vs\\_%'"));
        }
    }

    private static Map<String, DbColumn> columns(Connection connection, String query) throws SQLException {
        Map<String, DbColumn> columns = new TreeMap<>();
        try (ResultSet rs = connection.createStatement().executeQuery(query)) {
            while (rs.next()) {
                columns.put(rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2).toLowerCase(Locale.ROOT),
                        new DbColumn(rs.getString(3).toLowerCase(Locale.ROOT), (Long) rs.getObject(4, Long.class),
                                (Integer) rs.getObject(5, Integer.class), (Integer) rs.getObject(6, Integer.class)));
            }
        }
        return columns;
    }

    private static void compare(Map<String, DbColumn> schema) {
        Map<String, StoredColumn> catalogue = new TreeMap<>();
        StoredColumn.ALL.forEach(c -> catalogue.put(c.table() + "." + c.column(), c));
        assertEquals(new TreeSet<>(schema.keySet()), new TreeSet<>(catalogue.keySet()), "every stored column has a limit in the catalogue, and only those");
        List<String> tooNarrow = new ArrayList<>();
        catalogue.forEach((name, column) -> {
            if (column.isSized() && !holds(schema.get(name), column.limit())) {
                tooNarrow.add(name + " " + schema.get(name) + " cannot hold " + column.limit().describe());
            }
        });
        assertEquals(List.of(), tooNarrow);
        assertTrue(StoredColumn.MESSAGE.maxLength() <= 2000 && StoredColumn.MESSAGE.maxLength() > 100, "messages are bounded: " + StoredColumn.MESSAGE);
    }

    private static boolean holds(DbColumn column, FieldLimit limit) {
        String type = column.type();
        if (!limit.isNumber()) {
            return (type.contains("char")) && column.length() != null && column.length() >= limit.maxLength();
        }
        BigDecimal max = limit.max();
        if (type.equals("int") || type.equals("integer")) {
            return limit.scale() == 0 && max.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        }
        if (type.equals("bigint")) {
            return limit.scale() == 0 && max.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        }
        if (type.equals("decimal") || type.equals("numeric")) {
            BigDecimal largest = BigDecimal.TEN.pow(column.precision() - column.scale()).subtract(BigDecimal.ONE.movePointLeft(column.scale()));
            return column.scale() >= limit.scale() && max.compareTo(largest) <= 0;
        }
        return false;
    }
}
