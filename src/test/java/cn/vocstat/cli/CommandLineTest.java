package cn.vocstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.job.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(String... args) {
        console.reset();
        return Cli.execute(new PrintStream(console, true, StandardCharsets.UTF_8), args);
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private String firstLine() {
        return console().lines().findFirst().orElse("");
    }

    @Test
    void withoutACommandItListsTheCommandsAndTheExitCodes() {
        assertEquals(0, run());
        for (String command : List.of("run", "status", "check", "template", "sample", "synth", "docs", "help")) {
            assertTrue(console().contains("\n  " + command + " "), command + " in\n" + console());
        }
        assertTrue(console().contains("退出码") && console().contains("64  命令行错误"), console());
        assertEquals(0, run("--help"));
        assertTrue(console().contains("退出码"), console());
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertEquals(0, run("template", "--help"));
        String templateHelp = console();
        assertTrue(templateHelp.startsWith("用法：vocstat template"), templateHelp);
        assertTrue(templateHelp.contains("--school=<CODE>") && !templateHelp.contains("--db-url"), templateHelp);

        assertEquals(0, run("help", "template"));
        assertEquals(templateHelp, console());
    }

    @Test
    void aMissingRequiredOptionIsNamedInChineseAboveThatCommandsHelp() {
        assertEquals(ExitCodes.USAGE, run("run"));

        assertEquals("缺少选项 --year（年度，例如 2025）", firstLine());
        assertTrue(console().contains("用法：vocstat run") && console().contains("--db-url=<URL>"), console());
        assertFalse(console().contains("Missing") || console().contains("Usage"), console());
    }

    @Test
    void anUnknownCommandOrOptionIsNamed() {
        assertEquals(ExitCodes.USAGE, run("frobnicate"));
        assertTrue(firstLine().startsWith("未知命令：frobnicate"), console());

        assertEquals(ExitCodes.USAGE, run("run", "--yaer", "2025"));
        assertEquals("无法识别的选项：--yaer", firstLine());

        assertEquals(ExitCodes.USAGE, run("help", "frobnicate"));
        assertEquals("未知命令：frobnicate", firstLine());
    }

    @Test
    void valuesAreTypedAndARefusedValueSaysWhatIsExpected() {
        assertEquals(ExitCodes.USAGE, run("run", "--year", "20x"));
        assertEquals("--year 的值“20x”无效：须为四位年度，例如 2025", firstLine());

        assertEquals(ExitCodes.USAGE, run("synth", "--count", "many"));
        assertEquals("--count 的值“many”无效：须为整数", firstLine());

        assertEquals(ExitCodes.USAGE, run("run", "--year", "2025", "--year", "2024"));
        assertEquals("--year 只能给一次", firstLine());

        assertEquals(ExitCodes.USAGE, run("run", "--year=2025", "--output"));
        assertTrue(firstLine().startsWith("--output 后面缺少值"), console());
    }

    @Test
    void revisingASyntheticReturnThatWasNeverWrittenIsRefused() {
        assertEquals(ExitCodes.USAGE, run("synth", "--revise", "5", "--input", root.toString()));

        assertTrue(firstLine().startsWith("没有第 5 份合成报表（从 0 起编号）"), console());
        assertFalse(Files.exists(root.resolve("2025")), "no file written");
    }

    @Test
    void checkingAFileThatIsNotThereSaysSo() {
        Path missing = root.resolve("nosuch.xlsx");

        assertEquals(ExitCodes.USAGE, run("check", missing.toString(), "--year", "2025"));

        assertEquals("找不到文件：" + missing.toAbsolutePath(), firstLine());
        assertEquals(1, console().lines().count(), console());
    }

    @Test
    void statusOfAFolderNeverRunIntoSaysSoAndCreatesNoDatabase() {
        Path output = root.resolve("never-run");

        int exit = run("status", "--output", output.toString());

        assertEquals(0, exit, console());
        assertTrue(console().contains("（还没有运行记录）"), console());
        assertFalse(Files.exists(output.resolve("db")), "status reads; it makes no database");
    }

    @Test
    void statusAnswersFromADatabaseAnOlderVersionMade() {
        Path output = root.resolve("older");
        String url = "jdbc:h2:file:" + output.toAbsolutePath() + "/db/vocstat;FILE_LOCK=FS";
        cn.vocstat.store.Migrations.apply(org.flywaydb.core.Flyway.configure().dataSource(url, "sa", ""), url).target("4").load().migrate();

        int exit = run("status", "--output", output.toString());

        assertEquals(0, exit, console());
        assertTrue(console().contains("（还没有运行记录）"), console());
    }

    @Test
    void aFailureIsOneChineseLineNamingTheLogThatHoldsTheStackTrace() throws IOException {
        Path output = root.resolve("output");

        int exit = run("status", "--output", output.toString(), "--db-url", "jdbc:mysql://127.0.0.1:1/nowhere",
                "--spring.datasource.hikari.connection-timeout=250", "--spring.datasource.hikari.initialization-fail-timeout=1");

        assertEquals(ExitCodes.FAILED, exit, console());
        assertEquals(1, console().lines().count(), console());
        assertTrue(firstLine().startsWith("读取运行记录失败：数据库连接失败或中断"), console());
        Path log = Path.of(firstLine().substring(firstLine().indexOf("详细信息见日志 ") + "详细信息见日志 ".length()));
        assertTrue(log.startsWith(output.resolve("logs")), log.toString());
        assertTrue(Files.readString(log).contains("\tat "), "the stack trace is in the log");
    }

    @Test
    void aFileErrorIsSaidInChinese() throws IOException {
        Path input = Files.writeString(root.resolve("input"), "a file where the input folder should be");

        assertEquals(ExitCodes.FAILED, run("docs", "--output", input.resolve("docs").toString()));

        assertTrue(firstLine().startsWith("生成目录文档失败：路径中有一项不是目录（是同名的文件）：" + input), console());
    }
}
