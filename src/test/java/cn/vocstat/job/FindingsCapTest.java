package cn.vocstat.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.Outputs;
import cn.vocstat.Terminal;
import cn.vocstat.ingest.ReturnReader;
import cn.vocstat.model.FormSheet;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.validate.ReturnValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A return with tens of thousands of bad cells (a 专业 table of 4,890 rows, each with its counts
 * typed as text, its 当年新增 undecided and the same major again) gives at most
 * {@value Finding#MAX_PER_RULE} findings of a rule and one line saying how many more: the console,
 * the feedback and the database get hundreds of lines, not 39,000. The file is rejected all the same.
 */
class FindingsCapTest {

    private static final int FIRST_ROW = 100;
    private static final int ROWS = 4_890;
    private static final String NAME = "盂县职校-2025-全是文字.xlsx";

    @TempDir
    static Path shared;

    private static Path flooded;

    @TempDir
    Path root;



    /** The valid return of 盂县 with its 专业 table run on to 4,890 more rows that each break three rules. */
    @BeforeAll
    static void writeTheFloodedReturn() throws IOException {
        flooded = Fixtures.write(shared, NAME, Fixtures.validReturn(), workbook -> {
            Sheet majors = workbook.getSheet(FormSheet.MAJORS.title());
            Row first = majors.getRow(2);
            for (int r = FIRST_ROW; r < FIRST_ROW + ROWS; r++) {
                Row row = majors.createRow(r);
                for (MajorColumn column : List.of(MajorColumn.CODE, MajorColumn.NAME, MajorColumn.CATEGORY)) {
                    row.createCell(column.ordinal()).setCellValue(first.getCell(column.ordinal()).getStringCellValue());
                }
                row.createCell(MajorColumn.NEW.ordinal()).setCellValue("待定");
                row.createCell(MajorColumn.BRAND.ordinal()).setCellValue("否");
                row.createCell(MajorColumn.FEATURED.ordinal()).setCellValue("否");
                row.createCell(MajorColumn.THROUGH.ordinal()).setCellValue("无");
                for (int c = MajorColumn.ENROLMENT.ordinal(); c <= MajorColumn.FURTHER.ordinal(); c++) {
                    row.createCell(c).setCellValue("待统计");
                }
            }
        });
    }

    private static Map<Rule, Long> byRule(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::rule, Collectors.counting()));
    }

    @Test
    void eachRuleKeepsItsFirstFindingsAndSaysHowManyMoreThereAre() {
        ReturnReading reading = new ReturnValidator(2025, Fixtures.reference().catalogue()).validate(new ReturnReader().read(flooded, NAME));

        Map<Rule, Long> counts = byRule(reading.findings());
        assertEquals(Finding.MAX_PER_RULE, counts.get(Rule.VALUE_NOT_NUMBER));
        assertEquals(Finding.MAX_PER_RULE, counts.get(Rule.VALUE_NOT_ALLOWED));
        assertEquals(Finding.MAX_PER_RULE, counts.get(Rule.MAJOR_DUPLICATE), "the checks of a whole return are capped too");
        assertTrue(reading.hasErrors(), "capped, the file is rejected all the same");
        assertEquals(reading.findings(), Finding.capped(reading.findings()), "a later stage's cap leaves the counts as they are");
        List<String> more = reading.findings().stream().filter(f -> f.rule() == Rule.FINDINGS_CAPPED).map(Finding::message).toList();
        assertEquals(List.of("另有 29,240 处同类问题（V-NUM-01），只列出前 100 处", "另有 4,790 处同类问题（V-ENUM-01），只列出前 100 处",
                "另有 4,790 处同类问题（R-MAJ-01），只列出前 100 处"), more);
        int summary = reading.findings().indexOf(reading.findings().stream().filter(f -> f.message().contains("V-NUM-01")).findFirst().orElseThrow());
        List<Finding> before = reading.findings().subList(0, summary);
        assertEquals(Rule.VALUE_NOT_NUMBER, before.get(before.size() - 1).rule(), "the count follows the rule's last finding shown");
        assertEquals("学生与专业!H" + (FIRST_ROW + 1), before.stream().filter(f -> f.rule() == Rule.VALUE_NOT_NUMBER).findFirst().orElseThrow()
                .location(), "the first cells are the ones listed");
    }

    @Test
    void checkPrintsHundredsOfLinesAndAFeedbackOfAsMany() throws IOException {
        Terminal terminal = new Terminal(root);
        int exit = terminal.run("check", flooded.toString(), "--year", "2025", "--input", Fixtures.SHIPPED_INPUT.toString(), "--output",
                root.resolve("output").toString());

        assertEquals(ExitCodes.SOME_REJECTED, exit);
        List<String> lines = terminal.lines();
        assertTrue(lines.size() <= 3 * (Finding.MAX_PER_RULE + 1) + 10, "lines: " + lines.size());
        assertTrue(lines.contains("[提示 F-FILE-16] " + NAME + "：另有 29,240 处同类问题（V-NUM-01），只列出前 100 处"), String.join("\n", lines));
        String verdict = lines.get(lines.size() - 1);
        assertTrue(verdict.startsWith("结论：有错误，本表会被退回；反馈："), verdict);
        Outputs feedback = Outputs.open(Path.of(verdict.substring(verdict.indexOf("反馈：") + 3)));
        Sheet results = feedback.workbook().getSheet("审核结果");
        assertTrue(results.getLastRowNum() <= 3 * (Finding.MAX_PER_RULE + 1) + 10, "rows: " + results.getLastRowNum());
    }

    @Test
    void aRunRejectsTheFloodedReturnStoresHundredsOfFindingsAndGoesOn() throws IOException {
        Path input = Fixtures.shippedInputCopy(root);
        Files.copy(flooded, input.resolve("2025/returns").resolve(NAME));

        Terminal terminal = new Terminal(root);
        int exit = terminal.run("run", "--year", "2025", "--input", input.toString(), "--output", root.resolve("output").toString());

        assertEquals(ExitCodes.SOME_REJECTED, exit, terminal.text());
        Outputs outputs = Outputs.open(root.resolve("output/2025/质量年报数据-2025.xlsx"));
        assertEquals("退回", outputs.rows("数据来源").stream().filter(r -> r.get("文件名").equals(NAME)).findFirst().orElseThrow().get("状态"));
        List<Map<String, String>> stored = outputs.rows("数据质量").stream().filter(r -> r.get("文件").equals(NAME)).toList();
        assertTrue(stored.size() <= 3 * (Finding.MAX_PER_RULE + 1) + 10, "rows: " + stored.size());
        assertTrue(stored.stream().anyMatch(r -> r.get("规则编号").equals("F-FILE-16") && r.get("说明").contains("另有 29,240 处")),
                () -> stored.stream().collect(Collectors.groupingBy(r -> r.get("规则编号"), Collectors.counting())).toString());
        assertEquals("6,310", outputs.indicator("students", "全市").get("本年值"), "the school's other return is used");
        assertTrue(terminal.lines().contains("退回 " + NAME + "："), terminal.text());
    }
}
