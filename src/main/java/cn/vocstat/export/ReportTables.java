package cn.vocstat.export;

import cn.vocstat.rules.Severity;
import cn.vocstat.store.StoredRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
                IndicatorTables.headlines(report),
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

    /** What each table holds, as 说明 tells the reader. */
    private static final Map<String, String> CONTENTS = Map.ofEntries(
            Map.entry(IndicatorTables.HEADLINES_SHEET, "全市主要指标一页纸：本年值、上年值、变化"),
            Map.entry(IndicatorTables.SHEET, "全市和各校的每项指标：本年值、上年值、变化、分子分母、公式"),
            Map.entry("学校概况", "纳入统计的学校：类型、建设水平、举办性质、主管部门、数据状态"),
            Map.entry("专业设置", "各校的每个专业：目录名称、大类、新增、品牌、特色、贯通和人数"),
            Map.entry("新增专业", "当年新增的专业点"),
            Map.entry("学生与就业", "各校招生、在校、毕业、就业、升学人数与比例；末行全市"),
            Map.entry("教师队伍", "各校教职工、专任教师、职称、双师型人数与比例；末行全市"),
            Map.entry("技能大赛", "按赛事、级别、参赛类别、奖项等级汇总的获奖数"),
            Map.entry("技能大赛明细", "每一条获奖记录及其来源（文件、工作表、行）"),
            Map.entry("社会服务与合作", "各校志愿服务与校企合作；末行为全市合计"),
            Map.entry("经费", "各校收入与支出（万元）；末行为全市合计"),
            Map.entry("市级统计", "所用的市级统计数：原值、单位、折合元"),
            Map.entry("数据质量", "每一条审核发现：学校、文件、位置、规则、说明、处理状态"),
            Map.entry("数据来源", "报表目录中的每个文件，及沿用的上次采用版本：学校、SHA-256、大小、接收时间、状态"),
            Map.entry("口径与语句", "数据章节（.docx）的每个语句模板及其所用的指标"),
            Map.entry(ChangeTables.SHEET, "与本年度上一次发布的运行相比的变化"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /**
     * Writes the run's tables, and the {@code more} tables other stages make of it (the drafted sentences),
     * into the layout's workbook, CSV folder and change report; what was placed where.
     */
    public static List<Placement> write(OutputLayout layout, RunReport report, List<Table> more) throws IOException {
        ReportCharts.Data charts = ReportCharts.collect(report);
        List<Table> tables = new ArrayList<>(build(report));
        tables.addAll(tables.size() - 1, more);
        return write(layout, tables, SHEET_ROWS, table -> abridged(table, report), report.title("质量年报数据"), cover(report),
                Map.of(ChangeTables.SHEET, ChangeTables.heading(report)), workbook -> ReportCharts.draw(workbook, charts));
    }

    /** The first lines of 说明: which run this is, from what, with what coverage and findings, and how values are shown. */
    private static List<String> cover(RunReport report) {
        StoredRun run = report.run();
        long infos = report.rows().findingCount(run.runId(), Severity.INFO);
        String coverage = run.expected() == 0 ? "" : "，覆盖 " + (run.expected() - run.missing()) + "/" + run.expected();
        return List.of(
                "中等职业教育质量年度报告数据（" + run.year() + " 年度）",
                "运行 #" + run.runId() + "：汇总完成；开始于 " + TIME.format(report.started()) + "，生成于 " + TIME.format(Instant.now()),
                "输入指纹（SHA-256）：" + run.fingerprint(),
                "报表：" + report.rows().fileTally(run.runId()).describe() + "；学校：应报 " + run.expected() + " 所，缺报 " + run.missing()
                        + " 所" + coverage,
                "图表（见“" + ReportCharts.SHEET + "”表）：各校招生、在校生、毕业生；全市毕业生去向结构；各校专任教师职称结构",
                "审核发现：错误 " + run.errors() + " 个，警告 " + run.warnings() + " 个，提示 " + infos + " 个（见“数据质量”表）",
                "单位与舍入：人数、所数为整数；学校经费为万元（学校填报）；市级统计列出原值并折合为元；比例与增长率按四舍五入保留两位小数显示，"
                        + "CSV 文件和数据库保存精确值。");
    }

    /**
     * Writes the tables: each whole to CSV, and to the workbook when it has at most {@code sheetRows}
     * rows, else the leading rows {@code abridged} keeps of it (if any).
     */
    static List<Placement> write(OutputLayout layout, List<Table> tables, long sheetRows, Function<Table, Optional<Table>> abridged,
                                 String title, List<String> cover, Map<String, List<String>> headings,
                                 Consumer<XSSFWorkbook> drawnSheets) throws IOException {
        Files.createDirectories(layout.csvDir());
        List<Placement> placements = new ArrayList<>();
        CsvTableWriter csv = new CsvTableWriter();
        Files.deleteIfExists(layout.changeReport());
        try (XlsxTableWriter.Book book = new XlsxTableWriter.Book(title, drawnSheets)) {
            for (Table table : tables) {
                Path file = layout.csvDir().resolve(table.name() + ".csv");
                if (table.size() != Table.UNKNOWN_SIZE) {
                    placements.add(write(book, csv, file, table, sheetRows, abridged));
                    continue;
                }
                try (RowSpool spool = new RowSpool(layout.csvDir().resolve("." + table.name() + ".rows"))) {
                    long rows = csv.write(file, table, spool::add);
                    Table written = spool.replay(table);
                    List<String> heading = headings.getOrDefault(table.name(), List.of());
                    long inSheet = rows <= sheetRows ? writeSheet(book, written, heading) : 0;
                    placements.add(new Placement(table.name(), rows, inSheet));
                    if (table.name().equals(ChangeTables.SHEET) && rows > 0 && rows == inSheet) {
                        new XlsxTableWriter(title.replace("质量年报数据", "质量年报数据变更")).write(layout.changeReport(), written, heading);
                    }
                }
            }
            Table guide = guide(placements, sheetRows);
            writeSheet(book, guide, cover);
            book.putFirst(GUIDE_SHEET);
            if (placements.stream().anyMatch(p -> p.table().equals(IndicatorTables.HEADLINES_SHEET))) {
                book.putAt(IndicatorTables.HEADLINES_SHEET, 1);
                book.onOnePage(IndicatorTables.HEADLINES_SHEET);
            }
            book.write(layout.workbook());
        }
        return placements;
    }

    /** Writes a table of known length: to CSV and the sheet in one pass, or to CSV alone and what of it the workbook keeps. */
    private static Placement write(XlsxTableWriter.Book book, CsvTableWriter csv, Path file, Table table, long sheetRows,
                                   Function<Table, Optional<Table>> abridged) throws IOException {
        if (table.size() <= sheetRows) {
            XlsxTableWriter.Sheet sheet = book.sheet(table, List.of());
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
        return writeSheet(book, table, List.of());
    }

    private static long writeSheet(XlsxTableWriter.Book book, Table table, List<String> preamble) {
        XlsxTableWriter.Sheet sheet = book.sheet(table, preamble);
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
        Table.Builder table = Table.named(GUIDE_SHEET, Column.text("表"), Column.text("内容"), Column.integer("行数"), Column.text("本工作簿中"),
                Column.text("CSV 文件（全部行）"));
        for (Placement placement : placements) {
            String here = placement.sheetRows() == placement.rows() ? "全部"
                    : placement.sheetRows() == 0 ? String.format("无：超过 %,d 行，请用 CSV 文件或数据库", sheetRows)
                    : String.format("前 %,d 行：全部超过 %,d 行，其余见 CSV 文件或数据库", placement.sheetRows(), sheetRows);
            table.row(placement.table(), CONTENTS.getOrDefault(placement.table(), ""), placement.rows(), here, "csv/" + placement.table() + ".csv");
        }
        return table.build();
    }
}
