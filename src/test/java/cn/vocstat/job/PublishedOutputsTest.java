package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published outputs belong to a completed run: a failed run leaves them as they were, an
 * unchanged run checks them and restores what is missing or altered, and the embedded database
 * lives in the output folder it belongs to.
 */
class PublishedOutputsTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(Path input, Path output, String... extra) {
        return Fixtures.run2025(console, input, output, extra);
    }

    private int run(Path input) {
        return run(input, root.resolve("output"), Fixtures.databaseIn(root));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static void changeVolunteerTeams(Path input, int teams) throws IOException {
        Fixtures.write(input.resolve("2025/returns"), "盂县职校-2025.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "社会服务与合作", "B3").setCellValue(teams));
    }

    @Test
    void aRunThatFailsBeforeItCompletesLeavesThePublishedOutputsByteForByte() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        Path yearDir = root.resolve("output/2025");
        Map<String, String> before = Outputs.publishedState(yearDir);
        changeVolunteerTeams(input, 2);
        // a directory where publishing puts the link it switches the outputs with: the run fails as it publishes
        Path inTheWay = Files.createDirectories(yearDir.resolve(".published/.current.link/占位"));

        assertEquals(ExitCodes.FAILED, run(input));

        assertTrue(console().contains("已发布的输出保持不变") && console().contains("详细信息见日志"), console());
        assertFalse(console().contains("\tat "), "no stack trace on the console");
        assertEquals(before, Outputs.publishedState(yearDir), "every published file keeps its bytes and its time");
        assertEquals(1, Fixtures.latestPublishedRun(root), "the views still show the run whose outputs are published");

        Files.delete(inTheWay);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input), console());
        assertEquals("9", Outputs.open(yearDir.resolve("质量年报数据-2025.xlsx")).indicator("volunteer_teams", "全市").get("本年值"));
        assertEquals(2, Fixtures.latestPublishedRun(root));
    }

    @Test
    void anOutputDeletedOrEditedIsRestoredFromTheRunsArchiveWithoutANewRun() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        Path yearDir = root.resolve("output/2025");
        byte[] summary = Files.readAllBytes(yearDir.resolve("csv/指标汇总.csv"));
        Path feedback = yearDir.resolve("反馈/3614000106_盂县职校-2025_审核结果.csv");
        byte[] feedbackBytes = Files.readAllBytes(feedback);
        Files.delete(yearDir.resolve("csv/指标汇总.csv"));
        Files.writeString(feedback, "edited by hand");

        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));

        assertTrue(console().contains("已从该运行的存档恢复") && console().contains("csv/指标汇总.csv"), console());
        assertArrayEquals(summary, Files.readAllBytes(yearDir.resolve("csv/指标汇总.csv")));
        assertArrayEquals(feedbackBytes, Files.readAllBytes(feedback));
        assertFalse(console().contains("运行 #2"), "nothing was recomputed: " + console());
    }

    @Test
    void whenTheArchiveIsGoneTooTheRunIsMadeAgainWithTheSameFigures() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        Path yearDir = root.resolve("output/2025");
        Files.delete(yearDir.resolve("质量年报数据-2025.xlsx").toRealPath());
        try (Stream<Path> tree = Files.walk(yearDir.resolve("history"))) {
            for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }

        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));

        assertTrue(console().contains("重新汇总") && console().contains("完成（运行 #2）"), console());
        assertEquals("6,310", Outputs.open(yearDir.resolve("质量年报数据-2025.xlsx")).indicator("students", "全市").get("本年值"));
        console.reset();
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        assertTrue(console().contains("以来没有变化：未重新计算，输出完好"), "the rebuilt run stands for this input now: " + console());
    }

    @Test
    void aFolderLeftShowingARunTheDatabaseDoesNotPublishIsPutBackWhenTheNextRunStarts() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        changeVolunteerTeams(input, 2);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        Path yearDir = root.resolve("output/2025");
        // as a publish killed between its switch and its mark would leave it: the folder shows a run the views do not
        Path current = yearDir.resolve(".published/current");
        Files.delete(current);
        Files.createSymbolicLink(current, Path.of("1"));
        assertEquals("8", Outputs.open(yearDir.resolve("质量年报数据-2025.xlsx")).indicator("volunteer_teams", "全市").get("本年值"));
        console.reset();

        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));

        assertTrue(console().contains("输出已恢复为已发布的运行 #2"), console());
        assertEquals("9", Outputs.open(yearDir.resolve("质量年报数据-2025.xlsx")).indicator("volunteer_teams", "全市").get("本年值"));
        assertEquals(2, Fixtures.latestPublishedRun(root));
    }

    @Test
    void goingBackToAnEarlierInputPublishesThatRunsOutputsAgain() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        Path yuxian = input.resolve("2025/returns/盂县职校-2025.xlsx");
        byte[] original = Files.readAllBytes(yuxian);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        changeVolunteerTeams(input, 2);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));
        Files.write(yuxian, original);

        assertEquals(ExitCodes.ALL_ACCEPTED, run(input));

        assertEquals("8", Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx")).indicator("volunteer_teams", "全市").get("本年值"),
                "the outputs are run 1's again, as the input is");
        assertEquals(1, Fixtures.latestPublishedRun(root));
    }

    @Test
    void theEmbeddedDatabaseLivesInTheOutputFolderSoAnotherFolderGetsItsOwnOutputs() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);

        assertEquals(ExitCodes.ALL_ACCEPTED, run(input, root.resolve("first")));
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input, root.resolve("second")));

        assertTrue(Files.exists(root.resolve("first/db/vocstat.mv.db")));
        assertTrue(Files.exists(root.resolve("second/db/vocstat.mv.db")));
        assertTrue(Files.exists(root.resolve("second/2025/质量年报数据-2025.xlsx")), console());
    }

    @Test
    void aSecondOutputFolderOnTheSameDatabaseGetsTheCompletedRunsOutputs() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input, root.resolve("first"), Fixtures.databaseIn(root)));

        assertEquals(ExitCodes.ALL_ACCEPTED, run(input, root.resolve("second"), Fixtures.databaseIn(root)));

        assertTrue(console().contains("已从该运行的存档恢复"), console());
        assertArrayEquals(Files.readAllBytes(root.resolve("first/2025/csv/指标汇总.csv")), Files.readAllBytes(root.resolve("second/2025/csv/指标汇总.csv")));
    }
}
