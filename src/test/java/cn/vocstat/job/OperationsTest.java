package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.ForkedRun;
import cn.vocstat.Outputs;
import cn.vocstat.VocstatApplication;
import cn.vocstat.export.OutputSet;
import cn.vocstat.model.Sha256;
import cn.vocstat.sample.SyntheticInput;
import cn.vocstat.store.ConsolidatedTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The operator's side of the job: nightly reruns, corrections, kills, concurrent launches and open readers. */
class OperationsTest {

    private static final int SYNTHETIC_RETURNS = 120;

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(Path where, Path input, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--year", "2025", "--input", input.toString(),
                "--output", where.resolve("output").toString(), Fixtures.databaseIn(where)));
        args.addAll(List.of(extra));
        return VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Every output file of a run with its last-modified time and bytes. */
    private static Map<String, String> outputFiles(Path outputDir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Outputs.publishedState(outputDir.resolve("2025")).forEach((path, state) -> files.put("2025/" + path, state));
        return files;
    }

    @Test
    void anUnchangedNightlyRunDoesNoWorkAndTouchesNoOutput() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input));
        Map<String, String> before = outputFiles(root.resolve("output"));

        assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input));

        assertTrue(console().contains("没有变化：未重新计算，输出完好、保持不变"), console());
        assertEquals(before, outputFiles(root.resolve("output")), "timestamps and bytes of every output");
        ByteArrayOutputStream status = new ByteArrayOutputStream();
        VocstatApplication.run(new PrintStream(status, true, StandardCharsets.UTF_8), "status", "--year", "2025", Fixtures.databaseIn(root));
        long runs = status.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("#")).count();
        assertEquals(1, runs, "no new job instance or execution: " + status);
        assertTrue(status.toString(StandardCharsets.UTF_8).contains("完成") && !status.toString(StandardCharsets.UTF_8).contains("COMPLETED"), status.toString());
    }

    @Test
    void aCorrectedFileIsTheOnlyOneReadAgainAndTheChangeReportListsExactlyWhatMoved() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input));
        console.reset();
        Map<String, String> feedbackBefore = outputFiles(root.resolve("output"));
        Path yuxian = input.resolve("2025/returns/盂县职校-2025.xlsx");
        Fixtures.write(yuxian.getParent(), yuxian.getFileName().toString(), Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "社会服务与合作", "B3").setCellValue(2));

        assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input));

        List<String> progress = console().lines().filter(l -> l.startsWith("[")).toList();
        assertEquals(6, progress.size(), console());
        assertEquals(List.of("盂县职校-2025.xlsx"), progress.stream().filter(l -> !l.contains("未重新读取"))
                .map(l -> l.substring(l.indexOf("] ") + 2, l.indexOf(" →"))).toList(), "only the corrected return is read again");
        Outputs changes = Outputs.open(root.resolve("output/2025/变更说明.xlsx"));
        assertTrue(changes.workbook().getSheet("变更说明").getRow(1).getCell(0).getStringCellValue().matches("运行 #2（.*与上一次发布的运行 #1（.*"),
                "the heading names the two runs compared");
        List<Map<String, String>> table = changes.rows("变更说明", 3);
        Set<String> rows = table.stream()
                .map(r -> r.get("类别") + "|" + r.get("学校名称") + "|" + r.get("项目") + "|" + r.get("原值") + "→" + r.get("新值"))
                .collect(Collectors.toSet());
        Map<String, String> figure = table.stream().filter(r -> r.get("类别").equals("学校数据")).findFirst().orElseThrow();
        assertEquals("盂县职校-2025.xlsx 社会服务与合作!B3", figure.get("位置"), "where the value was typed");
        assertEquals("增加 1", figure.get("变化"), "worded as the report words a change");
        int figureRow = 4 + table.indexOf(figure);
        assertEquals(CellType.NUMERIC, changes.workbook().getSheet("变更说明").getRow(figureRow).getCell(6).getCellType(), "stored as a number");
        assertEquals(1, changes.workbook().getSheet("变更说明").getRow(figureRow).getCell(7).getNumericCellValue(), "the change a number that sorts");
        Map<String, String> cityIndicator = table.stream().filter(r -> r.get("类别").equals("全市指标")).findFirst().orElseThrow();
        assertEquals("增加 1", cityIndicator.get("变化"), "an indicator's change worded the same way as a figure's");
        assertEquals("志愿服务队数", figure.get("用于指标"), "the indicator it feeds");
        Set<String> expected = Set.of(
                "学校数据|盂县职业技术学校|志愿服务队数|1→2",
                "学校指标|盂县职业技术学校|志愿服务队数|1→2",
                "全市指标|全市|志愿服务队数|8→9");
        assertEquals(expected, rows.stream().filter(r -> !r.startsWith("报表")).collect(Collectors.toSet()));
        assertEquals(1, rows.stream().filter(r -> r.startsWith("报表|盂县职业技术学校|替换|")).count(), rows.toString());
        assertEquals(expected.size() + 1, rows.size(), rows.toString());
        assertTrue(Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx")).workbook().getSheet("变更说明") != null);
        assertTrue(Files.exists(root.resolve("output/2025/history/1/质量年报数据-2025.xlsx")), "the previous run's outputs are kept");
        Map<String, String> feedbackAfter = outputFiles(root.resolve("output"));
        List<String> rewritten = feedbackAfter.keySet().stream().filter(f -> f.startsWith("2025/反馈/"))
                .filter(f -> !feedbackAfter.get(f).equals(feedbackBefore.get(f))).toList();
        assertEquals(List.of("2025/反馈/3614000106_盂县职校-2025_审核反馈.xlsx"), rewritten,
                "only the corrected school's feedback is written again (its findings, and so its CSV, are the same)");
        assertEquals("8", Outputs.open(root.resolve("output/2025/history/1/质量年报数据-2025.xlsx")).indicator("volunteer_teams", "全市").get("本年值"));
    }

    @Test
    void theHistoryOfOutputsIsBounded() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        for (int teams = 1; teams <= 3; teams++) {
            int value = teams;
            Fixtures.write(input.resolve("2025/returns"), "盂县职校-2025.xlsx", Fixtures.validReturn(),
                    workbook -> Fixtures.cell(workbook, "社会服务与合作", "B3").setCellValue(value));
            assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input, "--vocstat.output.history-runs=1"));
        }
        try (Stream<Path> kept = Files.list(root.resolve("output/2025/history"))) {
            assertEquals(List.of("3"), kept.map(p -> p.getFileName().toString()).toList(), "the published run's own set is always kept");
        }
    }

    @Test
    void aReaderHoldingTheOldWorkbookOpenStillReadsAWholeFile() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input));
        Path workbook = root.resolve("output/2025/质量年报数据-2025.xlsx");
        try (InputStream analyst = Files.newInputStream(workbook)) {
            byte[] firstBytes = analyst.readNBytes(100);
            Fixtures.write(input.resolve("2025/returns"), "盂县职校-2025.xlsx", Fixtures.validReturn(),
                    w -> Fixtures.cell(w, "社会服务与合作", "B3").setCellValue(2));
            assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input));
            byte[] rest = analyst.readAllBytes();
            byte[] whole = new byte[firstBytes.length + rest.length];
            System.arraycopy(firstBytes, 0, whole, 0, firstBytes.length);
            System.arraycopy(rest, 0, whole, firstBytes.length, rest.length);
            try (XSSFWorkbook old = new XSSFWorkbook(new java.io.ByteArrayInputStream(whole))) {
                assertTrue(old.getSheet("指标汇总") != null, "the old file is complete");
            }
        }
        assertEquals("9", Outputs.open(workbook).indicator("volunteer_teams", "全市").get("本年值"), "the new file is in place");
    }

    @Test
    void aSecondRunWhileOneIsRunningIsRefusedWithItsExitCode() throws Exception {
        Path input = root.resolve("input");
        SyntheticInput.write(input, SYNTHETIC_RETURNS, Fixtures.SHIPPED_INPUT.resolve("reference/专业目录.csv"));
        ForkedRun first = fork(root, input);
        try {
            first.waitForLine("[10/");
            assertEquals(ExitCodes.ALREADY_RUNNING, run(root, input));
            assertTrue(console().contains("正在运行"), console());
        } finally {
            first.kill();
        }
    }

    @Test
    void aRunKilledMidIngestIsCompletedByTheSameCommandAsIfNeverInterrupted() throws Exception {
        killAndRecover("[40/", true);
    }

    @Test
    void aRunKilledMidExportIsCompletedByTheSameCommandAsIfNeverInterrupted() throws Exception {
        killAndRecover("已写入数据库", false);
    }

    @Test
    void aRunKilledWhilePublishingLeavesOneWholeSetAndIsCompletedByTheSameCommand() throws Exception {
        Path input = root.resolve("input");
        SyntheticInput.write(input, SYNTHETIC_RETURNS, Fixtures.SHIPPED_INPUT.resolve("reference/专业目录.csv"));
        assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input));
        SyntheticInput.revise(input, 0);
        ForkedRun process = fork(root, input);
        process.waitForLine("正在发布运行 #2");
        process.kill();

        Map<String, String> seen = seen(root.resolve("output/2025"));
        assertTrue(seen.equals(writtenBy(1)) || seen.equals(writtenBy(2)), "a reader sees run 1's set or run 2's, whole");

        assertEquals(ExitCodes.ALL_ACCEPTED, run(root, input), console());
        assertEquals(writtenBy(2), seen(root.resolve("output/2025")), "the same command completes the publish");
    }

    /** Every file a run wrote, by its path under output/<year>/, with its SHA-256: its archive, which it records only as it publishes. */
    private Map<String, String> writtenBy(long runId) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path archive = OutputSet.archive(root.resolve("output/2025"), 2025, runId).dir();
        if (Files.isDirectory(archive)) {
            OutputSet.manifest(archive, List.of()).forEach(file -> files.put(file.path(), file.sha256()));
        }
        return files;
    }

    private static Map<String, String> seen(Path yearDir) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        for (Map.Entry<String, Path> file : Outputs.published(yearDir).entrySet()) {
            seen.put(file.getKey(), Sha256.of(file.getValue()));
        }
        return seen;
    }

    @Test
    @Timeout(180)
    void aHeapTooSmallForTheRunIsAFailureWithItsOwnMessageNeverTheCodeOfARunInProgress() throws Exception {
        Path input = root.resolve("input");
        SyntheticInput.write(input, 20, Fixtures.SHIPPED_INPUT.resolve("reference/专业目录.csv"));
        ForkedRun starved = ForkedRun.start(List.of("-Xmx16m"), "run", "--year", "2025", "--input", input.toString(), "--output",
                root.resolve("starved/output").toString(), Fixtures.databaseIn(root.resolve("starved")));

        assertEquals(ExitCodes.FAILED, starved.finish(), starved.console());
        assertTrue(starved.console().contains("内存不足（Java 堆上限"), starved.console());
    }

    /** Kills a run where it prints {@code killAt}; the same command completes it, reading the returns again only when ingest had not finished. */
    private void killAndRecover(String killAt, boolean readsReturnsAgain) throws Exception {
        Path input = root.resolve("input");
        SyntheticInput.write(input, SYNTHETIC_RETURNS, Fixtures.SHIPPED_INPUT.resolve("reference/专业目录.csv"));
        Path killed = root.resolve("killed");
        ForkedRun process = fork(killed, input);
        String seen = process.waitForLine(killAt);
        assertNotEquals(0, process.kill());
        assertFalse(seen.contains("完成（运行"), "killed before it completed: " + seen);

        assertEquals(ExitCodes.ALL_ACCEPTED, run(killed, input), console());
        assertTrue(console().contains("已标记为失败，现重新运行"), console());
        assertEquals(readsReturnsAgain, console().contains("[1/" + SYNTHETIC_RETURNS), "returns read again: " + console());

        Path clean = root.resolve("clean");
        assertEquals(ExitCodes.ALL_ACCEPTED, run(clean, input));
        assertEquals(tables(clean), tables(killed), "every consolidated table equals a clean run's");
        assertEquals(csvFiles(clean), csvFiles(killed), "every CSV output equals a clean run's");
        assertEquals(Set.of(), leftovers(killed.resolve("output")), "no temporary file left behind");
    }

    private static Map<String, List<String>> tables(Path where) throws SQLException {
        try (Connection h2 = DriverManager.getConnection(Fixtures.h2Url(where), "sa", "")) {
            return ConsolidatedTables.snapshot(h2);
        }
    }

    private static Map<String, String> csvFiles(Path where) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, Path> file : Outputs.published(where.resolve("output/2025")).entrySet()) {
            if (file.getKey().endsWith(".csv")) {
                files.put(file.getKey(), Files.readString(file.getValue(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(files.size() > SYNTHETIC_RETURNS, "CSV tables and one findings CSV per return");
        return files;
    }

    private static Set<String> leftovers(Path outputDir) throws IOException {
        try (Stream<Path> tree = Files.walk(outputDir)) {
            return tree.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).collect(Collectors.toSet());
        }
    }

    /** The job in a JVM of its own, as cron or systemd would start it. */
    private static ForkedRun fork(Path where, Path input) throws IOException {
        return ForkedRun.start("run", "--year", "2025", "--input", input.toString(), "--output", where.resolve("output").toString(),
                "--verbose", Fixtures.databaseIn(where));
    }
}
