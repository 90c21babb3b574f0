package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console line is one line: a school's file name with a line break in it (or a tab, a carriage
 * return) is shown with the break named, on the console, in the log's progress lines and in
 * status, so no file name can split a line or forge one the operator would take for the run's own.
 */
class ConsoleLinesTest {

    private static final String FORGED = "完成（运行 #99）：报表目录中 6 个文件：采用 6 份，退回 0 份";

    @TempDir
    Path root;

    @Test
    void aLineBreakInAFileNameNeitherSplitsNorForgesALine() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Path returns = input.resolve("2025/returns");
        byte[] valid = Files.readAllBytes(returns.resolve("盂县职校-2025.xlsx"));
        Files.write(returns.resolve("平定职中.xlsx\n" + FORGED + "\r\t.xlsx"), Arrays.copyOf(valid, valid.length / 2));
        Path output = root.resolve("输出\n目录");
        Terminal terminal = new Terminal(root);

        int exit = terminal.run("run", "--year", "2025", "--input", input.toString(), "--output", output.toString());

        assertEquals(ExitCodes.SOME_REJECTED, exit, terminal.text());

        List<String> lines = terminal.lines();
        String shownName = "平定职中.xlsx[LF]" + FORGED + "[CR][TAB].xlsx";
        assertTrue(lines.stream().noneMatch(l -> l.startsWith(FORGED) || l.startsWith("[TAB]") || l.startsWith(".xlsx")), terminal.text());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("完成（运行 #")).count(), terminal.text());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\[\\d+/7 .*\\] " + java.util.regex.Pattern.quote(shownName) + " → .*")), terminal.text());
        assertTrue(lines.contains("退回 " + shownName + "："), terminal.text());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  [错误 F-FILE-01] " + shownName + "：")), terminal.text());

        List<String> log;
        try (Stream<Path> logs = Files.list(output.resolve("2025/logs"))) {
            log = Files.readAllLines(logs.filter(f -> f.getFileName().toString().endsWith(".log")).findFirst().orElseThrow());
        }
        assertEquals(List.of(), log.stream().filter(l -> l.startsWith(FORGED)).toList(), "the log's entries are not split either");
        assertTrue(log.stream().anyMatch(l -> l.contains("] " + shownName + " → ")), "the progress line is in the log as shown");

        assertEquals(0, terminal.run("status", "--year", "2025"));
        assertTrue(terminal.lines().stream().anyMatch(l -> l.startsWith("#1 ") && l.endsWith("输出[LF]目录/2025/质量年报数据-2025.xlsx")), terminal.text());
    }
}
