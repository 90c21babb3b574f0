package cn.vocstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.vocstat.job.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} as an operator uses it on what is at hand: the file it is given is named for what it is. */
class CheckCommandTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** Runs check; the time limit guards the build against a hang, it measures nothing. */
    private int check(Path file) {
        console.reset();
        return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.execute(new PrintStream(console, true, StandardCharsets.UTF_8),
                "check", file.toString(), "--year", "2025", "--output", root.resolve("output").toString()));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFifoIsNamedAsOneAndNotOpened() throws Exception {
        Path fifo = root.resolve("平定职中.xlsx");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        assertEquals(ExitCodes.USAGE, check(fifo));

        assertEquals("这是命名管道（FIFO），不是普通文件，无法作为报表检查：" + fifo.toAbsolutePath() + "\n", console());
    }

    @Test
    void aLinkToADeviceNamesTheDevice() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("盂县职中.xlsx"), Path.of("/dev/zero"));

        assertEquals(ExitCodes.USAGE, check(link));

        assertEquals("这是字符设备（经链接指向 /dev/zero），不是普通文件，无法作为报表检查：" + link.toAbsolutePath() + "\n", console());
    }

    @Test
    void aLinkToNothingIsNotAMissingFileButABrokenLink() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("旧报表.xlsx"), root.resolve("已删除.xlsx"));

        assertEquals(ExitCodes.USAGE, check(link));

        assertEquals("这是指向不存在的文件的链接，找不到文件：" + link.toAbsolutePath() + "\n", console());
    }

    @Test
    void aFolderAndAMissingFileKeepTheirWords() throws IOException {
        Path folder = Files.createDirectories(root.resolve("returns.xlsx"));

        assertEquals(ExitCodes.USAGE, check(folder));
        assertEquals("这是一个目录，不是报表文件：" + folder.toAbsolutePath() + "\n", console());

        assertEquals(ExitCodes.USAGE, check(root.resolve("nosuch.xlsx")));
        assertEquals("找不到文件：" + root.resolve("nosuch.xlsx").toAbsolutePath() + "\n", console());
    }
}
