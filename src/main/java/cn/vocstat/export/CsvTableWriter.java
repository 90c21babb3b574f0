package cn.vocstat.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes each table as {@code <name>.csv}: UTF-8 with a BOM so that Excel opens Chinese right,
 * RFC 4180, exact decimals, text neutralised against formula injection.
 */
public final class CsvTableWriter {

    public void write(Path directory, List<Table> tables) throws IOException {
        for (Table table : tables) {
            write(directory.resolve(table.name() + ".csv"), table, cells -> {
            });
        }
    }

    /** Writes the table to the file, handing each row to {@code alsoTo} as well; the rows written. */
    public long write(Path target, Table table, Table.Sink alsoTo) throws IOException {
        long[] rows = {0};
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(table.columns().stream().map(c -> CellSafety.neutralise(c.header())).toList());
            String[] cells = new String[table.columns().size()];
            try {
                table.forEachRow(row -> {
                    for (int c = 0; c < row.length; c++) {
                        cells[c] = text(row[c], table.columns().get(c).format());
                    }
                    try {
                        printer.printRecord((Object[]) cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    alsoTo.row(row);
                    rows[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
        return rows[0];
    }

    /** The exact digits; an amount (万元 or 元) with its two decimals at least, as money is written. */
    private static String number(BigDecimal value, Format format) {
        return (format == Format.AMOUNT && value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    private static String text(Object value, Format columnFormat) {
        if (value == null) {
            return "";
        }
        if (value instanceof Formatted formatted) {
            return formatted.value() == null ? "" : number(formatted.value(), formatted.format());
        }
        if (value instanceof BigDecimal number) {
            return number(number, columnFormat);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return CellSafety.neutralise(value.toString());
    }
}
