package cn.vocstat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.job.SingleReturnCheck;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.sample.PlantedMistakes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellComments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback workbook marks exactly the offending cells of the school's own file and changes none of its values. */
class FeedbackWorkbookTest {

    private static final Map<String, IndexedColors> EXPECTED_MARKS = Map.of(
            "教师队伍!B7", IndexedColors.ROSE,
            "经费!B5", IndexedColors.ROSE,
            "学生与专业!H6", IndexedColors.ROSE,
            "学生与专业!K7", IndexedColors.ROSE,
            "学生与专业!A8", IndexedColors.ROSE,
            "学生与专业!I16", IndexedColors.ROSE,
            "社会服务与合作!B6", IndexedColors.LIGHT_YELLOW,
            "学生与专业!B9", IndexedColors.LIGHT_YELLOW,
            "基本信息!B5", IndexedColors.LIGHT_YELLOW,
            "情况说明!A3", IndexedColors.LIGHT_TURQUOISE);

    @TempDir
    static Path dir;
    static Path original;
    static XSSFWorkbook source;
    static XSSFWorkbook feedback;
    static int exitCode;
    static String console;

    @BeforeAll
    static void check() throws IOException {
        original = dir.resolve(PlantedMistakes.FILE_NAME);
        PlantedMistakes.write(original);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        exitCode = SingleReturnCheck.run(original, 2025, Fixtures.SHIPPED_INPUT, dir.resolve("feedback"), Thresholds.defaults(),
                new PrintStream(text, true, StandardCharsets.UTF_8));
        console = text.toString(StandardCharsets.UTF_8);
        source = Fixtures.open(original);
        feedback = Fixtures.open(dir.resolve("feedback/3614000106_有错误的报表示例_审核反馈.xlsx"));
    }


    @Test
    void theCheckSaysTheReturnWouldBeRejected() {
        assertEquals(ExitCodes.SOME_REJECTED, exitCode);
        assertTrue(console.contains("结论：有错误，本表会被退回"), console);
    }

    @Test
    void theFirstSheetListsEveryFindingWithALinkToItsCell() {
        Sheet result = feedback.getSheetAt(0);
        assertEquals(FeedbackWriter.RESULT_SHEET, result.getSheetName());
        assertTrue(result.getRow(0).getCell(0).getStringCellValue().contains("审核结果"), "a title, not a checksum, in A1");
        assertTrue(result.getRow(2).getCell(0).getStringCellValue().contains("本表被退回"));
        assertNotNull(result.getPaneInformation(), "the header is frozen");
        assertTrue(result.getPrintSetup().getLandscape(), "printed landscape");
        Set<String> linked = new HashSet<>();
        for (Row row : result) {
            Cell where = row.getCell(4);
            if (row.getRowNum() > 7 && where != null && where.getHyperlink() != null) {
                linked.add(where.getStringCellValue());
                assertEquals(where.getHyperlink().getAddress(), "'" + where.getStringCellValue().replace("!", "'!"));
            }
        }
        assertEquals(EXPECTED_MARKS.keySet(), linked);
    }

    @Test
    void exactlyTheOffendingCellsAreFilledAndCommentedAndNoValueChanges() {
        DataFormatter formatter = new DataFormatter();
        int marked = 0;
        for (Sheet sheet : source) {
            Sheet copy = feedback.getSheet(sheet.getSheetName());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    Cell copied = copy.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                    String where = sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
                    assertEquals(formatter.formatCellValue(cell), formatter.formatCellValue(copied), where + " keeps its value");
                    assertEquals(cell.getCellType(), copied.getCellType(), where + " keeps its type");
                    IndexedColors expected = EXPECTED_MARKS.get(where);
                    if (expected == null) {
                        assertEquals(cell.getCellStyle().getFillPattern(), copied.getCellStyle().getFillPattern(), where + " is not marked");
                        assertNull(copied.getCellComment(), where + " has no comment");
                    } else {
                        marked++;
                        assertEquals(FillPatternType.SOLID_FOREGROUND, copied.getCellStyle().getFillPattern(), where);
                        assertEquals(expected.getIndex(), copied.getCellStyle().getFillForegroundColor(), where);
                        assertNotNull(copied.getCellComment(), where + " carries a comment");
                        assertTrue(copied.getCellComment().getString().getString().matches("(?s)\\[(错误|警告|提示) [A-Z]-[A-Z]+-\\d+\\] .+"), where);
                    }
                }
            }
        }
        assertEquals(EXPECTED_MARKS.size(), marked);
    }

    @Test
    void theExplainedWarningAndTheRefusedExplanationAreShown() {
        Sheet result = feedback.getSheetAt(0);
        boolean explained = false;
        for (Row row : result) {
            if (row.getCell(2) != null && "V-NUM-04".equals(row.getCell(2).getStringCellValue())) {
                explained = row.getCell(6).getStringCellValue().equals("学校已说明") && row.getCell(7).getStringCellValue().equals("本年度未开设订单班");
            }
        }
        assertTrue(explained);
    }

    @Test
    void eachFindingSaysWhatItAsksOfTheSchool() {
        Map<String, String> asked = new java.util.TreeMap<>();
        int header = Integer.MAX_VALUE;
        for (Row row : feedback.getSheetAt(0)) {
            if (row.getCell(1) != null && "严重程度".equals(row.getCell(1).getStringCellValue())) {
                header = row.getRowNum();
            }
            if (row.getRowNum() > header && row.getCell(1) != null && row.getCell(6) != null) {
                asked.merge(row.getCell(1).getStringCellValue() + "/" + row.getCell(6).getStringCellValue(), "", (a, b) -> a);
            }
        }
        assertEquals(Set.of("错误/须修改", "警告/请核实或说明", "警告/学校已说明", "提示/仅供参考"), asked.keySet());
    }

    @Test
    void everySheetOfTheCopyPrintsWholeInWidthWithItsRowNumbersAndItsCommentsListedAfterIt() {
        for (String name : List.of("学生与专业", "教师队伍", "经费", "技能大赛", "基本信息")) {
            XSSFSheet sheet = feedback.getSheet(name);
            assertTrue(sheet.isPrintRowAndColumnHeadings(), name + ": the list's 学生与专业!I16 is found on paper");
            assertTrue(sheet.getHeader().getCenter().endsWith(name + "（审核标注）"), name + ": " + sheet.getHeader().getCenter());
            assertTrue(sheet.getPrintSetup().getLandscape(), name);
            assertTrue(!sheet.getFitToPage() && 10 * sheet.getPrintSetup().getScale() / 100.0 >= 8, name + ": at a legible scale, never shrunk to the page");
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), name);
            assertEquals(STCellComments.AT_END, sheet.getCTWorksheet().getPageSetup().getCellComments(), name);
        }
    }

    @Test
    void theFindingsAreAlsoACsv() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("feedback/3614000106_有错误的报表示例_审核结果.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 10, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("R-TOT-01") && l.contains("学生与专业!I16")));
    }
}
