package cn.vocstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import cn.vocstat.VocstatApplication;
import cn.vocstat.job.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** The drafted data sections of the sample's 2025 run, read back as Word reads them. */
class DraftedSectionsTest {

    @TempDir
    static Path root;
    static XWPFDocument draft;
    /** Each section's text, by its heading ("1.3 学生情况"). */
    static Map<String, String> sections = new LinkedHashMap<>();
    /** The tables, by the section they stand in. */
    static Map<String, XWPFTable> tables = new HashMap<>();
    /** The number each bookmark wraps, by bookmark name. */
    static Map<String, String> bookmarked = new LinkedHashMap<>();
    /** The numbers of the sections' sentences that no bookmark links: a year note (（2024 年数据）) is words, not a figure. */
    static List<String> unlinked = new ArrayList<>();

    @BeforeAll
    static void draftTheSample() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Path output = root.resolve("output");
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        String db = Fixtures.databaseIn(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, VocstatApplication.run(out, "run", "--year", "2024", "--input", input.toString(), "--output", output.toString(), db));
        assertEquals(ExitCodes.ALL_ACCEPTED, VocstatApplication.run(out, "run", "--year", "2025", "--input", input.toString(), "--output", output.toString(), db));
        try (InputStream in = Files.newInputStream(output.resolve("2025/质量年报数据章节-2025.docx"))) {
            draft = new XWPFDocument(in);
        }
        String section = "";
        for (IBodyElement element : draft.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText();
                if (text.matches("\\d{1,2}(\\.\\d{1,2})* \\S+")) {
                    section = text; // a chapter's heading (2 人才培养) or a section's (2.2.1 动态调整专业)
                    continue;
                }
                sections.merge(section, text, String::concat);
                int marks = collectBookmarks(paragraph);
                String figures = text.replaceAll("（\\d{4} 年数据）", "").replace(":1", "");
                long numbers = figures.split("(?<![\\d.])\\d+(\\.\\d+)?", -1).length - 1;
                if (!section.isEmpty() && !text.matches("[图表] \\d+ .*") && numbers != marks) {
                    unlinked.add(text);
                }
            } else if (element instanceof XWPFTable table) {
                tables.put(section, table);
            }
        }
    }

    /** The text of the run after each bookmark start, by the bookmark's name; returns the paragraph's bookmarks. */
    private static int collectBookmarks(XWPFParagraph paragraph) {
        int marks = 0;
        try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
            String open = null;
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                XmlObject node = cursor.getObject();
                if (node instanceof CTBookmark start) {
                    open = start.getName();
                } else if (node instanceof CTR run && open != null) {
                    bookmarked.put(open, new XWPFRun(run, paragraph).text());
                    marks++;
                    open = null;
                } else if (node instanceof CTMarkupRange) {
                    open = null;
                }
            }
        }
        return marks;
    }

    private static void assertSays(String section, String... phrases) {
        String text = sections.getOrDefault(section, "");
        for (String phrase : phrases) {
            assertTrue(text.contains(phrase), section + " should say “" + phrase + "”:\n" + text);
        }
    }

    @Test
    void everyFigureOfThePublishedReportIsInItsSection() {
        assertSays("1.1 学校概况", "全市共有中等职业学校 6 所，其中普通中等专业学校 2 所", "职业高中 4 所", "公办学校 6 所");
        assertSays("1.2 专业设置", "13 个专业大类、58 个专业", "省级品牌专业 2 个，省级特色专业 2 个");
        assertSays("1.3 学生情况", "在校生 6310 人，比上年减少 233 人", "招生 1490 人", "毕业生 2593 人");
        assertSays("1.4 教师队伍", "教职工 596 人", "专任教师 498 人", "生师比 12.67:1", "中高级职称专任教师 386 人，占专任教师的 77.51%");
        assertSays("1.5 社会服务", "志愿服务队 8 支", "志愿服务活动 156 次");
        assertSays("2.2.1 动态调整专业", "全市 3 所中职学校新增招生专业 5 个");
        assertSays("2.6 贯通培养", "5 所学校的 18 个专业");
        assertSays("2.8 技能大赛", "一等奖 1 项、二等奖 22 项、三等奖 16 项", "获奖指导教师 56 人次");
        assertSays("2.9 培养质量", "毕业生 2593 人，已落实去向 2569 人，就业率 99.07%", "直接就业 849 人，占 33.05%",
                "升入高一级学校 1720 人，占 66.95%");
        assertSays("3.1 服务行业企业", "盂县职业技术学校：", "顶岗实习 212 人次", "人才培养方案 4 份", "合作开发课程 9 门", "授课 460 课时",
                "企业实践 38 人次", "接纳毕业生就业 16 人，占该校直接就业人数的 42.11%");
        assertSays("7.4 经费投入", "2024 年，全市教育经费总支出 33.29 亿元", "中等职业教育经费支出 2.33 亿元", "占教育经费总支出的 7.00%",
                "18347.88 元，比上年的 11123.67 元，增长 64.94%", "15755.57 元，比上年的 14658.12 元，增长 7.49%",
                "1.13 亿元，比上年的 0.84 亿元，增长 34.52%");
    }

    @Test
    void aFigureOfAnotherYearThanTheReportSaysItsYear() {
        assertSays("7.4 经费投入", "生均经费之比为 1.16（2024 年数据）");
    }

    @Test
    void theCountInTheTextIsTheRowsOfTheTableBelowIt() {
        XWPFTable schools = tables.get("1.1 学校概况");
        assertEquals(List.of("序号", "学校名称", "建设水平"), schools.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
        assertEquals(6 + 1, schools.getNumberOfRows(), "6 所 in the text, 6 schools in 图 1");
        assertEquals("国家级重点中等职业学校", schools.getRow(3).getCell(2).getText());
        XWPFTable newMajors = tables.get("2.2.1 动态调整专业");
        assertEquals(5 + 1, newMajors.getNumberOfRows(), "5 new majors in the text and the table");
        List<String> majors = new ArrayList<>();
        for (int r = 1; r < newMajors.getNumberOfRows(); r++) {
            majors.add(newMajors.getRow(r).getCell(2).getText());
        }
        assertTrue(majors.containsAll(List.of("无人机操控与维护", "音乐表演", "舞蹈表演", "矿井通风与安全", "矿山机电")), majors.toString());
    }

    @Test
    void everyNumberIsBookmarkedWithTheIndicatorItComesFrom() {
        assertEquals("6310", bookmarked.entrySet().stream().filter(e -> e.getKey().startsWith("vs_students_v")).findFirst().orElseThrow().getValue());
        assertEquals("12.67:1", valueOf("vs_student_teacher_ratio_v"));
        assertEquals("233", valueOf("vs_students_c"), "the change is linked too");
        assertEquals("33.29", valueOf("vs_voc_funding_share_d"), "the denominator, in the unit received");
        assertEquals("42.11%", bookmarked.get("vs_partner_hire_share_3614000106"), "a school's figure names the school");
        assertEquals("6", bookmarked.get("vs_new_hires_3614000105"), "and in the city's sentence that lists the schools");
        for (Map.Entry<String, String> mark : bookmarked.entrySet()) {
            assertTrue(mark.getKey().matches("vs_[a-z_]+_([vcpndyets]\\d+|\\d{10})") && mark.getKey().length() <= 40, "Word's bookmark names: " + mark.getKey());
        }
        assertTrue(bookmarked.size() >= 100, bookmarked.size() + " bookmarks");
        assertEquals(List.of(), unlinked, "every number of every section's sentences is linked");
    }

    /** The number of the first bookmark by that prefix. */
    private static String valueOf(String prefix) {
        return bookmarked.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no bookmark " + prefix));
    }

    @Test
    void twoNativeChartsShowStudentsBySchoolAndTheGraduatesDestinations() {
        List<XWPFChart> charts = draft.getCharts();
        assertEquals(List.of("2025 年各校招生、在校生、毕业生（人）", "2025 年已落实去向毕业生的去向结构"),
                charts.stream().map(c -> c.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getT()).toList());
        var students = charts.get(0).getChartSeries().get(0);
        assertEquals(3, students.getSeriesCount());
        assertEquals(6, students.getSeries(1).getValuesData().getPointCount(), "a bar per school");
        assertEquals("阳泉市职业中专学校", students.getSeries(1).getCategoryData().getPointAt(0), "the largest first, as in the workbook's chart");
        var destinations = charts.get(1).getChartSeries().get(0).getSeries(0);
        assertEquals(849, destinations.getValuesData().getPointAt(0).intValue());
        assertEquals(1720, destinations.getValuesData().getPointAt(1).intValue());
        var labels = charts.get(1).getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).getDLbls();
        assertTrue(labels.getShowPercent().getVal(), "each slice's share written on it");
        assertEquals("0.00%", labels.getNumFmt().getFormatCode(), "as the text writes it: 66.95%, not 67%");
    }

    @Test
    void chaptersAndSectionsAreWordHeadingsForTheNavigationPaneAndATableOfContents() {
        Map<String, String> styles = new HashMap<>();
        draft.getParagraphs().forEach(p -> styles.put(p.getText(), p.getStyle()));
        assertEquals("Heading1", styles.get("1 基本情况"));
        assertEquals("Heading2", styles.get("1.3 学生情况"));
        assertEquals("Heading2", styles.get("2.2 专业建设"));
        assertEquals("Heading3", styles.get("2.2.1 动态调整专业"));
        assertTrue(draft.getStyles().styleExist("Heading1") && draft.getStyles().styleExist("Heading2"));
        assertEquals(BigInteger.ONE, draft.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal());
    }

    @Test
    void theConventionsAreStatedOnceAtTheTopAndTheRunInTheDocumentsProperties() {
        assertTrue(sections.get("").contains(Wording.CONVENTIONS), sections.get(""));
        assertFalse(sections.get("").contains("vocstat"), "no word of the tool in the text to paste: " + sections.get(""));
        assertTrue(draft.getProperties().getCoreProperties().getDescription().matches("本稿由 vocstat 依据运行 #\\d+.*"),
                "which run the draft is from, where the writer looks: " + draft.getProperties().getCoreProperties().getDescription());
    }

    @Test
    void theAnalystWorkbookListsEverySentenceWithItsIndicators() throws IOException {
        Outputs workbook = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        List<Map<String, String>> sentences = workbook.rows(SentenceCatalogue.SHEET);
        Map<String, String> students = sentences.stream().filter(r -> r.get("编号").equals("S-1.3-1")).findFirst().orElseThrow();
        assertEquals("students、enrolment、graduates", students.get("指标编号"));
        assertEquals("在校生数、招生数、毕业生数", students.get("指标名称"));
        assertEquals(SentenceCatalogue.shipped().sentences().stream().filter(s -> !s.isHeading()).count(), sentences.size());
    }

    @Test
    void theBureausOwnWordingIsUsedAndAnUnknownPlaceholderIsRefusedWithItsLine() throws IOException {
        Path input = root.resolve("wording");
        Files.createDirectories(input.resolve("reference"));
        Files.writeString(input.resolve(SentenceCatalogue.FILE), "编号,章节,标题,段落,范围,模板\nS-1,1.3,学生情况,1,全市,在校学生共 {students} 人。\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("在校学生共 {students} 人。"), SentenceCatalogue.load(input).sentences().stream().map(Sentence::template).toList());

        Files.writeString(input.resolve(SentenceCatalogue.FILE), "编号,章节,标题,段落,范围,模板\nS-1,1.3,学生情况,1,全市,在校学生共 {studnets} 人。\n",
                StandardCharsets.UTF_8);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SentenceCatalogue.load(input));
        assertTrue(refused.getMessage().contains("第 2 行") && refused.getMessage().contains("{studnets}"), refused.getMessage());
    }

    @Test
    void theReportCommandRedraftsTheLatestRunInTheBureausWording() throws IOException {
        Path input = root.resolve("input");
        Path wording = input.resolve(SentenceCatalogue.FILE);
        Files.writeString(wording, "编号,章节,标题,段落,范围,模板\nS-1,1.3,学生情况,1,全市,全市中职在校学生共 {students} 人（{students:变化}）。\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try {
            assertEquals(0, VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), "report", "--year", "2025",
                    "--input", input.toString(), "--output", root.resolve("output").toString(), Fixtures.databaseIn(root)));
        } finally {
            Files.delete(wording);
        }
        assertTrue(console.toString(StandardCharsets.UTF_8).startsWith("已起草数据章节（运行 #"), console.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(root.resolve("output/2025/质量年报数据章节-2025.docx"));
             XWPFDocument redrafted = new XWPFDocument(in)) {
            assertTrue(redrafted.getParagraphs().stream().anyMatch(p -> p.getText().equals("全市中职在校学生共 6310 人（比上年减少 233 人）。")),
                    "the bureau's own sentence");
        }
    }

    @Test
    void anOptionalPartSaysTheOtherWordsWhenItsFigureIsZeroAndAnUnclosedOneIsRefused() throws IOException {
        Path input = root.resolve("input");
        Path wording = input.resolve(SentenceCatalogue.FILE);
        Files.writeString(wording, "编号,章节,标题,段落,范围,模板\nS-1,3.1,服务行业企业,1,每校,{学校}：合作企业 {partners} 家，[订单班 {order_classes} 个|没有订单班]。\n",
                StandardCharsets.UTF_8);
        try {
            assertEquals(0, VocstatApplication.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "report", "--year", "2025",
                    "--input", input.toString(), "--output", root.resolve("output").toString(), Fixtures.databaseIn(root)));
            try (InputStream in = Files.newInputStream(root.resolve("output/2025/质量年报数据章节-2025.docx"));
                 XWPFDocument redrafted = new XWPFDocument(in)) {
                List<String> texts = redrafted.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertTrue(texts.contains("阳泉市体育运动学校：合作企业 4 家，没有订单班。"), texts.toString());
                assertTrue(texts.contains("阳泉市职业中专学校：合作企业 25 家，订单班 4 个。"), texts.toString());
            }
            Files.writeString(wording, "编号,章节,标题,段落,范围,模板\nS-1,3.1,服务行业企业,1,每校,{学校}：[订单班 {order_classes} 个|没有订单班。\n",
                    StandardCharsets.UTF_8);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SentenceCatalogue.load(input));
            assertTrue(refused.getMessage().contains("第 2 行") && refused.getMessage().contains("括号不成对"), refused.getMessage());
        } finally {
            Files.delete(wording);
        }
    }

    @Test
    void aFigureWithoutEveryReturnSaysHowManySchoolsItCovers(@TempDir Path other) throws IOException {
        Path input = Fixtures.shippedInputCopy(other);
        Files.delete(input.resolve("2025/returns/盂县职校-2025.xlsx"));
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.SOME_REJECTED, VocstatApplication.run(out, "run", "--year", "2025", "--input", input.toString(),
                "--output", other.resolve("output").toString(), Fixtures.databaseIn(other)));

        try (InputStream in = Files.newInputStream(other.resolve("output/2025/质量年报数据章节-2025.docx"));
             XWPFDocument partial = new XWPFDocument(in)) {
            String students = partial.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.contains("在校生")).findFirst().orElseThrow();
            assertTrue(students.matches(".*在校生 \\d+ 人（5 所学校报表，缺 1 所）.*"), students);
        }
    }

    @Test
    void aMistakeInTheBureausWordingStopsTheRunAtTheStartNamingItsLine(@TempDir Path other) throws IOException {
        Path input = Fixtures.shippedInputCopy(other);
        Files.writeString(input.resolve(SentenceCatalogue.FILE), "编号,章节,标题,段落,范围,模板\nS-1,1.3,学生情况,1,全市,在校学生共 {在校生} 人。\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), "run", "--year", "2025", "--input",
                input.toString(), "--output", other.resolve("output").toString(), Fixtures.databaseIn(other));

        String said = console.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.FAILED, exit, said);
        assertTrue(said.contains("报告语句.csv 第 2 行：无法识别的占位符 {在校生}"), said);
        assertTrue(!said.contains("[1/6"), "no return was read before the mistake was found: " + said);
        assertTrue(Files.notExists(other.resolve("output/2025/质量年报数据-2025.xlsx")), "nothing published");
    }

    @Test
    void bookmarkIdsAreUnique() {
        List<BigInteger> ids = new ArrayList<>();
        for (XWPFParagraph paragraph : draft.getParagraphs()) {
            paragraph.getCTP().getBookmarkStartList().forEach(b -> ids.add(b.getId()));
        }
        assertEquals(ids.size(), ids.stream().distinct().count());
    }
}
