package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that lost much of what the year's published run had is held before it publishes: the
 * published outputs stay as they were, the operator reads why, and publishes it on purpose with
 * --accept-drop, which only publishes (nothing is computed again).
 */
class PublishGateTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Path input;
    private Path yearDir;

    @BeforeEach
    void publishTheSample() throws IOException {
        input = Fixtures.shippedInputCopy(root);
        yearDir = root.resolve("output/2025");
        assertEquals(ExitCodes.ALL_ACCEPTED, run());
        console.reset();
    }

    private int run(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(Fixtures.databaseIn(root)));
        args.addAll(List.of(extra));
        return Fixtures.run2025(console, input, root.resolve("output"), args.toArray(String[]::new));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunWithMostReturnsGoneIsHeldUntilTheOperatorAcceptsTheDrop() throws Exception {
        Map<String, String> before = Outputs.publishedState(yearDir);
        removeReturnsBut("盂县职校-2025.xlsx", "平定职中年度质量报告数据2025.xlsx");

        assertEquals(ExitCodes.FAILED, run());

        assertTrue(console().contains("暂不发布") && console().contains("有数据的学校从 6 所降到 2 所") && console().contains("--accept-drop"), console());
        assertFalse(console().contains("完成（运行"), console());
        assertEquals(before, Outputs.publishedState(yearDir), "the published outputs are untouched");
        assertEquals(1, Fixtures.latestPublishedRun(root));
        console.reset();
        cn.vocstat.VocstatApplication.run(new java.io.PrintStream(console, true, StandardCharsets.UTF_8), "status", "--year", "2025",
                "--output", root.resolve("output").toString(), Fixtures.databaseIn(root));
        assertTrue(console().lines().anyMatch(l -> l.startsWith("#2") && l.contains("暂不发布")), console());

        console.reset();
        assertEquals(ExitCodes.SOME_REJECTED, run("--accept-drop"));

        assertTrue(console().contains("按 --accept-drop 发布运行 #2") && console().contains("完成（运行 #2）"), console());
        assertFalse(console().contains("[1/2"), "the held run is published, not computed again: " + console());
        assertEquals(2, Fixtures.latestPublishedRun(root));
        assertEquals("2/6", Outputs.open(yearDir.resolve("质量年报数据-2025.xlsx")).indicator("students", "全市").get("覆盖学校"));
    }

    @Test
    void cityIndicatorsThatCouldBeComputedAndNoLongerCanHoldTheRun() throws Exception {
        Files.delete(input.resolve("2025/市级统计.csv"));

        assertEquals(ExitCodes.FAILED, run());

        assertTrue(console().contains("上次可以计算，本次不可计算") && console().contains("请检查市级统计"), console());
        assertEquals(1, Fixtures.latestPublishedRun(root));
    }

    @Test
    void theThresholdIsTheOperatorsToSetAndRaisingItPublishesTheHeldRunWithoutMakingItAgain() throws Exception {
        removeReturnsBut("盂县职校-2025.xlsx", "平定职中年度质量报告数据2025.xlsx");
        assertEquals(ExitCodes.FAILED, run());
        console.reset();

        assertEquals(ExitCodes.SOME_REJECTED, run("--vocstat.thresholds.publish-coverage-drop=0.9"), console());

        assertTrue(console().contains("完成（运行 #2）"), "the same run, published: " + console());
        assertFalse(console().contains("[1/2"), "not computed again: " + console());
        assertEquals(2, Fixtures.latestPublishedRun(root));
    }

    @Test
    void schoolsWhoseNewFileIsRejectedKeepTheirDataSoTheRunIsPublished() throws Exception {
        for (String school : List.of("盂县职校-2025.xlsx", "郊区职高2025.xlsx", "综合中专-质量年报数据-2025.xlsx", "阳泉市体育运动学校2025年报.xlsx")) {
            Path file = input.resolve("2025/returns").resolve(school);
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
                Fixtures.cell(workbook, "社会服务与合作", "B3").setCellValue("约30");
                try (java.io.OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
        }

        assertEquals(ExitCodes.SOME_REJECTED, run());

        assertTrue(console().contains("沿用") && console().contains("完成（运行 #2）"), console());
        assertEquals(2, Fixtures.latestPublishedRun(root));
        assertEquals("6/6", Outputs.open(yearDir.resolve("质量年报数据-2025.xlsx")).indicator("students", "全市").get("覆盖学校"));
    }

    @Test
    void aRegistryThatLostMostOfItsSchoolsHoldsTheRun() throws Exception {
        Path registry = input.resolve("reference/学校名录.csv");
        List<String> lines = Files.readAllLines(registry, StandardCharsets.UTF_8);
        Files.write(registry, lines.subList(0, 3), StandardCharsets.UTF_8);

        assertEquals(ExitCodes.FAILED, run());

        assertTrue(console().contains("应报学校从 6 所降到 2 所") && console().contains("请检查学校名录是否完整"), console());
        assertEquals(1, Fixtures.latestPublishedRun(root));
    }

    private void removeReturnsBut(String... kept) throws IOException {
        try (Stream<Path> returns = Files.list(input.resolve("2025/returns"))) {
            for (Path file : returns.toList()) {
                if (!List.of(kept).contains(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        }
    }


}
