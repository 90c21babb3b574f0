package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import cn.vocstat.VocstatApplication;
import cn.vocstat.form.ReturnContent;
import cn.vocstat.form.ReturnWorkbookBuilder;
import cn.vocstat.sample.YangquanSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job from the operator's side: what it prints, what it returns, what it leaves behind. */
class ConsolidationRunTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = Fixtures.databaseIn(root);
        return VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), all);
    }

    private int run2025(Path input) {
        return run("run", "--year", "2025", "--input", input.toString(), "--output", root.resolve("output").toString());
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private Path inputWithSampleReturns() throws IOException {
        Path input = Fixtures.inputWithReference(root);
        for (ReturnContent school : YangquanSample.returns(2025)) {
            ReturnWorkbookBuilder.write(school, input.resolve("2025/returns").resolve(school.schoolCode() + ".xlsx"));
        }
        return input;
    }

    @Test
    void aBrokenReturnIsRejectedAndTheOtherSchoolsGoOn() throws IOException {
        Path input = inputWithSampleReturns();
        Path broken = input.resolve("2025/returns/3614000106.xlsx");
        byte[] bytes = Files.readAllBytes(broken);
        Files.write(broken, Arrays.copyOf(bytes, bytes.length / 2));

        assertEquals(ExitCodes.SOME_REJECTED, run2025(input));

        assertTrue(console().contains("退回 3614000106.xlsx"), console());
        assertTrue(console().contains("缺报：3614000106 盂县职业技术学校"), console());
        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        Map<String, String> source = outputs.rows("数据来源").stream().filter(r -> r.get("文件名").equals("3614000106.xlsx")).findFirst().orElseThrow();
        assertEquals("退回", source.get("状态"));
        assertTrue(outputs.rows("数据质量").stream().anyMatch(r -> r.get("文件").equals("3614000106.xlsx")
                && r.get("规则编号").equals("F-FILE-01") && r.get("严重程度").equals("错误")));
        assertEquals("5/6", outputs.indicator("students", "全市").get("覆盖学校"));
        assertEquals("5,640", outputs.indicator("students", "全市").get("本年值"));
        assertTrue(outputs.rows("学校概况").stream().anyMatch(r -> r.get("学校名称").equals("盂县职业技术学校") && r.get("数据状态").equals("缺报")));
    }

    @Test
    void aRejectedCorrectionKeepsTheLastAcceptedVersionInUseAndMarksIt() throws IOException {
        Path input = inputWithSampleReturns();
        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input));
        Files.delete(input.resolve("2025/returns/3614000106.xlsx"));
        Fixtures.write(input.resolve("2025/returns"), "盂县-更正.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "教师队伍", "B7").setCellValue("约30"));

        assertEquals(ExitCodes.SOME_REJECTED, run2025(input));

        assertTrue(console().contains("沿用：3614000106 盂县职业技术学校 上次采用的 3614000106.xlsx"), console());
        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("6,310", outputs.indicator("students", "全市").get("本年值"), "the school's accepted data still counts");
        assertEquals("6/6", outputs.indicator("students", "全市").get("覆盖学校"));
        assertTrue(outputs.rows("学校概况").stream().anyMatch(r -> r.get("学校名称").equals("盂县职业技术学校")
                && r.get("数据状态").equals("沿用上次采用的版本") && r.get("来源文件").equals("3614000106.xlsx")));
        assertTrue(outputs.rows("学生与就业").stream().anyMatch(r -> r.get("来源文件").equals("3614000106.xlsx（沿用上次采用的版本）")));
        Map<String, String> statuses = new java.util.HashMap<>();
        outputs.rows("数据来源").forEach(r -> statuses.put(r.get("文件名"), r.get("状态")));
        assertEquals("退回", statuses.get("盂县-更正.xlsx"));
        assertEquals("沿用上次采用的版本", statuses.get("3614000106.xlsx"));
        assertTrue(outputs.rows("数据质量").stream().anyMatch(r -> r.get("规则编号").equals("G-REG-08") && r.get("文件").equals("盂县-更正.xlsx")));
    }

    @Test
    void aCorrectedFileUnderTheAcceptedFilesNameIsANewVersionWhoseFeedbackShowsOnlyItsOwnFindings() throws IOException {
        Path input = inputWithSampleReturns();
        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input));
        Fixtures.write(input.resolve("2025/returns"), "3614000106.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "教师队伍", "B7").setCellValue("约30"));

        assertEquals(ExitCodes.SOME_REJECTED, run2025(input));

        List<String> feedback = Files.readAllLines(root.resolve("output/2025/反馈/3614000106_审核结果.csv"), StandardCharsets.UTF_8);
        List<String> rules = feedback.stream().skip(1).map(line -> line.split(",")[2]).sorted().toList();
        assertEquals(List.of("G-REG-08", "V-NUM-02"), rules, feedback.toString());
        String carried = feedback.stream().filter(line -> line.contains("G-REG-08")).findFirst().orElseThrow();
        assertTrue(carried.matches(".*沿用上次采用的“3614000106.xlsx”（SHA-256 [0-9a-f]{12}，\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 采用）.*"), carried);
        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("6,310", outputs.indicator("students", "全市").get("本年值"), "the earlier version of the same name stays in use");
    }

    @Test
    void aRejectedReturnWithNoEarlierVersionLeavesTheSchoolMissing() throws IOException {
        Path input = inputWithSampleReturns();
        Fixtures.write(input.resolve("2025/returns"), "3614000106.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "教师队伍", "B7").setCellValue("约30"));

        assertEquals(ExitCodes.SOME_REJECTED, run2025(input));

        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("5/6", outputs.indicator("students", "全市").get("覆盖学校"));
        assertEquals("5/6", outputs.indicator("employment_rate", "全市").get("覆盖学校"));
    }

    @Test
    void hostileFilesAreRejectedOneByOneAndTheRunGoesOn() throws IOException {
        Path input = inputWithSampleReturns();
        Path returns = input.resolve("2025/returns");
        Files.write(returns.resolve("empty.xlsx"), new byte[0]);
        Files.writeString(returns.resolve("table.xlsx"), "学校标识码,学校名称\n");
        Files.write(returns.resolve("scan.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        try (var xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = Files.newOutputStream(returns.resolve("old.xls"))) {
            xls.createSheet("基本信息");
            xls.write(out);
        }

        assertEquals(ExitCodes.SOME_REJECTED, run2025(input));

        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("6/6", outputs.indicator("students", "全市").get("覆盖学校"));
        Map<String, String> statuses = new java.util.HashMap<>();
        outputs.rows("数据来源").forEach(r -> statuses.put(r.get("文件名"), r.get("状态") + "/" + r.get("错误数")));
        for (String hostile : List.of("empty.xlsx", "table.xlsx", "scan.pdf")) {
            assertEquals("退回/1", statuses.get(hostile), hostile);
        }
        assertTrue(statuses.get("old.xls").startsWith("退回/"), "an .xls is read, and this one is no return: " + statuses);
        assertTrue(Files.exists(root.resolve("output/2025/反馈/scan_审核反馈.xlsx")), "even an unreadable file gets feedback");
    }

    @Test
    void anXlsReturnCountsExactlyLikeItsXlsxTwinAndGetsItsFeedbackAsXls() throws IOException {
        Path input = inputWithSampleReturns();
        Files.delete(input.resolve("2025/returns/3614000106.xlsx"));
        ReturnWorkbookBuilder.write(Fixtures.validReturn(), input.resolve("2025/returns/3614000106.xls"));

        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input), console());

        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("6,310", outputs.indicator("students", "全市").get("本年值"));
        assertEquals("99.07%", outputs.indicator("employment_rate", "全市").get("本年值"));
        assertEquals("6/6", outputs.indicator("students", "全市").get("覆盖学校"));
        assertTrue(Files.exists(root.resolve("output/2025/反馈/3614000106_审核反馈.xls")), "an .xls comes back as .xls");
    }

    @Test
    void everyEntryOfTheReturnsFolderIsAccountedForAndNoneStopsTheRun() throws Exception {
        Path input = inputWithSampleReturns();
        Path returns = input.resolve("2025/returns");
        Path valid = returns.resolve("3614000106.xlsx");
        Files.copy(valid, returns.resolve(".隐藏的报表.xlsx"));
        Files.writeString(returns.resolve("~$3614000106.xlsx"), "lock");
        Files.writeString(returns.resolve(".DS_Store"), "mac");
        Files.createDirectories(returns.resolve("平定.xlsx"));
        assertEquals(0, new ProcessBuilder("mkfifo", returns.resolve("管道.xlsx").toString()).start().waitFor());
        Files.createSymbolicLink(returns.resolve("设备.xlsx"), Path.of("/dev/zero"));
        Files.createSymbolicLink(returns.resolve("失效.xlsx"), returns.resolve("不存在.xlsx"));
        Files.createSymbolicLink(returns.resolve("链接.xlsx"), valid);
        assertEquals(0, new ProcessBuilder("sh", "-c", "cp \"$0\" \"$1/$(printf 'GBK\\262\\273.xlsx')\"", valid.toString(), returns.toString())
                .start().waitFor());
        String longName = "阳泉市盂县职业技术学校".repeat(7) + ".xlsx";
        Files.copy(valid, returns.resolve(longName));
        boolean procMem = Files.exists(Path.of("/proc/self/mem"));
        if (procMem) {
            Files.createSymbolicLink(returns.resolve("读不了.xlsx"), Path.of("/proc/self/mem"));
        }

        int exit = run2025(input);

        assertEquals(procMem ? ExitCodes.SOME_REJECTED : ExitCodes.ALL_ACCEPTED, exit, console());
        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("6,310", outputs.indicator("students", "全市").get("本年值"), "the good returns' figures");
        Map<String, String> statuses = new java.util.HashMap<>();
        outputs.rows("数据来源").forEach(r -> statuses.put(r.get("文件名"), r.get("状态")));
        for (String skipped : List.of(".隐藏的报表.xlsx", "~$3614000106.xlsx", ".DS_Store", "平定.xlsx", "管道.xlsx", "设备.xlsx", "失效.xlsx")) {
            assertEquals("未读取", statuses.get(skipped), skipped + " in " + statuses);
        }
        assertTrue(statuses.entrySet().stream().anyMatch(e -> e.getKey().startsWith("GBK") && e.getValue().equals("未读取")), statuses.toString());
        assertTrue(Set.of("采用", "被替代").contains(statuses.get("链接.xlsx")), "a link to a return is read as the return: " + statuses);
        assertTrue(Set.of("采用", "被替代").contains(statuses.get(longName)), statuses.toString());
        if (procMem) {
            assertEquals("退回", statuses.get("读不了.xlsx"));
        }
        List<Map<String, String>> findings = outputs.rows("数据质量");
        assertTrue(findings.stream().anyMatch(r -> r.get("文件").equals("平定.xlsx") && r.get("规则编号").equals("F-FILE-11")
                && r.get("说明").contains("是文件夹")), findings.toString());
        assertTrue(findings.stream().anyMatch(r -> r.get("文件").equals(".隐藏的报表.xlsx") && r.get("严重程度").equals("警告")));
        assertTrue(findings.stream().anyMatch(r -> r.get("文件").equals("~$3614000106.xlsx") && r.get("规则编号").equals("F-FILE-12")));
        assertTrue(console().contains("平定.xlsx → 是文件夹"), console());
        try (var feedback = Files.list(root.resolve("output/2025/反馈"))) {
            assertTrue(feedback.anyMatch(f -> f.getFileName().toString().matches("3614000106_阳泉市盂县.*_[0-9a-f]{8}_审核反馈\\.xlsx")),
                    "a name too long for the feedback's own is shortened with a hash");
        }
    }

    @Test
    void aFileOverItsTimeLimitIsRejectedWithoutHoldingUpTheRun() throws IOException {
        Path input = inputWithSampleReturns();
        String[] everyFileTimesOut = {"run", "--year", "2025", "--input", input.toString(), "--output", root.resolve("output").toString(),
                "--vocstat.ingest.file-timeout=0ms"};
        assertEquals(ExitCodes.FAILED, run(everyFileTimesOut), "a run whose every return is rejected is held, not published");
        assertTrue(console().contains("全部被退回") && console().contains("--accept-drop"), console());

        assertEquals(ExitCodes.SOME_REJECTED, run(java.util.stream.Stream.concat(java.util.Arrays.stream(everyFileTimesOut),
                java.util.stream.Stream.of("--accept-drop")).toArray(String[]::new)));

        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        List<Map<String, String>> timeouts = outputs.rows("数据质量").stream().filter(r -> r.get("规则编号").equals("F-FILE-08")).toList();
        assertEquals(6, timeouts.size(), timeouts.toString());
        assertEquals("0/6", outputs.indicator("students", "全市").get("覆盖学校"));
        assertEquals("不可计算", outputs.indicator("employment_rate", "全市").get("本年值"));
    }

    @Test
    void anUnchangedRerunIsRecognisedAndRewritesNothing() throws IOException {
        Path input = inputWithSampleReturns();
        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input));
        Path workbook = root.resolve("output/2025/质量年报数据-2025.xlsx");
        FileTime written = Files.getLastModifiedTime(workbook);
        byte[] bytes = Files.readAllBytes(workbook);

        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input));

        assertTrue(console().contains("没有变化"), console());
        assertEquals(written, Files.getLastModifiedTime(workbook));
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(workbook)));
    }

    @Test
    void aChangedReturnIsANewRunWithNewFigures() throws IOException {
        Path input = inputWithSampleReturns();
        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input));
        Fixtures.write(input.resolve("2025/returns"), "3614000106.xlsx", Fixtures.validReturn(),
                workbook -> workbook.getSheet("社会服务与合作").getRow(2).getCell(1).setCellValue(2));

        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input));

        assertTrue(console().contains("运行 #2"), console());
        assertEquals("9", Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx")).indicator("volunteer_teams", "全市").get("本年值"));
    }

    @Test
    void missingReferenceDataFailsWithAMessageThatSaysHowToFixIt() throws IOException {
        Path input = inputWithSampleReturns();
        Files.delete(input.resolve("reference/学校名录.csv"));

        assertEquals(ExitCodes.FAILED, run2025(input));

        assertTrue(console().contains("找不到参考数据文件") && console().contains("学校名录.csv"), console());
    }

    @Test
    void aCheckThatCannotFinishExitsTwoWithOneLineNotOneAsForAReturnWithErrors() throws IOException {
        Path file = Fixtures.write(root, "return.xlsx", Fixtures.validReturn(), workbook -> { });
        Path blocked = Files.writeString(root.resolve("not-a-folder"), "a file where the feedback folder should be");

        int exit = run("check", file.toString(), "--year", "2025", "--input", Fixtures.SHIPPED_INPUT.toString(), "--output", blocked.toString());

        assertEquals(ExitCodes.FAILED, exit, console());
        assertEquals(1, console().lines().count(), console());
        assertTrue(!console().contains("Exception") && !console().contains("\tat "), console());
    }

    @Test
    void theCommandLineExplainsItself() {
        assertEquals(ExitCodes.USAGE, run("run"));
        assertTrue(console().contains("--year"), console());
        assertEquals(0, run("--help"));
        assertTrue(console().contains("退出码"));
        assertEquals(ExitCodes.USAGE, run("frobnicate"));
    }

    @Test
    void returnsOfSchoolsNotInTheStatisticsAreKeptApart() throws IOException {
        Path input = inputWithSampleReturns();
        ReturnContent special = Fixtures.validReturn().withIdentity("3614000201", "山西省特殊教育师范学校");
        ReturnWorkbookBuilder.write(special, input.resolve("2025/returns/special.xlsx"));

        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(input));

        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("不纳入统计", outputs.rows("数据来源").stream().filter(r -> r.get("文件名").equals("special.xlsx")).findFirst().orElseThrow().get("状态"));
        assertEquals("6,310", outputs.indicator("students", "全市").get("本年值"));
        List<Map<String, String>> findings = outputs.rows("数据质量");
        assertTrue(findings.stream().anyMatch(r -> r.get("规则编号").equals("G-REG-05") && r.get("严重程度").equals("提示")), findings.toString());
    }
}
