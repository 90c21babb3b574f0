package cn.vocstat.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One output table: the same rows become a workbook sheet and a CSV file. Cells are
 * {@link String}, {@link java.math.BigDecimal}, {@link Long}, {@link Integer}, {@link Formatted} or null.
 * The rows are produced each time the table is written, from the stored rows of the run or from a
 * list, so a table of a million rows is never held; {@code size} says how many there will be, or
 * {@link #UNKNOWN_SIZE} when only writing it tells.
 */
public record Table(String name, List<Column> columns, long size, Rows rows) {

    public static final long UNKNOWN_SIZE = -1;

    /** Produces the rows of a table into a sink, in order. */
    @FunctionalInterface
    public interface Rows {
        void write(Sink sink);
    }

    /** Takes one row at a time: one cell per column. */
    @FunctionalInterface
    public interface Sink {
        void row(Object... cells);
    }

    public Table {
        columns = List.copyOf(columns);
    }

    /** A table whose rows are produced when it is written. */
    public static Table streamed(String name, List<Column> columns, long size, Rows rows) {
        return new Table(name, columns, size, rows);
    }

    public static Builder named(String name, Column... columns) {
        return new Builder(name, List.of(columns));
    }

    /** Writes every row into the sink; a row with a cell too many or too few is a fault of the table's code. */
    public void forEachRow(Sink sink) {
        rows.write(cells -> {
            if (cells.length != columns.size()) {
                throw new IllegalStateException(name + ": row has " + cells.length + " cells for " + columns.size() + " columns");
            }
            sink.row(cells);
        });
    }

    /** Collects the rows of a small table in memory. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns;
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(String name, List<Column> columns) {
            this.name = name;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(name + ": row has " + cells.length + " cells for " + columns.size() + " columns");
            }
            rows.add(cells.clone());
            return this;
        }

        public Table build() {
            List<Object[]> fixed = List.copyOf(rows);
            return new Table(name, columns, fixed.size(), sink -> fixed.forEach(sink::row));
        }
    }
}
