package cn.vocstat.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ExitCodes;
import cn.vocstat.report.ReportFigures;
import cn.vocstat.verify.Verdict.Conclusion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts checked against the sample's 2025 run: the published report, planted contradictions and their true twins. */
class ClaimCheckerTest {

    /** The published 2025 report of Yangquan, kept with the tests so that a clone anywhere can run them. */
    private static final Path SEED = Path.of("src", "test", "resources", "seed", "000_2f601f3e82303c75.txt");

    @TempDir
    static Path root;
    static Path input;
    static Path output;
    static SampleRun sample;
    static ReportFigures figures;
    static Synonyms synonyms;

    @BeforeAll
    static void runTheSample() throws IOException {
        sample = SampleRun.in(root);
        input = sample.input();
        output = sample.output();
        figures = sample.figures();
        synonyms = sample.synonyms();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    private static int cli(ByteArrayOutputStream console, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--input", input.toString(), "--output", output.toString(), Fixtures.databaseIn(root)));
        return VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), all.toArray(String[]::new));
    }

    /** verify of the draft from the command line, its exit code as expected: what it said. */
    private static String verifiedOnTheConsole(Path draft, int exit) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int code = cli(console, "verify", "--year", "2025", "--report", draft.toString());
        String said = console.toString(StandardCharsets.UTF_8);
        assertEquals(exit, code, said);
        return said;
    }

    private static List<Verdict> check(Path draft) throws IOException {
        return new ClaimChecker(figures, synonyms).check(DraftText.read(draft));
    }

    private static List<Verdict> check(String text) throws IOException {
        Path draft = Files.writeString(root.resolve("draft-" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
        return check(draft);
    }

    private static Verdict about(List<Verdict> verdicts, String written) {
        return verdicts.stream().filter(v -> v.written().equals(written)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + written + " in " + verdicts));
    }

    private static List<String> contradicted(List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.conclusion() == Conclusion.CONTRADICTED).map(Verdict::written).toList();
    }

    @Test
    void thePublishedReportsContradictionsAreFoundWithTheirFixes() throws IOException {
        List<Verdict> verdicts = check(SEED);

        assertEquals(List.of("18 个", "2024 年", "12:1", "34.52 个百分点", "6 所"), contradicted(verdicts),
                "a registered alias (阳泉市综合中专, 孟县职业技术学校) names its school rightly");
        assertTrue(about(verdicts, "12:1").explanation().contains("13:1") && about(verdicts, "12:1").explanation().contains("12.67:1"));
        assertTrue(about(verdicts, "34.52 个百分点").explanation().contains("增长 34.52%"));
        assertEquals("新增专业数", about(verdicts, "18 个").targetName());
        assertEquals(Conclusion.CONSISTENT, about(verdicts, "孟县职业技术学校").conclusion());
        assertTrue(about(verdicts, "孟县职业技术学校").explanation().contains("盂县职业技术学校"));
        Verdict schools = verdicts.stream().filter(v -> v.conclusion() == Conclusion.CONTRADICTED && v.written().equals("6 所")).findFirst().orElseThrow();
        assertTrue(schools.explanation().contains("表列了 7 所学校") && schools.explanation().contains("山西省特殊教育师范学校")
                && schools.explanation().contains("表中缺少 阳泉市综合中专学校"), schools.explanation());
    }

    @Test
    void thePublishedReportsTrueFiguresAgreeAtTheirOwnRounding() throws IOException {
        List<Verdict> verdicts = check(SEED);

        for (String figure : List.of("6310 人", "1490 人", "596 人", "498 人", "77.51%", "8 支", "156 次", "99%", "849 人", "33%", "1720 人",
                "67%", "33.29 亿元", "2.33 亿元", "7%", "18347.88 元", "11123.67 元", "64.94%", "15755.57 元", "14658.12 元", "7.49%",
                "212 人次", "460 课时", "42%", "1 项", "22 项", "16 项", "56 名")) {
            assertEquals(Conclusion.CONSISTENT, about(verdicts, figure).conclusion(), figure + ": " + about(verdicts, figure));
        }
        assertEquals("partner_hire_share", about(verdicts, "42%").targetId());
        assertTrue(about(verdicts, "42%").targetName().contains("盂县职业技术学校"), "the school the paragraph is about");
        assertEquals(Conclusion.UNCHECKABLE, about(verdicts, "46 人").conclusion(), "one major's enrolment: no indicator holds it");
        assertEquals(Conclusion.UNCHECKABLE, about(verdicts, "3.67 个百分点").conclusion(), "a figure the data lacks is not guessed");
    }

    @Test
    void eachKindOfPlantedContradictionIsFoundAndItsTrueTwinIsNot() throws IOException {
        List<Verdict> wrong = check("""
                1.3 学生情况
                2025 年，全市中等职业学校在校生 6300 人，比上年增加 233 人。
                2.9 培养质量
                就业率 99.07%，比上年提高 0.18%。
                7.4 经费投入
                中职生均一般公共预算教育经费 18347.88 元，比上年的 11123.67 元，增长 64.94 个百分点。
                2023 年，全市中职学校组建志愿服务队 8 支。
                1.1 学校概况
                全市共有中等职业学校 5 所。
                序号\t学校名称\t建设水平
                1\t阳泉市体育运动学校\t国家级重点中等职业学校
                2\t阳泉市综合中专学校\t无
                3\t阳泉市职业中专学校\t国家级重点中等职业学校
                4\t阳泉市郊区职业高级中学校\t省级重点中等职业学校
                5\t平定县高级职业中学校\t省级重点中等职业学校
                6\t盂县职业技朮学校\t省级合格中等职业学校
                """);
        assertEquals(List.of("6300 人", "233 人", "0.18%", "64.94 个百分点", "2023 年", "5 所", "5 所"), contradicted(wrong),
                "5 所 disagrees with the data and, last, with the table below it");
        assertTrue(about(wrong, "6300 人").explanation().contains("6310 人"), "a wrong number");
        assertTrue(about(wrong, "233 人").explanation().contains("方向不对"), "a wrong direction");
        assertTrue(about(wrong, "0.18%").explanation().contains("个百分点"), "a change of a share in %");
        assertTrue(about(wrong, "64.94 个百分点").explanation().contains("增长率以“%”表示"), "a growth in points");
        assertTrue(about(wrong, "2023 年").explanation().contains("既不是报告年度"), "a year of neither");
        assertEquals(Conclusion.NOTED, about(wrong, "盂县职业技朮学校").conclusion(), "a name not registered is a remark, not an error");
        assertTrue(about(wrong, "盂县职业技朮学校").explanation().contains("最接近的登记名称是“盂县职业技术学校”"), "a name not registered");
        assertTrue(about(wrong, "5 所").explanation().contains("6 所"), "a count against the data");
        assertTrue(wrong.get(wrong.size() - 1).explanation().contains("表列了 6 所学校"), "a count against its table: " + wrong);

        List<Verdict> twins = check("""
                1.3 学生情况
                2025 年，全市中等职业学校在校生 6310 人，比上年减少 233 人。
                2.9 培养质量
                就业率 99.07%，比上年提高 0.18 个百分点。
                7.4 经费投入
                中职生均一般公共预算教育经费 18347.88 元，比上年的 11123.67 元，增长 64.94%。
                2024 年，全市教育经费总支出 33.29 亿元。
                1.1 学校概况
                全市共有中等职业学校 6 所。
                序号\t学校名称\t建设水平
                1\t阳泉市体育运动学校\t国家级重点中等职业学校
                2\t阳泉市综合中专学校\t无
                3\t阳泉市职业中专学校\t国家级重点中等职业学校
                4\t阳泉市郊区职业高级中学校\t省级重点中等职业学校
                5\t平定县高级职业中学校\t省级重点中等职业学校
                6\t盂县职业技术学校\t省级合格中等职业学校
                """);
        assertEquals(List.of(), contradicted(twins), twins.toString());
        assertTrue(twins.stream().allMatch(v -> v.conclusion() == Conclusion.CONSISTENT), twins.toString());
    }

    @Test
    void aTextFileAndAWordDocumentOfTheSameDraftGiveTheSameResult() throws IOException {
        String first = "2025 年，全市中等职业学校在校生 6310 人，招生 1490 人，毕业生 2600 人。";
        String second = "全市中职学校共开设 13 个专业大类、58 个专业；生师比 12.7:1。";
        Path text = Files.writeString(root.resolve("same.txt"), "1.3 学生情况\n" + first + "\n" + second
                + "\n序号\t学校名称\t建设水平\n1\t孟县职业技术学校\t省级合格中等职业学校\n", StandardCharsets.UTF_8);
        Path word = root.resolve("same.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(word)) {
            document.createParagraph().createRun().setText("1.3 学生情况");
            document.createParagraph().createRun().setText(first);
            document.createParagraph().createRun().setText(second);
            XWPFTable table = document.createTable(2, 3);
            String[][] cells = {{"序号", "学校名称", "建设水平"}, {"1", "孟县职业技术学校", "省级合格中等职业学校"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            document.write(out);
        }

        List<Verdict> fromText = check(text);
        List<Verdict> fromWord = check(word);

        assertEquals(fromText.stream().map(v -> v.written() + " " + v.targetId() + " " + v.conclusion()).toList(),
                fromWord.stream().map(v -> v.written() + " " + v.targetId() + " " + v.conclusion()).toList());
        assertEquals(List.of("2600 人"), contradicted(fromWord), "孟县职业技术学校 is a registered alias");
        assertEquals(Conclusion.CONSISTENT, about(fromWord, "12.7:1").conclusion(), "12.67 written with one decimal");
    }

    @Test
    void aTimeOfDayIsNotARatio() throws IOException {
        List<Verdict> verdicts = check("1.4 教师队伍\n本稿生成于 2025-12-30 05:11。全市中等职业学校生师比 12.67:1。\n");

        assertEquals(List.of("12.67:1"), verdicts.stream().map(Verdict::written).toList(), "05:11 is a time, 12.67:1 a ratio");
        assertEquals(Conclusion.CONSISTENT, verdicts.get(0).conclusion());
    }

    @Test
    void aDraftWithoutNumbersHasNothingToContradict() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path words = Files.writeString(root.resolve("words.txt"), "各中职学校坚持立德树人，深化产教融合。\n", StandardCharsets.UTF_8);

        assertEquals(List.of(), check(words));
        assertEquals(0, cli(console, "verify", "--year", "2025", "--report", words.toString()));
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("0 处，不一致 0，提示 0，无法核对 0，一致 0"), console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLineBreakInTheDraftsNameCannotStartALineOfTheConsole() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path draft = Files.writeString(root.resolve("初稿\n结论：一致.txt"), "1.3 学生情况\n全市中等职业学校在校生 6310 人。\n", StandardCharsets.UTF_8);

        assertEquals(0, cli(console, "verify", "--year", "2025", "--report", draft.toString()));
        String said = console.toString(StandardCharsets.UTF_8);
        assertTrue(said.lines().anyMatch(line -> line.startsWith("核对 初稿[LF]结论：一致.txt（对照 2025 年度运行 #")), said);
        assertTrue(said.lines().noneMatch(line -> line.startsWith("结论")), said);
    }

    @Test
    void aFileThatIsNotAReportGetsAClearError() throws IOException {
        Path empty = Files.write(root.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path binaryWord = Files.write(root.resolve("noise.docx"), noise);
        Path binaryText = Files.write(root.resolve("noise.txt"), noise);
        Path pdf = Files.write(root.resolve("report.pdf"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        assertTrue(assertThrows(DraftText.UnreadableDraftException.class, () -> DraftText.read(empty)).getMessage().contains("文件是空的"));
        assertTrue(assertThrows(DraftText.UnreadableDraftException.class, () -> DraftText.read(binaryWord)).getMessage()
                .contains("不是可以读取的 Word 文档"));
        assertTrue(assertThrows(DraftText.UnreadableDraftException.class, () -> DraftText.read(binaryText)).getMessage().contains("UTF-8"));
        assertTrue(assertThrows(DraftText.UnreadableDraftException.class, () -> DraftText.read(pdf)).getMessage().contains(".docx"));

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        assertEquals(ExitCodes.USAGE, cli(console, "verify", "--year", "2025", "--report", binaryWord.toString()));
        assertEquals(1, console.toString(StandardCharsets.UTF_8).lines().count(), console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSentenceOrACellLongerThanAnExcelCellHoldsStillMakesAResultRowForEachClaim() throws Exception {
        // 6,000 numbers in one sentence and a school's cell of 40,000 characters: each more than a cell of Excel holds
        String sentence = "全市中等职业学校在校生" + "6310 人、".repeat(6000) + "共计。";
        String cell = "阳泉" + "职业学校".repeat(10_000);
        Path draft = Files.writeString(root.resolve("long.txt"), "1.3 学生情况\n" + sentence + "\n序号\t学校名称\n1\t" + cell + "\n",
                StandardCharsets.UTF_8);

        Verification.Result result = Verification.run(DraftText.read(draft), figures, synonyms, root.resolve("long-output"));

        assertEquals(6001, result.verdicts().size());
        assertEquals(Conclusion.CONSISTENT, result.verdicts().get(0).conclusion());
        try (XSSFWorkbook workbook = new XSSFWorkbook(result.workbook().toFile())) {
            Sheet sheet = workbook.getSheet("核对结果");
            int header = 0;
            while (!"原文".equals(sheet.getRow(header) == null || sheet.getRow(header).getCell(3) == null ? null
                    : sheet.getRow(header).getCell(3).getStringCellValue())) {
                header++;
            }
            assertEquals(result.verdicts().size(), sheet.getLastRowNum() - header, "a row under the header for each verdict");
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                String quoted = sheet.getRow(r).getCell(3).getStringCellValue();
                String written = sheet.getRow(r).getCell(4).getStringCellValue();
                assertTrue(quoted.length() <= Verdict.QUOTED_CHARS + 2 && quoted.contains(written.substring(0, Math.min(written.length(), 4))),
                        r + ": " + written + " in " + quoted);
            }
        }
    }

    @Test
    void theResultsHaveNoMoreRowsThanTheDraftHasCharacters() throws IOException {
        // the densest claims there are: numbers with units, counts above a table, years, one-character cells under 学校
        StringBuilder text = new StringBuilder("1.1 学校概况\n全市共有中等职业学校 5 所，2025 年在校生").append("1人2所3名".repeat(300)).append("。\n");
        text.append("学校名称\t学校\t学校名称\n");
        for (int r = 0; r < 200; r++) {
            text.append("x\t").append(r % 10).append("\t阳泉市综合中专\n");
        }
        Path dense = Files.writeString(root.resolve("dense.txt"), text, StandardCharsets.UTF_8);
        DraftText draft = DraftText.read(dense);
        long characters = draft.parts().stream().mapToLong(part -> part instanceof DraftText.Paragraph paragraph ? paragraph.text().length()
                : ((DraftText.Table) part).rows().stream().flatMap(List::stream).mapToLong(String::length).sum()).sum();

        List<Verdict> verdicts = new ClaimChecker(figures, synonyms).check(draft);

        assertTrue(verdicts.size() > 1000, verdicts.size() + " verdicts");
        assertTrue(verdicts.size() <= characters, verdicts.size() + " verdicts from " + characters + " characters");
    }

    @Test
    void theResultsOpenOnASummaryWithTheContradictionsFirstEachConclusionInItsColour() throws Exception {
        String text = "1.3 学生情况\n全市中等职业学校在校生 6310 人，毕业生 2600 人，其中女生 1200 人。\n";
        Path txt = Files.writeString(root.resolve("年报初稿.txt"), text, StandardCharsets.UTF_8);
        Path docx = root.resolve("年报初稿.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
        }

        Verification.Result fromText = Verification.run(DraftText.read(txt), figures, synonyms, output.resolve("2025"));
        Verification.Result fromWord = Verification.run(DraftText.read(docx), figures, synonyms, output.resolve("2025"));

        assertEquals(output.resolve("2025/核对/年报初稿.txt_核对结果.xlsx"), fromText.workbook());
        assertEquals(output.resolve("2025/核对/年报初稿.docx_核对结果.xlsx"), fromWord.workbook(), "the two drafts keep their own results");
        try (XSSFWorkbook workbook = new XSSFWorkbook(fromText.workbook().toFile())) {
            Sheet sheet = workbook.getSheet("核对结果");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("报告核对结果：年报初稿.txt（对照 2025 年度运行 #"));
            assertEquals("共核对 3 处：不一致 1，提示 0，无法核对 1，一致 1", sheet.getRow(1).getCell(0).getStringCellValue());
            int header = 1;
            while (!"结论".equals(sheet.getRow(header) == null || sheet.getRow(header).getCell(1) == null ? null
                    : sheet.getRow(header).getCell(1).getStringCellValue())) {
                header++;
            }
            List<String> conclusions = new java.util.ArrayList<>();
            List<Short> fills = new java.util.ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                conclusions.add(sheet.getRow(r).getCell(0).getNumericCellValue() + " " + sheet.getRow(r).getCell(1).getStringCellValue());
                fills.add(sheet.getRow(r).getCell(1).getCellStyle().getFillForegroundColor());
            }
            assertEquals(List.of("2.0 不一致", "3.0 无法核对", "1.0 一致"), conclusions, "by conclusion, each with its place in the draft");
            assertEquals(List.of(IndexedColors.ROSE.getIndex(), IndexedColors.GREY_25_PERCENT.getIndex(), IndexedColors.LIGHT_GREEN.getIndex()), fills);
        }
    }

    @Test
    void theConsoleListsTheFirstHundredContradictionsAndCountsTheRest() throws IOException {
        StringBuilder text = new StringBuilder("1.3 学生情况\n");
        for (int r = 1; r <= 150; r++) {
            text.append("全市中等职业学校在校生 ").append(6400 + r).append(" 人。\n");
        }
        Path unknownSchools = Files.writeString(root.resolve("150所.txt"), text, StandardCharsets.UTF_8);

        String said = verifiedOnTheConsole(unknownSchools, 1);

        assertTrue(said.contains("不一致 150"), said);
        assertEquals(100, said.lines().filter(l -> l.startsWith("  不一致 [")).count(), said);
        assertTrue(said.contains("  ……另有 50 处不一致，见核对结果"), said);
        assertEquals(151, Files.readAllLines(output.resolve("2025/核对/150所.txt_核对结果.csv"), StandardCharsets.UTF_8).size(), "all of them in the results");
    }

    @Test
    void theDraftedSectionsOfTheSameRunAreFoundConsistentToTheLastNumber() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path drafted = output.resolve("2025/质量年报数据章节-2025.docx");

        int exit = cli(console, "verify", "--year", "2025", "--report", drafted.toString());

        List<Verdict> verdicts = check(drafted);
        assertTrue(verdicts.size() > 100, verdicts.size() + " numbers checked");
        assertEquals(List.of(), verdicts.stream().filter(v -> v.conclusion() != Conclusion.CONSISTENT).toList());
        assertEquals(0, exit, console.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(output.resolve("2025/核对/质量年报数据章节-2025.docx_核对结果.xlsx")));
        assertTrue(Files.isRegularFile(output.resolve("2025/核对/质量年报数据章节-2025.docx_核对结果.csv")));
    }

    @Test
    void theSeedReportCheckedFromTheCommandLineListsEveryContradictionAndExitsOne() throws IOException {
        String said = verifiedOnTheConsole(SEED, 1);

        assertTrue(said.contains("不一致 5"), said);
        assertEquals(5, said.lines().filter(l -> l.startsWith("  不一致 [")).count(), said);
        List<String> csv = Files.readAllLines(output.resolve("2025/核对/000_2f601f3e82303c75.txt_核对结果.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF序号,结论,位置,原文,数值,指标编号,指标名称,数据值,说明", csv.get(0));
        assertTrue(csv.get(1).contains(",不一致,"), "the contradictions first: " + csv.get(1));
        assertTrue(csv.get(6).contains(",提示,") || csv.get(6).contains(",无法核对,") || csv.get(6).contains(",一致,"), csv.get(6));
    }
}
