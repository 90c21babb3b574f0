package cn.vocstat.sample;

import cn.vocstat.form.ReturnContent;
import cn.vocstat.form.ReturnWorkbookBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A synthetic input folder of N schools for the benchmark: the sample's 2025 returns repeated
 * under new school codes, a registry that counts all of them, the catalogue and city statistics.
 */
public final class SyntheticInput {

    public static final int YEAR = 2025;

    private SyntheticInput() {
    }

    public static void write(Path inputDir, int count, Path catalogue) throws IOException {
        Path reference = inputDir.resolve("reference");
        Path returns = inputDir.resolve(String.valueOf(YEAR)).resolve("returns");
        Files.createDirectories(reference);
        Files.createDirectories(returns);
        Files.copy(catalogue, reference.resolve("专业目录.csv"), StandardCopyOption.REPLACE_EXISTING);
        List<ReturnContent> templates = YangquanSample.returns(YEAR);
        try (Writer registry = Files.newBufferedWriter(reference.resolve("学校名录.csv"), StandardCharsets.UTF_8)) {
            registry.write("学校标识码,学校名称,别名,学校类型,建设水平,主管部门,纳入统计,备注\r\n");
            for (int i = 0; i < count; i++) {
                ReturnContent template = templates.get(i % templates.size());
                String code = code(i);
                String name = String.format("合成测试学校%05d", i);
                registry.write(String.join(",", code, name, "", template.schoolType(), template.level(), template.authority(), "是", "合成数据") + "\r\n");
                ReturnWorkbookBuilder.write(template.withIdentity(code, name), returns.resolve(code + ".xlsx"));
            }
        }
        Files.writeString(inputDir.resolve(String.valueOf(YEAR)).resolve("市级统计.csv"),
                "指标代码,指标名称,年度,数值,单位,来源\r\nEDU_EXP_TOTAL,教育经费总支出,2024,33.29,亿元,合成数据\r\n",
                StandardCharsets.UTF_8);
    }

    /** The file of synthetic return {@code index} (from 0). */
    public static Path returnFile(Path inputDir, int index) {
        return inputDir.resolve(String.valueOf(YEAR)).resolve("returns").resolve(code(index) + ".xlsx");
    }

    private static String code(int index) {
        return String.format("369%07d", index);
    }

    /**
     * Replaces the return of school {@code index} with a corrected one: the figures of the next
     * template under the same school, as a school resends its file. What a one-file rerun reads.
     */
    public static void revise(Path inputDir, int index) throws IOException {
        List<ReturnContent> templates = YangquanSample.returns(YEAR);
        String code = code(index);
        Path file = returnFile(inputDir, index);
        ReturnWorkbookBuilder.write(templates.get((index + 1) % templates.size()).withIdentity(code, String.format("合成测试学校%05d", index)), file);
    }
}
