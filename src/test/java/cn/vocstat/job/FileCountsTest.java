package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import cn.vocstat.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every count of files says the same and says what it counts: the run's first line, its summary,
 * 说明, 数据来源 and status count the files of the returns folder, each once whatever it is, and
 * name the version carried over from an earlier run apart, since no file of the folder is it.
 */
class FileCountsTest {

    private static final Pattern FOLDER_FILES = Pattern.compile("报表目录中 (\\d+) 个文件");
    private static final Pattern PARTS = Pattern.compile("(采用|退回|被替代|不纳入统计|未读取|沿用上次采用的版本) (\\d+) [份个]");

    @TempDir
    Path root;

    private int run2025(Terminal terminal, Path input) {
        return terminal.run("run", "--year", "2025", "--input", input.toString(), "--output", root.resolve("output").toString());
    }

    private static int folderFiles(String text) {
        Matcher files = FOLDER_FILES.matcher(text);
        assertTrue(files.find(), text);
        return Integer.parseInt(files.group(1));
    }

    /** The counts a line gives by status, as 数据来源 labels them. */
    private static Map<String, Integer> parts(String text) {
        Map<String, Integer> parts = new TreeMap<>();
        Matcher part = PARTS.matcher(text);
        while (part.find()) {
            parts.put(part.group(1), Integer.parseInt(part.group(2)));
        }
        return parts;
    }

    @Test
    void aCarriedOverVersionAndAnEntryThatIsNoReturnAreCountedTheSameEverywhere() throws IOException {
        Terminal terminal = new Terminal(root);
        Path input = Fixtures.shippedInputCopy(root);
        assertEquals(ExitCodes.ALL_ACCEPTED, run2025(terminal, input));
        Path yuxian = input.resolve("2025/returns/盂县职校-2025.xlsx");
        Fixtures.write(yuxian.getParent(), yuxian.getFileName().toString(), Fixtures.validReturn(),
                workbook -> Fixtures.cell(workbook, "教师队伍", "B3").setCellValue("约120"));
        Files.writeString(input.resolve("2025/returns/~$盂县职校-2025.xlsx"), "lock");
        Files.createDirectories(input.resolve("2025/returns/旧版"));

        assertEquals(ExitCodes.SOME_REJECTED, run2025(terminal, input), terminal.text());

        int folder;
        try (var entries = Files.list(input.resolve("2025/returns"))) {
            folder = (int) entries.count();
        }
        assertFalse(terminal.line("vocstat 2025 年度汇总：").contains("个文件"), "the files are counted once, in the summary");
        String summary = terminal.line("完成（运行 #");
        assertEquals(folder, folderFiles(summary));
        Map<String, Integer> told = parts(summary);
        assertEquals(Map.of("采用", 5, "退回", 1, "未读取", 2, "沿用上次采用的版本", 1), told, summary);

        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        Map<String, Integer> listed = outputs.rows("数据来源").stream().collect(Collectors.toMap(r -> r.get("状态"), r -> 1, Integer::sum, TreeMap::new));
        assertEquals(told, listed, "数据来源 lists what the summary counts");
        String cover = coverLine(outputs, "报表：");
        assertEquals(folder, folderFiles(cover));
        assertEquals(told, parts(cover), cover);

        assertEquals(0, terminal.run("status", "--year", "2025"));
        List<String> status = terminal.lines();
        assertTrue(status.get(0).contains("输入指纹        文件  采用/退回  覆盖"), terminal.text());
        Matcher latest = Pattern.compile("完成\\s+[0-9a-f]{12}\\s+(\\d+)\\s+(\\d+/\\d+)\\s+(\\d+/\\d+)\\s").matcher(status.get(1));
        assertTrue(latest.find(), terminal.text());
        assertEquals(String.valueOf(folder), latest.group(1), terminal.text());
        assertEquals("5/1", latest.group(2), terminal.text());
        assertEquals("6/6", latest.group(3), "the school carried over has data: " + terminal.text());
        assertTrue(status.stream().anyMatch(l -> l.startsWith("文件：报表目录中的文件数")), "status says what it counts: " + terminal.text());
    }

    private static String coverLine(Outputs outputs, String start) {
        for (Row row : outputs.workbook().getSheet("说明")) {
            String text = row.getCell(0) == null ? "" : row.getCell(0).toString();
            if (text.startsWith(start)) {
                return text;
            }
        }
        throw new AssertionError(start + " not in 说明");
    }
}
