package cn.vocstat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.StaffField;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field admits a declared length, range and scale; a value beyond it is a finding on its cell
 * that quotes at most 50 characters of it, never a value that reaches the database. The values here
 * are those a hostile or careless school sent.
 */
class FieldLimitsTest {

    @TempDir
    Path dir;

    private ReturnReading read(Consumer<XSSFWorkbook> change) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.checked(dir, "return.xlsx", Fixtures.validReturn(), change));
    }

    private static Finding only(ReturnReading reading, Rule rule, String location) {
        List<Finding> found = reading.findings().stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), () -> rule + " in " + reading.findings());
        Finding finding = found.get(0);
        assertEquals(location, finding.location());
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().length() < 250, () -> "a short message: " + finding.message());
        return finding;
    }

    private static void set(XSSFWorkbook workbook, String sheet, String address, Object value) {
        if (value instanceof Number number) {
            Fixtures.cell(workbook, sheet, address).setCellValue(number.doubleValue());
        } else {
            Fixtures.cell(workbook, sheet, address).setCellValue(value.toString());
        }
    }

    @Test
    void aContestNameLongerThanItsLimitIsAFindingQuotingFiftyCharacters() {
        ReturnReading reading = read(w -> set(w, "技能大赛", "A3", "第十九届职业院校技能大赛".repeat(17)));
        Finding finding = only(reading, Rule.TEXT_TOO_LONG, "技能大赛!A3");
        assertTrue(finding.message().contains("最多 100 个字，填写了 204 个字"), finding.message());
        assertTrue(finding.message().contains("…"), finding.message());
    }

    @Test
    void aTwoThousandCharacterMajorNameIsOneFindingAndNoCatalogueMismatch() {
        ReturnReading reading = read(w -> set(w, "学生与专业", "B3", "新能源汽车运用与维修".repeat(200)));
        only(reading, Rule.TEXT_TOO_LONG, "学生与专业!B3");
        assertTrue(reading.findings().stream().noneMatch(f -> f.rule() == Rule.MAJOR_NAME_DIFFERS), reading.findings().toString());
    }

    @Test
    void anAuthorityLongerThanItsLimitIsAFinding() {
        only(read(w -> set(w, "基本信息", "B9", "阳".repeat(201))), Rule.TEXT_TOO_LONG, "基本信息!B9");
    }

    @Test
    void anAmountBeyondAThousandYiYuanIsOutOfRange() {
        Finding finding = only(read(w -> set(w, "经费", "B2", 1e14)), Rule.VALUE_OUT_OF_RANGE, "经费!B2");
        assertTrue(finding.message().contains("0～10,000,000"), finding.message());
    }

    @Test
    void threeBillionInACountIsOutOfRange() {
        only(read(w -> set(w, "社会服务与合作", "B2", 3_000_000_000L)), Rule.VALUE_OUT_OF_RANGE, "社会服务与合作!B2");
    }

    @Test
    void aTwentyDigitCountIsOutOfRange() {
        only(read(w -> set(w, "教师队伍", "B2", "12345678901234567890")), Rule.VALUE_OUT_OF_RANGE, "教师队伍!B2");
    }

    @Test
    void theLargestDoubleIsOutOfRangeAndNotQuotedWhole() {
        Finding finding = only(read(w -> set(w, "学生与专业", "I3", 1e308)), Rule.VALUE_OUT_OF_RANGE, "学生与专业!I3");
        assertTrue(finding.message().contains("1E+308") || finding.message().contains("1.0E308"), finding.message());
    }

    @Test
    void aTenThousandDigitNumberIsOutOfRangeAndQuotedShort() {
        only(read(w -> set(w, "教师队伍", "B2", "9".repeat(10_000))), Rule.VALUE_OUT_OF_RANGE, "教师队伍!B2");
    }

    @Test
    void hugeAndTinyExponentsAreJudgedWithoutComputingThem() throws IOException {
        Path file = Fixtures.write(dir, "exponents.xlsx", Fixtures.validReturn(), w -> { });
        Fixtures.rewritePart(file, "xl/worksheets/sheet4.xml", xml -> xml
                .replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\"><v>1E+999999999</v></c>")
                .replaceFirst("<c r=\"B3\"[^>]*>.*?</c>", "<c r=\"B3\"><v>1E-999999999</v></c>"));

        ReturnReading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new ReturnReader().read(file, "exponents.xlsx"));

        only(reading, Rule.VALUE_OUT_OF_RANGE, "教师队伍!B2");
        assertEquals(BigDecimal.ZERO, reading.content().orElseThrow().staff().number(StaffField.FULL_TIME), "binary noise around 0 is 0");
    }

    @Test
    void aCountInACellFormattedAsADateIsAFindingShowingTheDate() {
        ReturnReading reading = read(w -> {
            CellStyle date = w.createCellStyle();
            date.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
            set(w, "学生与专业", "I3", 45901);
            Fixtures.cell(w, "学生与专业", "I3").setCellStyle(date);
        });
        Finding finding = only(reading, Rule.VALUE_IS_DATE, "学生与专业!I3");
        assertTrue(finding.message().contains(LocalDate.of(2025, 9, 1).toString()), finding.message());
    }

    @Test
    void aNumberWithInnerSpacesIsNotReadAsOneNumber() {
        Finding finding = only(read(w -> set(w, "教师队伍", "B2", "12 3")), Rule.VALUE_INNER_SPACE, "教师队伍!B2");
        assertTrue(finding.message().contains("“12 3”"), finding.message());
        assertTrue(read(w -> set(w, "教师队伍", "B2", "６８ 人")).findings().isEmpty(), "a space before the unit is fine");
    }

    @Test
    void twoSheetsWhoseNamesNormaliseAlikeAreAFindingAndTheFormsOwnTitleIsRead() {
        ReturnReading reading = read(w -> {
            w.createSheet("教师 队伍").createRow(1).createCell(0).setCellValue("专任教师数");
            w.getSheet("教师 队伍").getRow(1).createCell(1).setCellValue(1);
            w.setSheetOrder("教师 队伍", 0);
        });
        Finding finding = only(reading, Rule.SHEET_DUPLICATE, "教师 队伍");
        assertTrue(finding.message().contains("“教师 队伍”与“教师队伍”"), finding.message());
        BigDecimal real = read(w -> { }).content().orElseThrow().staff().number(StaffField.FULL_TIME);
        assertEquals(real, reading.content().orElseThrow().staff().number(StaffField.FULL_TIME), "the sheet titled as the form is read");
    }

    @Test
    void aSheetNameLongerThanExcelAllowsIsNotASheetOfTheForm() throws IOException {
        Path file = Fixtures.write(dir, "long.xlsx", Fixtures.validReturn(), w -> { });
        String longName = "教" + " ".repeat(40) + "师队伍";
        Fixtures.rewritePart(file, "xl/workbook.xml", xml -> xml.replace("name=\"填报说明\"", "name=\"" + longName + "\""));

        ReturnReading reading = new ReturnReader().read(file, "long.xlsx");

        assertEquals(List.of(), reading.findings(), "Excel allows 31 characters; a handmade package's longer name is no sheet of the form");
    }

    @Test
    void aValueAtItsLimitIsAdmitted() {
        ReturnReading reading = read(w -> {
            set(w, "学生与专业", "H3", 100_000);
            set(w, "学生与专业", "I3", 100_000);
            set(w, "经费", "B2", "10000000.00万元");
        });
        assertTrue(reading.findings().stream().noneMatch(f -> f.rule() == Rule.VALUE_OUT_OF_RANGE), reading.findings().toString());
    }
}
