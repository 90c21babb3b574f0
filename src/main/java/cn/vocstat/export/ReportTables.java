package cn.vocstat.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    public static List<Table> build(RunReport report) {
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
        Files.createDirectories(layout.csvDir());
        List<Placement> placements = new ArrayList<>();
        CsvTableWriter csv = new CsvTableWriter();
        Files.deleteIfExists(layout.changeReport());
        try (XlsxTableWriter.Book book = new XlsxTableWriter.Book()) {
            for (Table table : build(report)) {
                Path file = layout.csvDir().resolve(table.name() + ".csv");
                long rows;
                long sheetRows;
                if (table.size() != Table.UNKNOWN_SIZE && table.size() <= SHEET_ROWS) {
                    XlsxTableWriter.Sheet sheet = book.sheet(table);
                    rows = csv.write(file, table, sheet);
                    sheet.finish();
                    sheetRows = rows;
                } else {
                    rows = csv.write(file, table, cells -> {
                    });
                    Optional<Table> inWorkbook = rows <= SHEET_ROWS ? Optional.of(table) : abridged(table, report);
                    sheetRows = inWorkbook.isPresent() ? writeSheet(book, inWorkbook.get()) : 0;
                }
                placements.add(new Placement(table.name(), rows, sheetRows));
                if (table.name().equals(ChangeTables.SHEET) && rows > 0 && rows == sheetRows) {
                    new XlsxTableWriter().write(layout.changeReport(), List.of(table));
                }
            }
            Table guide = guide(placements);
            writeSheet(book, guide);
            book.putFirst(GUIDE_SHEET);
            book.write(layout.workbook());
        }
        return placements;
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
    private static Table guide(List<Placement> placements) {
        Table.Builder table = Table.named(GUIDE_SHEET, Column.text("表"), Column.integer("行数"), Column.text("本工作簿中"),
                Column.text("CSV 文件（全部行）"));
        for (Placement placement : placements) {
            String here = placement.sheetRows() == placement.rows() ? "全部"
                    : placement.sheetRows() == 0 ? String.format("无：超过 %,d 行，请用 CSV 文件或数据库", SHEET_ROWS)
                    : String.format("仅全市指标 %,d 行：全部超过 %,d 行，各校指标见 CSV 文件或数据库", placement.sheetRows(), SHEET_ROWS);
            table.row(placement.table(), placement.rows(), here, "csv/" + placement.table() + ".csv");
        }
        return table.build();
    }
}
