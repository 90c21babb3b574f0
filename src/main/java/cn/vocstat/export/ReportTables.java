package cn.vocstat.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The run's output tables in sheet order, written from its stored rows: each table as CSV and,
 * unless it is too long to be read there, as a sheet of the analyst workbook, both in one pass.
 * A table of more than {@value #SHEET_ROWS} rows (专业设置 of a national run) goes to CSV and the
 * database alone; 指标汇总 then keeps the city's rows in the workbook (each school's indicators
 * stay in the per-school sheets). The workbook's first sheet, 说明, says where each table is. A
 * change report that says anything is also written on its own (变更说明.xlsx).
 */
public final class ReportTables {

    /** Rows beyond which a table is left to its CSV file: Excel opens a million rows, nobody reads them there. */
    public static final long SHEET_ROWS = 100_000;
    static final String GUIDE_SHEET = "说明";

    private ReportTables() {
    }

    /** Where one table was written: all its rows in CSV, {@code sheetRows} of them in the workbook. */
    public record Placement(String table, long rows, long sheetRows) {
    }

    private static List<Table> build(RunReport report) {
        return List.of(
                IndicatorTables.summary(report),
                SchoolTables.overview(report),
                MajorTables.majors(report),
                MajorTables.newMajors(report),
                SchoolTables.studentsAndEmployment(report),
                SchoolTables.teachers(report),
                AwardTables.summary(report),
                AwardTables.lines(report),
                SchoolTables.services(report),
                SchoolTables.finance(report),
                QualityTables.cityStatistics(report),
                QualityTables.findings(report),
                QualityTables.sources(report),
                ChangeTables.changes(report));
    }

    /** Writes the run's tables into the layout's workbook, CSV folder and change report; what was placed where. */
    public static List<Placement> write(OutputLayout layout, RunReport report) throws IOException {
        return write(layout, build(report), SHEET_ROWS, table -> abridged(table, report));
    }

    /**
     * Writes the tables: each whole to CSV, and to the workbook when it has at most {@code sheetRows}
     * rows, else the leading rows {@code abridged} keeps of it (if any).
     */
    static List<Placement> write(OutputLayout layout, List<Table> tables, long sheetRows, Function<Table, Optional<Table>> abridged)
            throws IOException {
        Files.createDirectories(layout.csvDir());
        List<Placement> placements = new ArrayList<>();
        CsvTableWriter csv = new CsvTableWriter();
        Files.deleteIfExists(layout.changeReport());
        try (XlsxTableWriter.Book book = new XlsxTableWriter.Book()) {
            for (Table table : tables) {
                Path file = layout.csvDir().resolve(table.name() + ".csv");
                if (table.size() != Table.UNKNOWN_SIZE) {
                    placements.add(write(book, csv, file, table, sheetRows, abridged));
                    continue;
                }
                try (RowSpool spool = new RowSpool(layout.csvDir().resolve("." + table.name() + ".rows"))) {
                    long rows = csv.write(file, table, spool::add);
                    Table written = spool.replay(table);
                    long inSheet = rows <= sheetRows ? writeSheet(book, written) : 0;
                    placements.add(new Placement(table.name(), rows, inSheet));
                    if (table.name().equals(ChangeTables.SHEET) && rows > 0 && rows == inSheet) {
                        new XlsxTableWriter().write(layout.changeReport(), List.of(written));
                    }
                }
            }
            Table guide = guide(placements, sheetRows);
            writeSheet(book, guide);
            book.putFirst(GUIDE_SHEET);
            book.write(layout.workbook());
        }
        return placements;
    }

    /** Writes a table of known length: to CSV and the sheet in one pass, or to CSV alone and what of it the workbook keeps. */
    private static Placement write(XlsxTableWriter.Book book, CsvTableWriter csv, Path file, Table table, long sheetRows,
                                   Function<Table, Optional<Table>> abridged) throws IOException {
        if (table.size() <= sheetRows) {
            XlsxTableWriter.Sheet sheet = book.sheet(table);
            long rows = csv.write(file, table, sheet);
            sheet.finish();
            return new Placement(table.name(), rows, rows);
        }
        long rows = csv.write(file, table, cells -> {
        });
        Optional<Table> kept = abridged.apply(table);
        return new Placement(table.name(), rows, kept.isPresent() ? writeSheet(book, kept.get()) : 0);
    }

    /** What of a table too long for the workbook stays there: the city's indicators of 指标汇总; nothing of the others. */
    private static Optional<Table> abridged(Table table, RunReport report) {
        return table.name().equals(IndicatorTables.SHEET) ? Optional.of(IndicatorTables.citySummary(report)) : Optional.empty();
    }

    private static long writeSheet(XlsxTableWriter.Book book, Table table) {
        XlsxTableWriter.Sheet sheet = book.sheet(table);
        long[] rows = {0};
        table.forEachRow(cells -> {
            sheet.row(cells);
            rows[0]++;
        });
        sheet.finish();
        return rows[0];
    }

    /** 说明: every table, its rows, and how many of them the workbook holds; the CSV file holds them all. */
    private static Table guide(List<Placement> placements, long sheetRows) {
        Table.Builder table = Table.named(GUIDE_SHEET, Column.text("表"), Column.integer("行数"), Column.text("本工作簿中"),
                Column.text("CSV 文件（全部行）"));
        for (Placement placement : placements) {
            String here = placement.sheetRows() == placement.rows() ? "全部"
                    : placement.sheetRows() == 0 ? String.format("无：超过 %,d 行，请用 CSV 文件或数据库", sheetRows)
                    : String.format("前 %,d 行：全部超过 %,d 行，其余见 CSV 文件或数据库", placement.sheetRows(), sheetRows);
            table.row(placement.table(), placement.rows(), here, "csv/" + placement.table() + ".csv");
        }
        return table.build();
    }
}
