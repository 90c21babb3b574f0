package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.PackageParts;
import cn.vocstat.form.ReturnContent;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reconcile.ReturnStatus;
import cn.vocstat.reference.SubmissionNotice;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.sample.YangquanSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's marked copy stays within its limits, whatever the school's file holds: sheets beyond
 * the form that would cost too much are left out of the copy, a form too large to load gets the list
 * alone, and so does a copy that needs more heap than the run can give or more time than allowed, a
 * file changed since it was read, and a workbook our marking fails on; each says why, and the run goes on.
 */
class MarkedCopyLimitsTest {

    private static final String R = PackageParts.RELATIONSHIPS;
    private static final List<String> FORM = List.of("基本信息", "学生与专业", "教师队伍", "技能大赛", "社会服务与合作", "经费");
    /** The form's sheets of the sample return hold a few hundred cells: beyond this, a sheet of 3,000 cells is too many. */
    private static final CopyLimits SMALL = new CopyLimits(2_000, CopyLimits.MAX_NAMES, Duration.ofMinutes(1), 1L << 30);

    @TempDir
    Path dir;

    /** The sample return of 盂县 with 双师型教师数 typed as 约30, then its package changed as the test says. */
    private Path school(String name, UnaryOperator<PackageParts> change) throws IOException {
        Path file = Fixtures.write(dir.resolve("in"), name, Fixtures.validReturn(), w -> Fixtures.cell(w, "教师队伍", "B7").setCellValue("约30"));
        change.apply(PackageParts.of(file)).write(file);
        return file;
    }

    private static FileFeedback read(Path file) {
        ReturnReading reading = new ReturnReader().read(file, file.getFileName().toString());
        assertTrue(reading.content().isPresent(), "the reader takes the return: " + reading.findings());
        Finding inexact = Finding.of(Rule.VALUE_INEXACT, reading.source(), "教师队伍!B7", "双师型教师数", "约30");
        Finding alias = Finding.of(Rule.SCHOOL_ALIAS, reading.source(), "基本信息!B5", "孟县职业技术学校", "盂县职业技术学校");
        return new FileFeedback(reading.source(), "3614000106", "盂县职业技术学校", ReturnStatus.REJECTED, true, List.of(inexact, alias));
    }

    /** Rows of cells (numbers) streamed into a sheet. */
    private static PackageParts.Streamed cells(int rows, int columns, int value) {
        return out -> {
            for (int r = 1; r <= rows; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < columns; c++) {
                    out.write("<c><v>" + (value + c) + "</v></c>");
                }
                out.write("</row>");
            }
        };
    }

    private static String withCells(String sheet, int row, String cells) {
        return sheet.replaceFirst("(<row r=\"" + row + "\"[^>]*>.*?)</row>", "$1" + cells.replace("$", "\\$") + "</row>");
    }

    @Test
    void sheetsBesideTheFormThatCostTooMuchAreLeftOutAndWhatPointedAtThemKeepsItsValue() throws Exception {
        Path file = school("附表过多.xlsx", pkg -> pkg
                .addSheet("隐藏数据", "hidden", 1, cells(300, 10, 7))
                .addSheet("备用 'A'", "veryHidden", 2, cells(100, 30, 1))
                // a list for a dropdown on the hidden sheet, through a name and directly, as Excel 2010 writes it
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "</sheets><definedNames><definedName name=\"选项\">'隐藏数据'!$A$1:$A$5</definedName>"
                        + "<definedName name=\"选项二\">选项</definedName><definedName name=\"合计区\">经费!$B$2:$B$9</definedName></definedNames>"))
                .edit("xl/worksheets/sheet3.xml", xml -> xml.replace("</mergeCells>", "</mergeCells><dataValidations count=\"2\">"
                        + "<dataValidation type=\"list\" allowBlank=\"1\" sqref=\"D3:D40\"><formula1>选项二</formula1></dataValidation>"
                        + "<dataValidation type=\"whole\" operator=\"greaterThanOrEqual\" allowBlank=\"1\" sqref=\"H3:M40\"><formula1>0</formula1></dataValidation>"
                        + "</dataValidations>"))
                .edit("xl/worksheets/sheet4.xml", xml -> xml.replace("</worksheet>", "<extLst><ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\" "
                        + "xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\"><x14:dataValidations count=\"1\" "
                        + "xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><x14:dataValidation type=\"list\" allowBlank=\"1\"><x14:formula1>"
                        + "<xm:f>'隐藏数据'!$B$1:$B$3</xm:f></x14:formula1><xm:sqref>C2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>"))
                // formulas into the hidden sheets: one, one shared by three cells, and a text
                .edit("xl/worksheets/sheet2.xml", xml -> withCells(withCells(withCells(withCells(xml,
                        2, "<c r=\"D2\"><f>隐藏数据!A1*2</f><v>14</v></c>"),
                        3, "<c r=\"D3\"><f t=\"shared\" ref=\"D3:D5\" si=\"0\">'备用 ''A'''!A1</f><v>1</v></c>"),
                        4, "<c r=\"D4\"><f t=\"shared\" si=\"0\"/><v>1</v></c><c r=\"E4\" t=\"str\"><f>\"共\"&amp;隐藏数据!B1</f><v>共8</v></c>"),
                        5, "<c r=\"D5\"><f t=\"shared\" si=\"0\"/><v>1</v></c><c r=\"E5\"><f>SUM(B2:B3)</f><v>3</v></c>")));
        FileFeedback feedback = read(file);

        FeedbackWriter.Written written = new FeedbackWriter(SMALL).write(dir.resolve("out"), feedback);

        assertEquals(List.of(Rule.FEEDBACK_SHEETS_LEFT_OUT), written.findings().stream().map(Finding::rule).toList());
        String why = written.findings().get(0).message();
        assertTrue(why.contains("“填报说明”") && why.contains("“隐藏数据”") && why.contains("“备用 'A'”") && why.contains("2,000"), why);
        assertEquals(List.of(), PackageParts.danglingReferences(written.workbook()), "Excel finds nothing to repair");
        try (XSSFWorkbook copy = Fixtures.open(written.workbook()); XSSFWorkbook original = Fixtures.open(file)) {
            List<String> sheets = new ArrayList<>();
            copy.forEach(sheet -> sheets.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(List.of(FeedbackWriter.RESULT_SHEET));
            expected.addAll(FORM);
            assertEquals(expected, sheets, "the list, then the form's sheets alone");
            Sheet result = copy.getSheet(FeedbackWriter.RESULT_SHEET);
            assertTrue(result.getRow(4).getCell(0).getStringCellValue().contains("只保留了报表的工作表"), result.getRow(4).getCell(0).getStringCellValue());
            assertEquals("F-FILE-13", result.getRow(10).getCell(2).getStringCellValue());
            for (String name : FORM) {
                for (Row row : original.getSheet(name)) {
                    for (Cell cell : row) {
                        Cell copied = copy.getSheet(name).getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertEquals(value(cell), value(copied), name + "!" + cell.getAddress() + " keeps the school's value");
                    }
                }
            }
            Sheet basic = copy.getSheet("基本信息");
            for (String address : List.of("D2", "D3", "D4", "D5", "E4")) {
                Cell cell = basic.getRow(Integer.parseInt(address.substring(1)) - 1).getCell(address.charAt(0) - 'A');
                assertNotEquals(CellType.FORMULA, cell.getCellType(), address + " pointed at a sheet left out: its saved value stays");
            }
            assertEquals("共8", basic.getRow(3).getCell(4).getStringCellValue());
            assertEquals(CellType.FORMULA, basic.getRow(4).getCell(4).getCellType(), "a formula within the form's sheets stays");
            List<String> names = copy.getAllNames().stream().map(Name::getNameName).toList();
            assertTrue(names.contains("合计区") && !names.contains("选项") && !names.contains("选项二"), names.toString());
            XSSFSheet majors = copy.getSheet("学生与专业");
            assertEquals(List.of("H3:M40"), majors.getDataValidations().stream().map(v -> v.getRegions().getCellRangeAddress(0).formatAsString()).toList(),
                    "the dropdown from the hidden sheet goes, the other validation stays");
            assertFalse(copy.getSheet("教师队伍").getCTWorksheet().isSetExtLst(), "and so does Excel 2010's");
            Cell marked = copy.getSheet("教师队伍").getRow(6).getCell(1);
            assertEquals(IndexedColors.ROSE.getIndex(), marked.getCellStyle().getFillForegroundColor());
            assertTrue(marked.getCellComment().getString().getString().contains("V-NUM-02"));
        }
    }

    @Test
    void thousandsOfNamesEachPointingAtTheNextAreRemovedWithTheSheetTheyStartFrom() throws Exception {
        int chain = 5_000;
        StringBuilder names = new StringBuilder("<definedNames>");
        // written last to first, as a hostile tool may: each name points at the one defined after it, the last at a sheet left out
        for (int i = chain - 1; i > 0; i--) {
            names.append("<definedName name=\"链").append(i).append("\">链").append(i - 1).append("+1</definedName>");
        }
        names.append("<definedName name=\"链0\">'隐藏数据'!$A$1</definedName><definedName name=\"合计区\">经费!$B$2:$B$9</definedName>"
                + "<definedName name=\"链尾\" localSheetId=\"1\">SUM(链" + (chain - 1) + ",合计区)</definedName></definedNames>");
        Path file = school("名称链.xlsx", pkg -> pkg
                .addSheet("隐藏数据", "hidden", 1, cells(300, 10, 7))
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "</sheets>" + names))
                .edit("xl/worksheets/sheet2.xml", xml -> withCells(withCells(xml,
                        2, "<c r=\"D2\"><f>链" + (chain - 1) + "*2</f><v>14</v></c>"),
                        3, "<c r=\"D3\"><f>合计区</f><v>1</v></c>")));

        FeedbackWriter.Written written = new FeedbackWriter(SMALL).write(dir.resolve("out"), read(file));

        assertEquals(List.of(Rule.FEEDBACK_SHEETS_LEFT_OUT), written.findings().stream().map(Finding::rule).toList(), "the copy, within its time");
        assertEquals(List.of(), PackageParts.danglingReferences(written.workbook()));
        try (XSSFWorkbook copy = Fixtures.open(written.workbook())) {
            List<String> kept = copy.getAllNames().stream().map(Name::getNameName).filter(name -> !name.startsWith("_xlnm.")).toList();
            assertEquals(List.of("合计区"), kept, "the whole chain goes, and what used its end");
            Sheet basic = copy.getSheet("基本信息");
            assertEquals(CellType.NUMERIC, basic.getRow(1).getCell(3).getCellType(), "a formula using the chain keeps its saved value");
            assertEquals(14.0, basic.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(CellType.FORMULA, basic.getRow(2).getCell(3).getCellType(), "a formula using a name kept stays");
        }
    }

    @Test
    void manySheetsLeftOutAreNamedAFewAtATimeEachAsItShows() throws Exception {
        Path file = school("附表很多.xlsx", pkg -> {
            pkg.addSheet("附表\u00A0甲", "hidden", 1, cells(10, 10, 1));
            for (int n = 2; n <= 40; n++) {
                pkg.addSheet("附表" + n, "visible", n, cells(10, 10, n));
            }
            return pkg;
        });

        FeedbackWriter.Written written = new FeedbackWriter(SMALL).write(dir.resolve("out"), read(file));

        assertEquals(List.of(Rule.FEEDBACK_SHEETS_LEFT_OUT), written.findings().stream().map(Finding::rule).toList());
        String why = written.findings().get(0).message();
        assertTrue(why.contains("（“填报说明”、“附表[NBSP]甲”、“附表2”") && why.contains(" 等 41 个）"), why);
        assertFalse(why.contains("附表40"), why);
    }

    @Test
    void aPackageThatCannotBeCleanedSafelyIsTheFilesProblemNotOurs() throws Exception {
        // the reader never opens a drawing's relationships; the copy would, and POI's parser refuses a DOCTYPE there
        FileFeedback feedback = read(school("绘图.xlsx", pkg -> pkg
                .put("xl/drawings/drawing1.xml", "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"/>")
                .contentType("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml")
                .put("xl/drawings/_rels/drawing1.xml.rels", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"e\">]>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")
                .relate("xl/worksheets/sheet4.xml", "rIdDr", R + "/drawing", "../drawings/drawing1.xml", false)));

        FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedback);

        Finding why = assertListAlone(written, 3);
        assertEquals(Rule.FEEDBACK_COPY_LEFT_OUT, why.rule());
        assertTrue(why.message().contains("工作簿中有超出安全上限或无法读取的部分"), why.message());
    }

    @Test
    void aFormTooLargeToLoadGetsTheListAloneSayingWhy() throws Exception {
        FileFeedback feedback = read(school("大表.xlsx", pkg -> pkg));

        FeedbackWriter.Written written = new FeedbackWriter(new CopyLimits(100, CopyLimits.MAX_NAMES, Duration.ofMinutes(1), 1L << 30)).write(dir.resolve("out"), feedback);

        Finding why = assertListAlone(written, 3);
        assertTrue(why.message().contains("报表的工作表内容过多（超过 100 个单元格）"), why.message());
    }

    @Test
    void aCopyNeedingMoreHeapThanTheRunCanGiveGetsTheListAlone() throws Exception {
        FileFeedback feedback = read(school("堆.xlsx", pkg -> pkg));

        FeedbackWriter.Written written = new FeedbackWriter(new CopyLimits(200_000, CopyLimits.MAX_NAMES, Duration.ofMinutes(1), 0)).write(dir.resolve("out"), feedback);

        Finding why = assertListAlone(written, 3);
        assertTrue(why.message().matches(".*生成标注副本约需 \\d+ MB 内存，超过本次运行可给的 0 MB.*"), why.message());
    }

    @Test
    void aCopyTakingLongerThanItsLimitGetsTheListAlone() throws Exception {
        FileFeedback feedback = read(school("慢.xlsx", pkg -> pkg));

        FeedbackWriter.Written written = new FeedbackWriter(new CopyLimits(200_000, CopyLimits.MAX_NAMES, Duration.ZERO, 1L << 30)).write(dir.resolve("out"), feedback);

        Finding why = assertListAlone(written, 3);
        assertTrue(why.message().contains("生成标注副本超过 0 秒") && !why.message().contains("内存"), why.message());
    }

    @Test
    void aCopyFindingNoHeapFreeInTimeSaysThatOtherCopiesHeldItNotThatItWasSlow() throws Exception {
        FileFeedback feedback = read(school("等内存.xlsx", pkg -> pkg));
        long share = 256L << 20;
        HeapShare heap = new HeapShare(share);
        // 8 s: the copy reads the file before it waits for heap, which on a cold JVM under load took a second in CI and over
        // three while other builds shared the two cores
        CopyLimits limits = new CopyLimits(200_000, CopyLimits.MAX_NAMES, Duration.ofSeconds(8), share);

        MarkedCopies.Made made;
        // the other copies of the batch hold the whole share for longer than this one may wait
        try (MarkedCopies copies = new MarkedCopies(limits, heap, SubmissionNotice.NONE); HeapShare.Lease others = heap.take(share, Duration.ZERO).orElseThrow()) {
            made = copies.make(feedback, feedback.findings(), MarkedCopies.snapshot(feedback.source()));
        }

        assertTrue(made.workbook().isEmpty());
        assertEquals(List.of(Rule.FEEDBACK_COPY_LEFT_OUT), made.findings().stream().map(Finding::rule).toList());
        String why = made.findings().get(0).message();
        assertTrue(why.contains("同时生成的其他标注副本占满了可用内存，等待 8 秒仍未空出") && !why.contains("生成标注副本超过"), why);
        assertFalse(made.reusable(), "the next run tries again");
    }

    @Test
    void aWorkbookDefiningMoreNamesThanACopyMayLoadGetsTheListAloneSayingWhy() throws Exception {
        CopyLimits limits = new CopyLimits(200_000, 1_000, Duration.ofMinutes(1), 1L << 30);
        Path within = school("名称一千.xlsx", pkg -> pkg.edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "</sheets>" + names(1_000))));
        Path beyond = school("名称过多.xlsx", pkg -> pkg.edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "</sheets>" + names(1_001))));

        FeedbackWriter.Written copied = new FeedbackWriter(limits).write(dir.resolve("out"), read(within));
        FeedbackWriter.Written listed = new FeedbackWriter(limits).write(dir.resolve("out"), read(beyond));

        assertEquals(List.of(), copied.findings(), "a copy at the limit");
        Finding why = assertListAlone(listed, 3);
        assertTrue(why.message().contains("工作簿定义的名称过多（超过 1,000 个）"), why.message());
    }

    /** Names as a workbook gathers them when sheets are copied in from other workbooks year after year. */
    private static String names(int count) {
        StringBuilder names = new StringBuilder("<definedNames>");
        for (int i = 1; i <= count; i++) {
            names.append("<definedName name=\"旧区域").append(i).append("\">经费!$B$").append(1 + i % 9).append("</definedName>");
        }
        return names.append("</definedNames>").toString();
    }

    @Test
    void aFileReplacedAfterItWasReadIsNotCopiedAndTheListSaysSo() throws Exception {
        Path file = school("盂县.xlsx", pkg -> pkg);
        FileFeedback feedback = read(file);
        // the school sent a corrected file under the same name while the run was going: another school's, as it happens
        ReturnContent other = YangquanSample.returns(2025).get(0);
        Fixtures.write(dir.resolve("in"), "盂县.xlsx", other, w -> { });

        FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedback);

        assertEquals(List.of(Rule.FEEDBACK_FILE_CHANGED), written.findings().stream().map(Finding::rule).toList());
        try (XSSFWorkbook list = Fixtures.open(written.workbook())) {
            assertEquals(1, list.getNumberOfSheets(), "the list alone, nothing of the new file");
            Sheet result = list.getSheet(FeedbackWriter.RESULT_SHEET);
            assertEquals("F-FILE-15", result.getRow(10).getCell(2).getStringCellValue());
            assertTrue(result.getRow(10).getCell(5).getStringCellValue().contains("读取之后被更改"));
            assertTrue(result.getRow(5).getCell(0).getStringCellValue().contains(feedback.source().sha256()), "the checksum of the file that was read");
        }
        Files.delete(file);
        assertEquals(List.of(Rule.FEEDBACK_FILE_CHANGED), new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out2"), feedback).findings().stream().map(Finding::rule).toList(),
                "a file gone since is no copy either");
    }

    @Test
    void aWorkbookOurMarkingFailsOnGetsTheListAloneAndAFaultOfOurs() throws Exception {
        // comments POI cannot parse: the reader never reads them, the copy loads them
        FileFeedback feedback = read(school("批注损坏.xlsx", pkg -> pkg
                .put("xl/comments1.xml", "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors>")
                .contentType("xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml")
                .relate("xl/worksheets/sheet4.xml", "rIdC", R + "/comments", "../comments1.xml", false)));

        FeedbackWriter.Written written = new FeedbackWriter(SubmissionNotice.NONE).write(dir.resolve("out"), feedback);

        Finding fault = assertListAlone(written, 3);
        assertEquals(Rule.FEEDBACK_FAULT, fault.rule());
    }

    @Test
    void feedbackLinkedFromThePreviousRunStillReturnsWhatItsCopySaid() throws Exception {
        FileFeedback feedback = read(school("附表过多.xlsx", pkg -> pkg.addSheet("隐藏数据", "hidden", 1, cells(300, 10, 7))));
        Path first = dir.resolve("run1");
        Path second = dir.resolve("run2");

        List<Finding> written = new FeedbackWriter(SMALL).writeAll(first, Optional.empty(), each -> each.accept(feedback));
        List<Finding> linked = new FeedbackWriter(SMALL).writeAll(second, Optional.of(first), each -> each.accept(feedback));

        assertEquals(List.of(Rule.FEEDBACK_SHEETS_LEFT_OUT), written.stream().map(Finding::rule).toList());
        assertEquals(written, linked, "the next run's 数据质量 still lists the sheets left out");
        String name = "3614000106_附表过多_审核反馈.xlsx";
        assertTrue(Files.isSameFile(first.resolve(name), second.resolve(name)), "the feedback was linked, not written again");
    }

    @Test
    void aCopyLeftOutForItsTimeIsTriedAgainByTheNextRun() throws Exception {
        FileFeedback feedback = read(school("慢.xlsx", pkg -> pkg));
        Path first = dir.resolve("run1");
        Path second = dir.resolve("run2");

        List<Finding> slow = new FeedbackWriter(new CopyLimits(200_000, CopyLimits.MAX_NAMES, Duration.ZERO, 1L << 30))
                .writeAll(first, Optional.empty(), each -> each.accept(feedback));
        List<Finding> again = new FeedbackWriter(SubmissionNotice.NONE).writeAll(second, Optional.of(first), each -> each.accept(feedback));

        assertEquals(List.of(Rule.FEEDBACK_COPY_LEFT_OUT), slow.stream().map(Finding::rule).toList());
        assertEquals(List.of(), again, "a busy night is no lasting verdict on the file");
        try (XSSFWorkbook copy = Fixtures.open(second.resolve("3614000106_慢_审核反馈.xlsx"))) {
            assertEquals(1 + 7, copy.getNumberOfSheets(), "the list and the school's workbook, marked");
        }
    }

    /** The workbook holds the list alone, the file's findings then the one the copy adds, which is returned. */
    private static Finding assertListAlone(FeedbackWriter.Written written, int listed) throws IOException {
        assertEquals(1, written.findings().size(), written.findings().toString());
        Finding why = written.findings().get(0);
        try (XSSFWorkbook list = Fixtures.open(written.workbook())) {
            assertEquals(1, list.getNumberOfSheets(), "the list alone");
            Sheet result = list.getSheet(FeedbackWriter.RESULT_SHEET);
            assertTrue(result.getRow(4).getCell(0).getStringCellValue().contains("没有附带标注副本"), result.getRow(4).getCell(0).getStringCellValue());
            assertEquals(why.rule().id(), result.getRow(7 + listed).getCell(2).getStringCellValue());
            assertNull(result.getRow(8 + listed));
        }
        List<String> csv = Files.readAllLines(written.workbook().resolveSibling(written.workbook().getFileName().toString()
                .replace(FeedbackWriter.WORKBOOK_SUFFIX + ".xlsx", FeedbackWriter.CSV_SUFFIX)));
        assertTrue(csv.get(listed).contains(why.rule().id()), csv.toString());
        return why;
    }

    private static String value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> type.name();
        };
    }
}
