package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import cn.vocstat.VocstatApplication;
import cn.vocstat.form.ReturnWorkbookBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six sample returns and a folder of hostile copies of one of them, each of a kind that once
 * stopped a city's run: the run completes with the good returns' figures (those of the published
 * report), and every bad file is named with a clear finding and gets its feedback.
 */
class HostileCorpusTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(Path input) {
        return VocstatApplication.run(new PrintStream(console, true, StandardCharsets.UTF_8), "run", "--year", "2025", "--input",
                input.toString(), "--output", root.resolve("output").toString(), Fixtures.databaseIn(root));
    }

    private static void hostile(Path returns, String name, Consumer<XSSFWorkbook> change) throws IOException {
        Fixtures.write(returns, name, Fixtures.validReturn(), change);
    }

    @Test
    void theGoodReturnsFiguresComeThroughAndEveryBadFileIsNamed() throws Exception {
        Path input = Fixtures.shippedInputCopy(root);
        Path returns = input.resolve("2025/returns");
        Map<String, String> expected = new LinkedHashMap<>();
        hostile(returns, "邻格约5.xlsx", w -> List.of("H", "I", "J", "K", "L", "M").forEach(c -> Fixtures.cell(w, "学生与专业", c + "4").setCellValue("约5")));
        expected.put("邻格约5.xlsx", "V-NUM-02");
        hostile(returns, "长赛事名称.xlsx", w -> Fixtures.cell(w, "技能大赛", "A3").setCellValue("赛".repeat(201)));
        expected.put("长赛事名称.xlsx", "V-LEN-01");
        hostile(returns, "长专业名称.xlsx", w -> Fixtures.cell(w, "学生与专业", "B3").setCellValue("专".repeat(2000)));
        expected.put("长专业名称.xlsx", "V-LEN-01");
        hostile(returns, "长主管部门.xlsx", w -> Fixtures.cell(w, "基本信息", "B9").setCellValue("阳".repeat(201)));
        expected.put("长主管部门.xlsx", "V-LEN-01");
        hostile(returns, "巨额经费.xlsx", w -> Fixtures.cell(w, "经费", "B2").setCellValue(1e14));
        expected.put("巨额经费.xlsx", "V-RANGE-01");
        hostile(returns, "三十亿人次.xlsx", w -> Fixtures.cell(w, "社会服务与合作", "B2").setCellValue(3_000_000_000d));
        expected.put("三十亿人次.xlsx", "V-RANGE-01");
        hostile(returns, "二十位数.xlsx", w -> Fixtures.cell(w, "教师队伍", "B2").setCellValue("12345678901234567890"));
        expected.put("二十位数.xlsx", "V-RANGE-01");
        hostile(returns, "日期当人数.xlsx", w -> {
            CellStyle date = w.createCellStyle();
            date.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
            Fixtures.cell(w, "学生与专业", "I3").setCellStyle(date);
        });
        expected.put("日期当人数.xlsx", "V-NUM-07");
        hostile(returns, "数字有空格.xlsx", w -> Fixtures.cell(w, "教师队伍", "B2").setCellValue("12 3"));
        expected.put("数字有空格.xlsx", "V-NUM-08");
        hostile(returns, "重名工作表.xlsx", w -> w.createSheet("教师 队伍"));
        expected.put("重名工作表.xlsx", "S-SHEET-02");
        hostile(returns, "脚本保存.xlsx", w -> { });
        Fixtures.rewritePart(returns.resolve("脚本保存.xlsx"), "xl/worksheets/sheet4.xml",
                xml -> xml.replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\"><f>60+8</f><v></v></c>"));
        expected.put("脚本保存.xlsx", "V-FML-01");
        hostile(returns, "截断.xlsx", w -> { });
        byte[] whole = Files.readAllBytes(returns.resolve("截断.xlsx"));
        Files.write(returns.resolve("截断.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        expected.put("截断.xlsx", "F-FILE-01");
        hostile(returns, "实体声明.xlsx", w -> { });
        Fixtures.rewritePart(returns.resolve("实体声明.xlsx"), "xl/worksheets/sheet3.xml",
                xml -> xml.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY x \"x\">]><worksheet"));
        expected.put("实体声明.xlsx", "F-FILE-07");
        Files.writeString(returns.resolve("表格.xlsx"), "学校标识码,学校名称\n3614000106,盂县职业技术学校\n");
        expected.put("表格.xlsx", "F-FILE-01");
        try (var legacy = ReturnWorkbookBuilder.buildLegacy(Fixtures.validReturn()); var out = Files.newOutputStream(returns.resolve("旧格式.xls"))) {
            legacy.getSheet("教师队伍").getRow(6).getCell(1).setCellValue("约30");
            legacy.write(out);
        }
        expected.put("旧格式.xls", "V-NUM-02");
        Files.createDirectories(returns.resolve("子文件夹.xlsx"));
        expected.put("子文件夹.xlsx", "F-FILE-11");
        Files.copy(returns.resolve("邻格约5.xlsx"), returns.resolve(".隐藏.xlsx"));
        expected.put(".隐藏.xlsx", "F-FILE-11");

        int exit = run(input);

        assertEquals(ExitCodes.SOME_REJECTED, exit, console.toString(StandardCharsets.UTF_8));
        assertFalse(console.toString(StandardCharsets.UTF_8).contains("Exception"), "no Java on the operator's console");
        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        Map<String, String> report = Map.of("students", "6,310", "enrolment", "1,490", "graduates", "2,593", "student_teacher_ratio", "12.67:1",
                "mid_senior_title_ratio", "77.51%", "employment_rate", "99.07%", "direct_employment_share", "33.05%", "majors", "58");
        report.forEach((id, shown) -> assertEquals(shown, outputs.indicator(id, "全市").get("本年值"), id));
        assertEquals("6/6", outputs.indicator("students", "全市").get("覆盖学校"));
        Map<String, String> statuses = new HashMap<>();
        outputs.rows("数据来源").forEach(r -> statuses.put(r.get("文件名"), r.get("状态")));
        List<Map<String, String>> findings = outputs.rows("数据质量");
        expected.forEach((file, rule) -> {
            assertTrue(List.of("退回", "未读取").contains(statuses.get(file)), file + " is " + statuses.get(file));
            assertTrue(findings.stream().anyMatch(f -> f.get("文件").equals(file) && f.get("规则编号").equals(rule)), file + " has " + rule);
        });
        assertTrue(findings.stream().allMatch(f -> f.get("说明").length() < 400), "every message is short");
        try (var feedback = Files.list(root.resolve("output/2025/反馈"))) {
            List<String> names = feedback.map(p -> p.getFileName().toString()).toList();
            expected.keySet().stream().filter(f -> !f.startsWith(".") && !f.startsWith("子文件夹"))
                    .forEach(file -> assertTrue(names.stream().anyMatch(n -> n.contains(file.substring(0, file.lastIndexOf('.')))), file + " gets feedback"));
        }

        console.reset();
        assertEquals(ExitCodes.SOME_REJECTED, run(input));
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("没有变化"), "the same folder again is the same run");
    }
}
