package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The one line an operator reads about a failure is Chinese, whatever threw it. */
class FailuresTest {

    @Test
    void aFailureOfOurOwnIsSaidAsItIs() {
        assertEquals("核对结果无法写入：文件被 Excel 打开", Failures.describe(new IllegalStateException("核对结果无法写入：文件被 Excel 打开")));
    }

    @Test
    void anUnforeseenFailureIsNamedForTheMaintainerInAChineseLine() {
        assertEquals("未预料的程序错误（Cannot invoke \"String.length()\"）：请把日志发给维护人员",
                Failures.describe(new RuntimeException("wrapped", new NullPointerException("Cannot invoke \"String.length()\""))));
        assertEquals("未预料的程序错误（ArithmeticException）：请把日志发给维护人员", Failures.describe(new ArithmeticException()));
    }

    @Test
    void aMissingFileIsNamedWithItsPath() {
        assertEquals("找不到文件或目录：/data/2025/a.xlsx",
                Failures.describe(new UncheckedIOException(new NoSuchFileException("/data/2025/a.xlsx"))));
    }
}
