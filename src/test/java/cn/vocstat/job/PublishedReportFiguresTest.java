package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import cn.vocstat.VocstatApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report test: the shipped sample, run for 2024 then 2025 on the embedded database, gives
 * every figure of the published 2025 report, read back from the analyst workbook.
 */
class PublishedReportFiguresTest {

    @TempDir
    static Path root;
    static Outputs workbook;
    static int exitCode2025;
    static String console;

    @BeforeAll
    static void runSample() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Path output = root.resolve("output");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        String db = Fixtures.databaseIn(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, VocstatApplication.run(out, "run", "--year", "2024", "--input", input.toString(), "--output", output.toString(), db));
        exitCode2025 = VocstatApplication.run(out, "run", "--year", "2025", "--input", input.toString(), "--output", output.toString(), db);
        console = text.toString(StandardCharsets.UTF_8);
        workbook = Outputs.open(output.resolve("2025/质量年报数据-2025.xlsx"));
    }

    private static void assertCity(String id, String displayed) {
        Map<String, String> row = workbook.indicator(id, "全市");
        assertEquals(displayed, row.get("本年值").replace(",", ""), id + " as the cell shows it (thousands grouped)");
        assertEquals("6/6", row.get("覆盖学校"), id + " coverage");
    }

    @Test
    void everyReturnIsAcceptedAndTheRunSaysSo() {
        assertEquals(ExitCodes.ALL_ACCEPTED, exitCode2025);
        assertTrue(console.contains("采用 6 份，退回 0 份；应报 6 所，缺报 0 所"), console);
    }

    @Test
    void theSummaryPageGivesTheHeadlineFiguresBesideLastYearsOnOnePage() throws IOException {
        Map<String, Map<String, String>> headlines = new java.util.HashMap<>();
        workbook.rows("概要").forEach(row -> headlines.put(row.get("指标"), row));
        assertEquals("6,310", headlines.get("在校生数").get("本年值"));
        assertEquals("6,543", headlines.get("在校生数").get("上年值"));
        assertEquals("减少 233", headlines.get("在校生数").get("变化"));
        assertEquals("99.07%", headlines.get("就业率").get("本年值"));
        assertEquals("12.67:1", headlines.get("生师比").get("本年值"));
        assertEquals("2024", headlines.get("中职生均一般公共预算教育经费增长率").get("数据年度"), "a city statistic's own year");
        try (java.io.InputStream in = Files.newInputStream(root.resolve("output/2025/质量年报数据-2025.xlsx"));
             org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertEquals("概要", book.getSheetName(1), "first after 说明");
            assertEquals(1, book.getSheet("概要").getPrintSetup().getFitHeight(), "one page tall");
            assertEquals(1, book.getSheet("概要").getPrintSetup().getFitWidth(), "one page wide");
        }
    }

    @Test
    void theChartsSheetDrawsTheSchoolsAndTheCityFromTheRunsFigures() throws IOException {
        try (java.io.InputStream in = Files.newInputStream(root.resolve("output/2025/质量年报数据-2025.xlsx"));
             org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.xssf.usermodel.XSSFSheet charts = book.getSheet("图表");
            assertEquals(2, book.getSheetIndex(charts), "图表 right after 说明 and 概要");
            List<org.apache.poi.xssf.usermodel.XSSFChart> drawn = charts.getDrawingPatriarch().getCharts();
            assertEquals(List.of("2025 年各校招生、在校生、毕业生（人）", "2025 年全市已落实去向毕业生的去向结构", "2025 年各校专任教师职称结构（人）"),
                    drawn.stream().map(c -> c.getTitleText().getString()).toList());
            var studentBars = drawn.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals(org.openxmlformats.schemas.drawingml.x2006.chart.STBarDir.BAR, studentBars.getBarDir().getVal(), "bars along the page: names read level");
            assertTrue(studentBars.getSerArray(0).getDLbls().getShowVal().getVal(), "each bar's value written at it");
            var students = drawn.get(0).getChartSeries().get(0);
            assertEquals(3, students.getSeriesCount());
            assertEquals(6, students.getSeries(1).getValuesData().getPointCount(), "one bar per school");
            Map<String, String> city = workbook.rows("学生与就业").stream().filter(r -> r.get("学校名称").equals("全市合计")).findFirst().orElseThrow();
            assertEquals(Long.parseLong(city.get("在校生数").replace(",", "")), sum(students.getSeries(1).getValuesData()), "在校生数 bars add up to the city");
            var destinations = drawn.get(1).getChartSeries().get(0).getSeries(0);
            assertEquals(List.of("直接就业", "升学"), java.util.stream.IntStream.range(0, destinations.getCategoryData().getPointCount())
                    .mapToObj(i -> destinations.getCategoryData().getPointAt(i).toString()).toList(), "the placed graduates, whose shares the report states");
            assertEquals(Long.parseLong(city.get("直接就业人数").replace(",", "")), destinations.getValuesData().getPointAt(0).longValue());
            assertEquals(Long.parseLong(city.get("升学人数").replace(",", "")), destinations.getValuesData().getPointAt(1).longValue());
            assertEquals("0.00%", drawn.get(1).getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).getDLbls().getNumFmt().getFormatCode(),
                    "shares as the text writes them: 66.95%, not 66%");
            var titles = drawn.get(2).getChartSeries().get(0);
            assertEquals(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED,
                    ((org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) titles).getBarGrouping());
            assertTrue(titles.getSeries(0).getValuesData().getDataRangeReference().startsWith("图表!"), "drawn from the sheet's own table");
        }
    }

    private static long sum(org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource<? extends Number> values) {
        long total = 0;
        for (int i = 0; i < values.getPointCount(); i++) {
            total += values.getPointAt(i).longValue();
        }
        return total;
    }

    @Test
    void schoolsInTheStatistics() {
        assertCity("schools", "6");
        assertCity("schools_general", "2");
        assertCity("schools_vocational_high", "4");
        assertCity("schools_public", "6");
        List<Map<String, String>> schools = workbook.rows("学校概况");
        assertEquals(List.of("阳泉市体育运动学校", "阳泉市综合中专学校", "阳泉市职业中专学校", "阳泉市郊区职业高级中学校", "平定县高级职业中学校", "盂县职业技术学校"),
                schools.stream().map(r -> r.get("学校名称")).toList());
        assertEquals("阳泉市体育局", schools.get(0).get("主管部门"));
        assertEquals("国家级重点中等职业学校", schools.get(2).get("建设水平"));
        assertTrue(schools.stream().allMatch(r -> r.get("举办性质").equals("公办") && r.get("数据状态").equals("已采用")));
    }

    @Test
    void majors() {
        assertCity("majors", "58");
        assertCity("categories", "13");
        assertCity("brand_majors", "2");
        assertCity("featured_majors", "2");
        assertCity("through_schools", "5");
        assertCity("through_majors", "18");
    }

    @Test
    void newMajorsAreTheTableOfFigure4() {
        assertCity("new_majors", "5");
        assertCity("new_major_schools", "3");
        List<List<String>> table = workbook.rows("新增专业").stream()
                .map(r -> List.of(r.get("学校名称"), r.get("新增专业"), r.get("专业大类"))).toList();
        assertEquals(List.of(
                List.of("阳泉市综合中专学校", "音乐表演", "文化艺术大类"),
                List.of("阳泉市综合中专学校", "舞蹈表演", "文化艺术大类"),
                List.of("阳泉市职业中专学校", "无人机操控与维护", "装备制造大类"),
                List.of("盂县职业技术学校", "矿井通风与安全", "资源环境与安全大类"),
                List.of("盂县职业技术学校", "矿山机电", "资源环境与安全大类")), table);
    }

    @Test
    void studentsAndEmployment() {
        assertCity("students", "6310");
        assertCity("enrolment", "1490");
        assertCity("graduates", "2593");
        assertCity("employed", "2569");
        assertCity("direct_employed", "849");
        assertCity("further_study", "1720");
        assertCity("employment_rate", "99.07%");
        assertCity("direct_employment_share", "33.05%");
        assertCity("further_study_share", "66.95%");
    }

    @Test
    void teachers() {
        assertCity("staff", "596");
        assertCity("full_time_teachers", "498");
        assertCity("mid_senior_teachers", "386");
        assertCity("student_teacher_ratio", "12.67:1");
        assertCity("mid_senior_title_ratio", "77.51%");
        Map<String, String> ratio = workbook.indicator("mid_senior_title_ratio", "全市");
        assertEquals("386", ratio.get("分子"));
        assertEquals("498", ratio.get("分母"));
    }

    @Test
    void volunteersAndAwards() {
        assertCity("volunteer_teams", "8");
        assertCity("volunteer_activities", "156");
        assertCity("awards_first", "1");
        assertCity("awards_second", "22");
        assertCity("awards_third", "16");
        assertCity("awards_advisors", "56");
        assertTrue(workbook.rows("技能大赛").stream().allMatch(r -> r.get("赛事名称").equals("第十九届职业院校技能大赛")));
    }

    @Test
    void yuXianCooperation() {
        Map<String, String> yuxian = workbook.rows("社会服务与合作").stream()
                .filter(r -> r.get("学校名称").equals("盂县职业技术学校")).findFirst().orElseThrow();
        assertEquals("212", yuxian.get("顶岗实习人次"));
        assertEquals("4", yuxian.get("企业参与制定人才培养方案数"));
        assertEquals("9", yuxian.get("合作开发课程数"));
        assertEquals("460", yuxian.get("企业技术骨干授课课时"));
        assertEquals("38", yuxian.get("教师企业实践人次"));
        assertEquals("16", yuxian.get("合作企业接纳毕业生就业人数"));
        Map<String, String> share = workbook.indicator("partner_hire_share", "盂县职业技术学校");
        assertEquals("16", share.get("分子"));
        assertEquals("38", share.get("分母"), "its 38 directly employed graduates");
        assertEquals("42.11%", share.get("本年值"), "the report rounds to 42 %");
    }

    @Test
    void fundingFromTheCityStatistics() {
        Map<String, String> share = workbook.indicator("voc_funding_share", "全市");
        assertEquals("7.00%", share.get("本年值"));
        assertEquals("2024", share.get("数据年度"), "fiscal 2024 figures in the 2025 report");
        assertEquals("233,000,000.00", share.get("分子"));
        assertEquals("3,329,000,000.00", share.get("分母"));
        assertEquals("64.94%", workbook.indicator("voc_per_student_growth", "全市").get("本年值"));
        assertEquals("18,347.88", workbook.indicator("voc_per_student_growth", "全市").get("分子"));
        assertEquals("11,123.67", workbook.indicator("voc_per_student_growth", "全市").get("分母"));
        assertEquals("7.49%", workbook.indicator("hs_per_student_growth", "全市").get("本年值"));
        assertEquals("1.16", workbook.indicator("voc_to_hs_per_student", "全市").get("本年值"));
        Map<String, String> project = workbook.indicator("voc_project_exp_growth", "全市");
        assertEquals("34.52%", project.get("本年值"));
        assertEquals("113,000,000.00", project.get("分子"));
        assertEquals("84,000,000.00", project.get("分母"));
    }

    @Test
    void priorYearShowsTheFallTheReportDescribes() {
        for (String id : List.of("enrolment", "students", "graduates")) {
            Map<String, String> row = workbook.indicator(id, "全市");
            assertFalse(row.get("上年值").isEmpty(), id);
            assertTrue(row.get("变化").startsWith("减少 "), id + " fell on 2024: " + row.get("变化"));
        }
    }

    @Test
    void everyFigureIsTracedToItsFile() {
        List<Map<String, String>> sources = workbook.rows("数据来源");
        assertEquals(6, sources.size());
        for (Map<String, String> source : sources) {
            assertTrue(source.get("SHA-256").matches("[0-9a-f]{64}"), source.toString());
            assertEquals("采用", source.get("状态"));
        }
        workbook.rows("学生与就业").stream().filter(r -> !r.get("学校标识码").isEmpty())
                .forEach(r -> assertTrue(sources.stream().anyMatch(s -> s.get("文件名").equals(r.get("来源文件"))), r.toString()));
    }

    @Test
    void personalDataAppearsInNoOutput() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("output/2025"))) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String text = Files.readString(csv, StandardCharsets.UTF_8);
                assertFalse(text.contains("张老师") || text.contains("0353-0000000") || text.contains("填报人"), csv.toString());
            }
        }
        workbook.workbook().forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertFalse(cell.toString().contains("张老师") || cell.toString().contains("0353-0000000"), sheet.getSheetName()))));
    }
}
