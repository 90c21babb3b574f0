package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import cn.vocstat.SavedBy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau's reference files as a Windows office saves them, in a run of the shipped sample: the
 * same figures as from UTF-8 files; and a reference file that cannot be read whole stops the run
 * with its cause, leaving the published outputs as they were (never an empty registry that rejects
 * every school).
 */
class ReferenceFilesRunTest {

    private static final List<String> REFERENCE_FILES = List.of("reference/学校名录.csv", "reference/专业目录.csv",
            "reference/专业名称对照.csv", "2025/市级统计.csv");

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(Path input, Path output) {
        return Fixtures.run2025(console, input, output, Fixtures.databaseIn(output));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** What a reader of the output folder finds of the run's main outputs: each file's time and bytes (links followed). */
    private static List<String> seenIn(Path yearDir) throws IOException {
        List<String> seen = new ArrayList<>();
        for (String file : List.of("质量年报数据-2025.xlsx", "质量年报数据章节-2025.docx", "csv/指标汇总.csv", "csv/数据质量.csv", "反馈")) {
            Path output = yearDir.resolve(file);
            seen.add(file + " " + Files.getLastModifiedTime(output) + " " + (Files.isDirectory(output) ? "" : Arrays.hashCode(Files.readAllBytes(output))));
        }
        return seen;
    }

    private static void saveAs(SavedBy tool, Path input, String file) throws IOException {
        tool.save(input.resolve(file), Files.readString(Fixtures.SHIPPED_INPUT.resolve(file), StandardCharsets.UTF_8));
    }

    @Test
    void theSampleWithItsReferenceFilesSavedByExcelInGbkPublishesTheSameFigures() throws IOException {
        Path plain = Fixtures.shippedInputCopy(root.resolve("plain"));
        assertEquals(ExitCodes.ALL_ACCEPTED, run(plain, root.resolve("plain/output")), console());
        Path gbk = Fixtures.shippedInputCopy(root.resolve("gbk"));
        for (String file : REFERENCE_FILES) {
            saveAs(SavedBy.EXCEL_CSV, gbk, file);
        }
        console.reset();

        assertEquals(ExitCodes.ALL_ACCEPTED, run(gbk, root.resolve("gbk/output")), console());

        assertTrue(console().contains("采用 6 份，退回 0 份；应报 6 所，缺报 0 所"), console());
        assertTrue(console().contains("参考数据的编码：reference/学校名录.csv（GB18030，兼容 GBK）"), console());
        Outputs fromGbk = Outputs.open(root.resolve("gbk/output/2025/质量年报数据-2025.xlsx"));
        Outputs fromUtf8 = Outputs.open(root.resolve("plain/output/2025/质量年报数据-2025.xlsx"));
        assertEquals(fromUtf8.rows("指标汇总"), fromGbk.rows("指标汇总"));
        assertEquals(fromUtf8.rows("学校概况"), fromGbk.rows("学校概况"));
        assertEquals(fromUtf8.rows("市级统计"), fromGbk.rows("市级统计"));
        assertEquals("6,310", fromGbk.indicator("students", "全市").get("本年值"));
        List<Map<String, String>> notes = fromGbk.rows("数据质量").stream().filter(r -> r.get("规则编号").equals("C-REF-08")).toList();
        assertEquals(REFERENCE_FILES.size(), notes.size(), notes.toString());
        assertEquals("提示", notes.get(0).get("严重程度"));
    }

    @Test
    void aRegistryThatCannotBeReadStopsTheRunAndTheLastPublishedOutputsStay() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Path output = root.resolve("output");
        assertEquals(ExitCodes.ALL_ACCEPTED, run(input, output));
        List<String> published = seenIn(output.resolve("2025"));
        saveAs(SavedBy.EXCEL_UNICODE_TEXT, input, "reference/学校名录.csv");
        console.reset();

        assertEquals(ExitCodes.FAILED, run(input, output));

        assertTrue(console().contains("参考数据文件 " + input.resolve("reference/学校名录.csv") + " 无法使用：文件是 UTF-16 编码"), console());
        assertTrue(console().contains("已发布的输出保持不变"), console());
        assertFalse(console().contains("学校不在名录中") || console().contains("应报 0 所"), console());
        assertEquals(published, seenIn(output.resolve("2025")), "the published outputs keep their bytes and their times");
    }

    @Test
    void aRegistryWithoutItsCodeColumnOrAWorkbookSavedAsCityStatisticsStopsTheRunNamingTheCause() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Path registry = input.resolve("reference/学校名录.csv");
        String shipped = Files.readString(registry, StandardCharsets.UTF_8);
        SavedBy.EXCEL_CSV.save(registry, shipped.replaceFirst("学校标识码", "学校代码"));

        assertEquals(ExitCodes.FAILED, run(input, root.resolve("output")));
        assertTrue(console().contains("学校名录.csv 无法使用：缺少“学校标识码”列"), console());

        Files.writeString(registry, shipped);
        Path workbook = Fixtures.write(root, "市级统计.xlsx", Fixtures.validReturn(), w -> { });
        Files.copy(workbook, input.resolve("2025/市级统计.csv"), StandardCopyOption.REPLACE_EXISTING);
        console.reset();

        assertEquals(ExitCodes.FAILED, run(input, root.resolve("output")));
        assertTrue(console().contains("市级统计.csv 无法使用："), console());
        assertFalse(console().contains("Exception") || console().contains("\tat "), console());
    }
}
