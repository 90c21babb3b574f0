package cn.vocstat.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
            write(directory.resolve(table.name() + ".csv"), table);
        }
    }

    private static void write(Path target, Table table) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(table.columns().stream().map(c -> CellSafety.neutralise(c.header())).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(value -> cells.add(text(value)));
                printer.printRecord(cells);
            }
            printer.flush();
        });
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Formatted formatted) {
            return formatted.value() == null ? "" : formatted.value().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return CellSafety.neutralise(value.toString());
    }
}
