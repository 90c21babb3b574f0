package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.FullDiskDatabase;
import cn.vocstat.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk is named as such, with the database it could not write, and the terminal shows the
 * command's own lines only, however many writes of the log file failed with it. The log file is a
 * link to /dev/full, where every write fails as on a full disk; the database is on {@link FullDiskDatabase}.
 */
class FullDiskTest {

    @TempDir
    Path root;

    /** The command's log, on a full disk. */
    private Path log;
    private Terminal terminal;

    @BeforeEach
    void logOnAFullDisk() throws IOException {
        log = Files.createSymbolicLink(root.resolve("vocstat.log"), Path.of("/dev/full"));
        terminal = new Terminal(root);
    }

    private String fullLog() {
        return "--logging.file.name=" + log;
    }

    @Test
    void aDatabaseOnAFullDiskIsNamedAndTheTerminalHoldsTheOneLineThatSaysSo() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Path output = root.resolve("output");
        assertEquals(ExitCodes.ALL_ACCEPTED, terminal.run("run", "--year", "2025", "--input", input.toString(), "--output", output.toString()));
        Fixtures.write(input.resolve("2025/returns"), "盂县职校-2025.xlsx", Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "社会服务与合作", "B3").setCellValue(2));

        int exit = terminal.run("run", "--year", "2025", "--input", input.toString(), "--output", output.toString(),
                "--spring.datasource.url=" + FullDiskDatabase.url(root), fullLog());

        assertEquals(ExitCodes.FAILED, exit);
        assertEquals(List.of("启动失败：磁盘空间已满，数据库无法写入（内嵌数据库 " + root.toAbsolutePath().resolve("db/vocstat")
                + "）：请清理数据库所在的磁盘，然后用相同命令重新运行；详细信息见日志 " + log), terminal.lines());
    }

    @Test
    void aCheckWhoseLogIsOnAFullDiskShowsItsFindingsAndNothingOfTheLogger() throws IOException {
        Path whole = Fixtures.write(root, "whole.xlsx", Fixtures.validReturn(), workbook -> { });
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(root.resolve("平定职中.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        int exit = terminal.run("check", cut.toString(), "--year", "2025", "--input", Fixtures.SHIPPED_INPUT.toString(), "--output",
                root.resolve("output").toString(), fullLog());

        assertEquals(ExitCodes.SOME_REJECTED, exit, terminal.text());
        List<String> lines = terminal.lines();
        assertEquals(2, lines.size(), "the file's one finding and the verdict, nothing of the logger that failed to write it:\n"
                + String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("[错误 F-FILE-01] 平定职中.xlsx："), lines.get(0));
        assertTrue(lines.get(1).startsWith("结论：有错误，本表会被退回；反馈："), lines.get(1));
    }

    @Test
    void aFileThatCannotBeWrittenForWantOfSpaceIsSaidInChinese() {
        IOException full = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Files.write(log, new byte[64 * 1024]));

        assertEquals("磁盘空间已满，无法写入：请清理磁盘（或换一个有空间的输出目录），然后用相同命令重新运行", Failures.describe(full));
    }

    @Test
    void aFullDiskIsNamedWithThePathOrTheDatabaseWhereTheFailureKnowsIt() {
        java.nio.file.FileSystemException creating = new java.nio.file.FileSystemException("/data/out/2025/history/.7.partial", null,
                "No space left on device");
        assertEquals("磁盘空间已满，无法写入 /data/out/2025/history/.7.partial：请清理磁盘（或换一个有空间的输出目录），然后用相同命令重新运行",
                Failures.describe(new java.io.UncheckedIOException(creating)));

        IllegalStateException logback = new IllegalStateException("Logback configuration error detected: \nERROR in "
                + "cn.vocstat.cli.LogFileAppender[FILE] - openFile(/data/out/2025/logs/vocstat.log,true) call failed. "
                + "java.io.FileNotFoundException: /data/out/2025/logs/vocstat.log (设备上没有空间)");
        assertEquals("磁盘空间已满，无法写入 /data/out/2025/logs/vocstat.log：请清理磁盘（或换一个有空间的输出目录），然后用相同命令重新运行",
                Failures.describe(logback), "a Chinese locale's words for it too");

        java.sql.SQLException mysql = new java.sql.SQLException("Error writing file '/var/tmp/MYfd=41' (OS errno 28 - No space left on device)",
                "HY000", 3);
        assertEquals("磁盘空间已满，数据库无法写入（数据库 mysql://db.example:3306/vocstat）：请清理数据库所在的磁盘，然后用相同命令重新运行",
                Failures.describe(new org.springframework.dao.DataAccessResourceFailureException("write", mysql),
                        "jdbc:mysql://vocstat:secret@db.example:3306/vocstat?password=secret&useSSL=true"));
    }
}
