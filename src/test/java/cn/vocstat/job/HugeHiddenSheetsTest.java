package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.ForkedRun;
import cn.vocstat.Outputs;
import cn.vocstat.PackageParts;
import cn.vocstat.export.FeedbackWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's six returns, one of them (盂县, its name written as the alias 孟县职业技术学校) with three
 * hidden sheets of 6 million cells each beside the form: 3.5 MB, every part within the zip guards.
 * Its marked copy once loaded all 18 million cells into POI and stopped the city's run with 内存不足;
 * now the run completes, every school gets its feedback, and 盂县's is a marked copy of its form's
 * sheets saying the others were left out. {@code check} on the file does the same in a 256 MB heap.
 */
class HugeHiddenSheetsTest {

    private static final String FILE = "盂县职校-2025.xlsx";
    private static final List<String> FORM = List.of("基本信息", "学生与专业", "教师队伍", "技能大赛", "社会服务与合作", "经费");
    private static final int ROWS = 60_000;
    private static final int COLUMNS = 100;

    @TempDir
    static Path root;
    static Path input;
    /** The same return without the hidden sheets: what the copy of the form's sheets must hold. */
    static Path plain;

    @BeforeAll
    static void hugeReturnAmongTheSample() throws IOException {
        input = Fixtures.shippedInputCopy(root);
        plain = Fixtures.write(root.resolve("plain"), FILE, Fixtures.validReturn().withIdentity("3614000106", "孟县职业技术学校"), w -> { });
        Path huge = input.resolve("2025/returns").resolve(FILE);
        PackageParts.of(plain)
                .addSheet("数据1", "hidden", 1, ones(1))
                .addSheet("数据2", "hidden", 2, ones(2))
                .addSheet("数据3", "veryHidden", 3, ones(3))
                .write(huge);
        try (ZipFile zip = new ZipFile(huge.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                assertTrue(entry.getSize() < 100L * entry.getCompressedSize() + 8192, entry.getName() + " is within the zip-bomb ratio");
            }
        }
        assertTrue(Files.size(huge) < 5 << 20, "a few megabytes: " + Files.size(huge));
    }

    /** Six million cells of 1, with a 0 now and then: they compress some 80 times, as a school's copied-down column does. */
    private static PackageParts.Streamed ones(long seed) {
        return out -> {
            Random random = new Random(seed);
            StringBuilder row = new StringBuilder(COLUMNS * 16);
            for (int r = 1; r <= ROWS; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < COLUMNS; c++) {
                    row.append("<c><v>").append(random.nextInt(16) == 0 ? 0 : 1).append("</v></c>");
                }
                out.write(row.append("</row>").toString());
            }
        };
    }

    @Test
    void theRunCompletesAndEverySchoolGetsItsFeedback() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = Fixtures.run2025(console, input, root.resolve("output"), Fixtures.databaseIn(root));

        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(exit == ExitCodes.ALL_ACCEPTED || exit == ExitCodes.SOME_REJECTED, "exit " + exit + ":\n" + printed);
        assertFalse(printed.contains("Exception") || printed.contains("Error") || printed.contains("内存不足"), printed);
        Path feedback = root.resolve("output/2025/反馈");
        List<String> workbooks;
        try (Stream<Path> files = Files.list(feedback)) {
            workbooks = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_审核反馈.xlsx")).sorted().toList();
        }
        assertEquals(6, workbooks.size(), "every school's file gets its feedback: " + workbooks);
        assertFormSheetsMarked(feedback.resolve("3614000106_盂县职校-2025_审核反馈.xlsx"));
        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertTrue(outputs.rows("数据质量").stream().anyMatch(f -> f.get("文件").equals(FILE) && f.get("规则编号").equals("F-FILE-13")),
                "the operator sees it in 数据质量 too");
        assertEquals("6/6", outputs.indicator("students", "全市").get("覆盖学校"), "盂县's figures count");
    }

    @Test
    void checkOnTheFileWritesItsFeedbackInA256MegabyteHeap() throws Exception {
        Path out = root.resolve("检查");
        ForkedRun check = ForkedRun.start(List.of("-Xmx256m"), "check", input.resolve("2025/returns").resolve(FILE).toString(), "--year", "2025",
                "--input", input.toString(), "--output", out.toString());

        int exit = check.finish();

        assertEquals(ExitCodes.ALL_ACCEPTED, exit, check.console());
        assertTrue(check.console().contains("[提示 F-FILE-13]") && check.console().contains("结论：可以采用"), check.console());
        assertFalse(check.console().contains("Exception") || check.console().contains("Error"), check.console());
        assertFormSheetsMarked(out.resolve("3614000106_盂县职校-2025_审核反馈.xlsx"));
    }

    /** The feedback holds the list, then the form's sheets alone, the school's values kept and the alias marked. */
    private static void assertFormSheetsMarked(Path feedback) throws IOException {
        try (XSSFWorkbook copy = Fixtures.open(feedback); XSSFWorkbook original = Fixtures.open(plain)) {
            List<String> sheets = new ArrayList<>();
            copy.forEach(sheet -> sheets.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(List.of(FeedbackWriter.RESULT_SHEET));
            expected.addAll(FORM);
            assertEquals(expected, sheets);
            Sheet result = copy.getSheet(FeedbackWriter.RESULT_SHEET);
            List<String> rules = new ArrayList<>();
            result.forEach(row -> rules.add(row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue()));
            assertTrue(rules.contains("G-REG-02") && rules.contains("F-FILE-13"), rules.toString());
            DataFormatter formatter = new DataFormatter();
            for (String name : FORM) {
                for (Row row : original.getSheet(name)) {
                    for (Cell cell : row) {
                        Cell copied = copy.getSheet(name).getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertEquals(formatter.formatCellValue(cell), formatter.formatCellValue(copied), name + "!" + cell.getAddress());
                    }
                }
            }
            Cell alias = copy.getSheet("基本信息").getRow(4).getCell(1);
            assertEquals("孟县职业技术学校", alias.getStringCellValue());
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(), alias.getCellStyle().getFillForegroundColor());
            assertTrue(alias.getCellComment().getString().getString().contains("G-REG-02"));
        }
    }
}
