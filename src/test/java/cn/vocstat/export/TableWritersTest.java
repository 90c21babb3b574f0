package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Outputs;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same table as a workbook sheet and as CSV: Excel-friendly, exact, and safe to open. */
class TableWritersTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd");

    @TempDir
    Path dir;

    private static Table table() {
        Table.Builder builder = Table.named("测试表", Column.text("学校名称"), Column.percent("就业率"), Column.integer("在校生数"), Column.amount("经费"));
        for (String text : HOSTILE) {
            builder.row(text, new BigDecimal("0.9907443116"), 6310L, new BigDecimal("-12.50"));
        }
        builder.row("阳泉市“综合”中专, 学校", null, -5L, new BigDecimal("0.10"));
        return builder.build();
    }

    @Test
    void csvIsUtf8WithBomRfc4180AndNeutralisesFormulaText() throws IOException {
        new CsvTableWriter().write(dir, List.of(table()));
        byte[] bytes = Files.readAllBytes(dir.resolve("测试表.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.contains("\r\n"), "RFC 4180 line breaks");
        List<CSVRecord> records;
        try (Reader reader = new java.io.StringReader(text)) {
            records = CSVFormat.RFC4180.parse(reader).getRecords();
        }
        assertEquals(List.of("学校名称", "就业率", "在校生数", "经费"), records.get(0).toList());
        for (int i = 0; i < HOSTILE.size(); i++) {
            CSVRecord record = records.get(i + 1);
            assertEquals("'" + HOSTILE.get(i), record.get(0));
            assertEquals("0.9907443116", record.get(1), "the exact value, not the rounded display");
            assertEquals("-12.50", record.get(3), "numbers are numbers, not neutralised text");
        }
        CSVRecord last = records.get(HOSTILE.size() + 1);
        assertEquals("阳泉市“综合”中专, 学校", last.get(0));
        assertEquals("", last.get(1));
        assertEquals("-5", last.get(2));
    }

    @Test
    void workbookHasFrozenHeaderFilterFormatsAndNeutralisedText() throws IOException {
        Path file = dir.resolve("out.xlsx");
        new XlsxTableWriter("测试").write(file, List.of(table()));
        Outputs outputs = Outputs.open(file);
        XSSFSheet sheet = outputs.workbook().getSheet("测试表");
        assertNotNull(sheet.getPaneInformation());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
        assertEquals("A1:D8", sheet.getCTWorksheet().getAutoFilter().getRef());
        var rows = outputs.rows("测试表");
        assertEquals("=HYPERLINK(\"http://x\")", rows.get(0).get("学校名称"), "shown as typed");
        assertTrue(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed(), "marked as text the way Excel does");
        assertFalse(sheet.getRow(7).getCell(0).getCellStyle().getQuotePrefixed(), "ordinary text is not marked");
        assertTrue(sheet.getPrintSetup().getLandscape(), "printed landscape");
        assertEquals(1, sheet.getPrintSetup().getFitWidth(), "one page wide");
        assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""), "the header row on every page");
        assertTrue(sheet.getFooter().getCenter().contains("&P") && sheet.getFooter().getCenter().contains("&N"), "第 N 页 共 M 页");
        assertEquals("99.07%", rows.get(0).get("就业率"));
        assertEquals("6,310", rows.get(0).get("在校生数"));
        assertEquals("-12.50", rows.get(0).get("经费"));
        assertTrue(sheet.getColumnWidth(0) > sheet.getColumnWidth(1), "widths fit the content");
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
    }

    @Test
    void aTableTooWideForOnePageAt8PointsPrintsAcrossPagesWithItsRowNamesOnEach() throws IOException {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.text("指标名称"), Column.text("范围")));
        for (int c = 0; c < 14; c++) {
            columns.add(Column.integer("较长的数值列标题第" + c + "列"));
        }
        Table.Builder builder = Table.named("宽表", columns.toArray(Column[]::new));
        Object[] values = new Object[columns.size()];
        values[0] = "中高级职称专任教师占比";
        values[1] = "阳泉市郊区职业高级中学校";
        java.util.Arrays.fill(values, 2, values.length, 6310L);
        Path file = dir.resolve("wide.xlsx");

        new XlsxTableWriter("测试").write(file, List.of(builder.row(values).build(), table()));

        XSSFSheet wide = Outputs.open(file).workbook().getSheet("宽表");
        assertFalse(wide.getFitToPage(), "printed at a fixed scale, never shrunk to whatever fits one page");
        double points = 10 * wide.getPrintSetup().getScale() / 100.0;
        assertTrue(points >= 8, "Chinese drawn 10 points wide printed at " + points + " points");
        assertEquals("A:B", wide.getRepeatingColumns().formatAsString().replace("$", ""), "the row's name on every page it runs across");
        XSSFSheet narrow = Outputs.open(file).workbook().getSheet("测试表");
        assertEquals(100, narrow.getPrintSetup().getScale(), "a narrow table prints at full size");
        assertEquals(null, narrow.getRepeatingColumns(), "on one page");
        assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT, narrow.getRow(0).getCell(1).getCellStyle().getAlignment(),
                "a header over numbers stands right like them");
        assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT, narrow.getRow(0).getCell(0).getCellStyle().getAlignment());
        assertEquals(1, narrow.getRow(0).getCell(0).getCellStyle().getIndention(), "text one indent off the number before it");
    }

    @Test
    void aChangeIsANumberTheWorkbookWordsAsTheReportDoes() throws IOException {
        Table table = Table.named("变化表", Column.text("指标名称"), new Column("变化", Format.CHANGE_COUNT))
                .row("在校生数", new Formatted(new BigDecimal("-233"), Format.CHANGE_COUNT))
                .row("就业率", new Formatted(new BigDecimal("0.18"), Format.CHANGE_POINTS))
                .row("学校经费总支出", new Formatted(new BigDecimal("1630.99"), Format.CHANGE_AMOUNT))
                .row("专业大类数", new Formatted(BigDecimal.ZERO, Format.CHANGE_COUNT)).build();
        Path file = dir.resolve("changes.xlsx");

        new XlsxTableWriter("测试").write(file, List.of(table));
        new CsvTableWriter().write(dir, List.of(table));

        Outputs outputs = Outputs.open(file);
        assertEquals(List.of("减少 233", "增加 0.18 个百分点", "增加 1,630.99", "持平"),
                outputs.rows("变化表").stream().map(row -> row.get("变化")).toList());
        assertEquals(-233, outputs.workbook().getSheet("变化表").getRow(1).getCell(1).getNumericCellValue(), "a number that sorts and sums");
        assertTrue(Files.readString(dir.resolve("变化表.csv")).contains("在校生数,-233"), "the CSV carries the number");
    }

    @Test
    void longTextWrapsInAColumnOfBoundedWidthAndItsRowIsTallEnough() throws IOException {
        String formula = "Σ获奖数（奖项等级 = 一等奖，参赛类别为学生或教师），按赛事、级别、参赛类别汇总后再合计";
        Table table = Table.named("公式表", Column.text("指标名称"), Column.note("计算公式"))
                .row("技能大赛一等奖", formula).row("学校数", "纳入统计的学校数").build();
        Path file = dir.resolve("notes.xlsx");

        new XlsxTableWriter("测试").write(file, List.of(table));

        XSSFSheet sheet = Outputs.open(file).workbook().getSheet("公式表");
        assertTrue(sheet.getRow(1).getCell(1).getCellStyle().getWrapText(), "wrapped");
        assertTrue(sheet.getColumnWidth(1) <= 25 * 256, "a bounded width: " + sheet.getColumnWidth(1) / 256);
        assertTrue(sheet.getRow(1).getHeightInPoints() >= 3 * 14, "three lines for the long formula: " + sheet.getRow(1).getHeightInPoints());
        assertTrue(sheet.getRow(2).getHeightInPoints() < 20, "one line for the short one");
        assertEquals(formula, sheet.getRow(1).getCell(1).getStringCellValue(), "the whole text kept");
    }

    @Test
    void aSchoolsLongestExplanationKeepsItsRowWithinExcelsLargestHeight() throws IOException {
        String explanation = "本".repeat(500); // the longest 说明 a school may give in 情况说明
        Table table = Table.named("说明表", Column.text("规则编号"), Column.note("学校说明或确认")).row("R-PRI-01", explanation).build();
        Path file = dir.resolve("long.xlsx");

        new XlsxTableWriter("测试").write(file, List.of(table));

        XSSFSheet sheet = Outputs.open(file).workbook().getSheet("说明表");
        assertTrue(sheet.getRow(1).getHeightInPoints() <= 409, "Excel refuses rows above 409 points: " + sheet.getRow(1).getHeightInPoints());
        assertTrue(sheet.getRow(1).getHeightInPoints() > 300, "and it is still as tall as it may be");
        assertEquals(explanation, sheet.getRow(1).getCell(1).getStringCellValue());
    }

    @Test
    void onPaperAWideTableRepeatsTheNamesOfItsRowsAndLeavesOffTheColumnsThatTraceThemToTheirFiles() throws IOException {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.text("学校标识码"), Column.text("学校名称"), Column.text("专业代码"),
                Column.text("专业名称")));
        for (int c = 0; c < 14; c++) {
            columns.add(Column.integer("第" + c + "项人数"));
        }
        columns.add(Column.trace("来源"));
        Object[] values = new Object[columns.size()];
        values[0] = "3614000103";
        values[1] = "阳泉市郊区职业高级中学校";
        values[2] = "700206";
        values[3] = "汽车运用与维修";
        java.util.Arrays.fill(values, 4, values.length - 1, 6310L);
        values[values.length - 1] = "郊区职高2025.xlsx 学生与专业!第3行";
        Table files = Table.named("文件表", Column.text("文件名"), Column.text("学校标识码"), Column.text("学校名称"),
                Column.text("SHA-256"), Column.text("接收时间"), Column.text("状态"))
                .row("阳泉市体育运动学校2025年报.xlsx", "3614000101", "阳泉市体育运动学校", "e1a2".repeat(16), "2026-12-04 20:28:34", "采用").build();
        Path file = dir.resolve("print.xlsx");

        new XlsxTableWriter("测试").write(file, List.of(Table.named("专业表", columns.toArray(Column[]::new)).row(values).build(), files));

        var workbook = Outputs.open(file).workbook();
        XSSFSheet majors = workbook.getSheet("专业表");
        assertEquals("B:D", majors.getRepeatingColumns().formatAsString().replace("$", ""), "学校名称 to 专业名称 on every page, not the code");
        assertEquals("专业表!$A$1:$R$2", workbook.getPrintArea(workbook.getSheetIndex(majors)), "the 来源 column left off paper");
        assertTrue(majors.getFooter().getLeft().contains("未打印：来源"), "and the page says so: " + majors.getFooter().getLeft());
        assertEquals("郊区职高2025.xlsx 学生与专业!第3行", Outputs.open(file).rows("专业表").get(0).get("来源"), "kept in the file");
        XSSFSheet fileSheet = workbook.getSheet("文件表");
        assertEquals("A:A", fileSheet.getRepeatingColumns().formatAsString().replace("$", ""), "a file is named by its file name");
        assertEquals(null, workbook.getPrintArea(workbook.getSheetIndex(fileSheet)), "every column printed");
    }

    @Test
    void aLongHeaderStandsOnTwoLinesBrokenBeforeItsUnitOverAColumnAsNarrowAsItsNumbers() throws IOException {
        Table table = Table.named("经费表", Column.text("学校名称"), Column.amount("事业性经费项目支出（万元）"),
                Column.percent("中高级职称专任教师占比"), Column.integer("招生数"))
                .row("阳泉市体育运动学校", new BigDecimal("980.00"), new BigDecimal("0.72"), 110L).build();
        Path file = dir.resolve("headers.xlsx");

        new XlsxTableWriter("测试").write(file, List.of(table));

        XSSFSheet sheet = Outputs.open(file).workbook().getSheet("经费表");
        assertEquals("事业性经费项目支出\n（万元）", sheet.getRow(0).getCell(1).getStringCellValue(), "the unit on a line of its own");
        assertEquals("中高级职称\n专任教师占比", sheet.getRow(0).getCell(2).getStringCellValue(), "else broken in the middle");
        assertEquals("招生数", sheet.getRow(0).getCell(3).getStringCellValue(), "a short header on one line");
        assertTrue(sheet.getRow(0).getCell(1).getCellStyle().getWrapText());
        assertTrue(sheet.getRow(0).getHeightInPoints() >= 2 * 14, "the header row two lines tall: " + sheet.getRow(0).getHeightInPoints());
        assertTrue(sheet.getColumnWidth(1) / 256 < XlsxTableWriter.displayWidth("事业性经费项目支出（万元）"), "narrower than the header on one line");
        assertTrue(sheet.getColumnWidth(1) / 256 >= XlsxTableWriter.displayWidth("事业性经费项目支出") + 2, "wide enough for its longer line");
        assertEquals("980.00", Outputs.open(file).rows("经费表").get(0).get("事业性经费项目支出（万元）"), "read as one header");
    }

    @Test
    void linesAboveATablePrintedAcrossPagesStandUnderTheRunningTitleInsteadOfRunningIntoTheRepeatedColumns() throws IOException {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.text("类别"), Column.text("学校标识码"), Column.text("学校名称")));
        for (int c = 0; c < 12; c++) {
            columns.add(Column.integer("第" + c + "项变化人数"));
        }
        Object[] values = new Object[columns.size()];
        values[0] = "报表";
        values[1] = "3614000105";
        values[2] = "平定县高级职业中学校";
        java.util.Arrays.fill(values, 3, values.length, 6310L);
        Path file = dir.resolve("preamble.xlsx");
        String run = "运行 #2（开始于 2026-12-04 20:42，输入指纹 c14a4a8cb84b）：本年度首次汇总，没有可比较的运行";

        new XlsxTableWriter("测试").write(file, Table.named("变更表", columns.toArray(Column[]::new)).row(values).build(), List.of("2025 年度变更说明", run));

        var workbook = Outputs.open(file).workbook();
        XSSFSheet sheet = workbook.getSheet("变更表");
        assertEquals("C:C", sheet.getRepeatingColumns().formatAsString().replace("$", ""));
        assertEquals("变更表!$A$4:$O$5", workbook.getPrintArea(workbook.getSheetIndex(sheet)), "the lines above the table are left off paper");
        assertTrue(sheet.getHeader().getCenter().contains(run), "and stand under the running title: " + sheet.getHeader().getCenter());
        assertEquals(run, sheet.getRow(1).getCell(0).getStringCellValue(), "on screen they stay above the table");
    }
}
