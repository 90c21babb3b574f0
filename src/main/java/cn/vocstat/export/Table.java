package cn.vocstat.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One output table: the same rows become a workbook sheet and a CSV file. Cells are
 * {@link String}, {@link java.math.BigDecimal}, {@link Long}, {@link Integer}, {@link Formatted} or null.
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Builder named(String name, Column... columns) {
        return new Builder(name, List.of(columns));
    }

    /** Collects rows; a row must have one cell per column. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<Column> columns) {
            this.name = name;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(name + ": row has " + cells.length + " cells for " + columns.size() + " columns");
            }
            rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))));
            return this;
        }

        public Table build() {
            return new Table(name, columns, rows);
        }
    }
}
