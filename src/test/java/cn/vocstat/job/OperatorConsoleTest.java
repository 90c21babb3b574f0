package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.ForkedRun;
import cn.vocstat.Terminal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console of a run speaks to the operator: schools by their registered names, the files counted
 * once, no database migration lines, and the time taken without the benchmark's figures, which
 * {@code --verbose} adds (they are always in the log).
 */
class OperatorConsoleTest {

    @TempDir
    Path root;

    private Terminal runTheSample(String... extra) throws java.io.IOException {
        Terminal terminal = new Terminal(root);
        List<String> args = new java.util.ArrayList<>(List.of("run", "--year", "2025", "--input", Fixtures.shippedInputCopy(root).toString(),
                "--output", root.resolve("output").toString()));
        args.addAll(List.of(extra));
        assertEquals(ExitCodes.ALL_ACCEPTED, terminal.run(args.toArray(String[]::new)), terminal.text());
        return terminal;
    }

    @Test
    void aRunSpeaksToTheOperator() throws Exception {
        Terminal terminal = runTheSample();
        List<String> lines = terminal.lines();

        assertTrue(lines.stream().anyMatch(l -> l.contains("郊区职高2025.xlsx → 3614000104 阳泉市郊区职业高级中学校：")),
                "the registered name, not the alias the school typed: " + terminal.text());
        assertEquals(1, lines.stream().filter(l -> l.contains("报表目录中")).count(), "the files counted once: " + terminal.text());
        assertTrue(lines.stream().noneMatch(l -> l.contains("数据库结构") || l.matches(".*V\\d+ .*")), terminal.text());
        assertTrue(lines.stream().noneMatch(l -> l.contains("行/秒") || l.contains("堆内存") || l.contains("各步骤")), terminal.text());
        assertTrue(lines.get(lines.size() - 1).matches("用时 \\d+\\.\\d 秒"), terminal.text());
        int later = lines.indexOf("汇总核对（对照名录、上年数据和各校之间）又发现了 1 个文件的问题（逐个文件的计数是读取时的）：");
        assertTrue(later >= 0, terminal.text());
        assertEquals("  郊区职高2025.xlsx：[警告 G-REG-02] 学校名称为别名", lines.get(later + 1), "the warning the summary counts: " + terminal.text());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("完成（运行 #1）") && l.contains("错误 0，警告 1")), terminal.text());
        assertFalse(terminal.text().contains("\u001B["), "no terminal colour codes");
    }

    @Test
    void aCorrectionRunSaysWhatChangedOneLinePerSchool() throws Exception {
        Terminal terminal = runTheSample();
        Fixtures.write(root.resolve("input/2025/returns"), "盂县职校-2025.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "社会服务与合作", "B3").setCellValue(9));

        assertEquals(ExitCodes.ALL_ACCEPTED, terminal.run("run", "--year", "2025", "--input", root.resolve("input").toString(), "--output",
                root.resolve("output").toString()), terminal.text());

        List<String> lines = terminal.lines();
        int said = lines.indexOf("与上次发布的运行 #1 相比，1 所学校的数据有变化（全部见工作簿的 变更说明 表）：");
        assertTrue(said >= 0, terminal.text());
        assertTrue(lines.get(said + 1).matches("  3614000106 盂县职业技术学校：志愿服务队数 \\d+ → 9"), terminal.text());
        assertTrue(lines.get(said + 2).startsWith("完成（运行 #2）"), terminal.text());
    }

    /** In a process of their own, as the operator starts them: commands that keep no log of their own once failed on their first log event. */
    @Test
    void statusAndReportAnswerInAFreshProcess() throws Exception {
        runTheSample();

        ForkedRun status = ForkedRun.start("status", "--year", "2025", "--output", root.resolve("output").toString(), Fixtures.databaseIn(root));
        assertEquals(0, status.finish(), status.console());
        assertTrue(status.console().startsWith("运行  年度"), status.console());
        ForkedRun report = ForkedRun.start("report", "--year", "2025", "--input", root.resolve("input").toString(), "--output",
                root.resolve("output").toString(), Fixtures.databaseIn(root));
        assertEquals(0, report.finish(), report.console());
        assertTrue(report.console().startsWith("已起草数据章节（运行 #1）"), report.console());
    }

    @Test
    void verboseAddsTheBenchmarksFigures() throws Exception {
        Terminal terminal = runTheSample("--verbose");
        List<String> lines = terminal.lines();

        assertTrue(lines.stream().anyMatch(l -> l.matches("已写入数据库 \\d+ 行，写入用时 .* 秒（\\d+ 行/秒）")), terminal.text());
        assertTrue(lines.get(lines.size() - 1).matches("用时 .*(GC 后堆内存最多 \\d+ MB|运行中未发生垃圾回收)（上限 \\d+ MB）；各步骤（秒）：reference .*"), terminal.text());
    }
}
