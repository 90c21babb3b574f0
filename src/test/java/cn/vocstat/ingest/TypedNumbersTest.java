package cn.vocstat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.model.StaffField;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers and codes typed as text in a return, as they arrive from copies out of web pages, Word
 * and other workbooks: a space of any width inside a number, an exponent, an invisible character
 * stuck to a 专业代码.
 */
class TypedNumbersTest {

    /** 教师队伍!B2, 教职工总数: a count. */
    private static final String STAFF_TOTAL = "B2";
    /** 经费!B5, 事业性经费项目支出: 万元 to two decimals. */
    private static final String PROJECT_EXPENDITURE = "B5";

    @TempDir
    Path dir;

    private ReturnReading read(Consumer<XSSFWorkbook> change) throws IOException {
        return Fixtures.checked(dir, "return.xlsx", Fixtures.validReturn(), change);
    }

    private ReturnReading withStaffTotal(String typed) throws IOException {
        return read(w -> Fixtures.cell(w, "教师队伍", STAFF_TOTAL).setCellValue(typed));
    }

    private static List<Rule> rules(ReturnReading reading) {
        return reading.findings().stream().map(Finding::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202F", "\u2009", "\u2007", "\u205F", "\u00A0", "\u3000", " ", "\u200B"})
    void aSpaceOfAnyWidthBetweenDigitsMakesNoNumber(String space) throws IOException {
        for (String typed : List.of("1" + space + "3", "1" + space + "234", "12" + space + ".5")) {
            ReturnReading reading = withStaffTotal(typed);

            assertEquals(List.of(Rule.VALUE_INNER_SPACE), rules(reading), typed);
            assertEquals("教师队伍!" + STAFF_TOTAL, reading.findings().get(0).location());
        }
    }

    @Test
    void spacesAroundANumberOrBeforeItsUnitAreNoSpacesInside() throws IOException {
        for (String typed : List.of("\u00A068\u202F", "\u200B68", "68\u2009人", "６８ 人")) {
            ReturnReading reading = withStaffTotal(typed);

            assertEquals(List.of(), reading.findings(), typed);
            assertEquals(new BigDecimal("68"), reading.content().orElseThrow().staff().number(StaffField.STAFF_TOTAL), typed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.8E+01", "6.8e1", "6.80E+01", "680E-1", "6.8E+01人", "６．８Ｅ＋０１"})
    void anExponentFormOfAWholeNumberIsThatNumber(String typed) throws IOException {
        ReturnReading reading = withStaffTotal(typed);

        assertEquals(List.of(), reading.findings(), typed);
        assertEquals(new BigDecimal("68"), reading.content().orElseThrow().staff().number(StaffField.STAFF_TOTAL));
    }

    @Test
    void anExponentFormIsJudgedByTheNumberItWrites() throws IOException {
        assertEquals(List.of(Rule.VALUE_NOT_COUNT), rules(withStaffTotal("6.85E+01")), "68.5 persons");
        assertEquals(List.of(Rule.VALUE_OUT_OF_RANGE), rules(withStaffTotal("1E+999")));
        assertEquals(List.of(Rule.VALUE_INEXACT), rules(withStaffTotal("30+")), "a plus after a number is still inexact");

        ReturnReading amount = read(w -> Fixtures.cell(w, "经费", PROJECT_EXPENDITURE).setCellValue("3.55E+01万元"));
        assertEquals(List.of(), amount.findings());
        assertEquals(new BigDecimal("35.50"), amount.content().orElseThrow().finance().number(FinanceField.PROJECT_EXPENDITURE));
        assertEquals(List.of(Rule.VALUE_AMOUNT_SCALE),
                rules(read(w -> Fixtures.cell(w, "经费", PROJECT_EXPENDITURE).setCellValue("3.5555E+01"))), "finer than a 百元");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s\u00A0", "\u200B%s", "\uFEFF%s", " %s\u3000", "%s\u202F"})
    void aMajorCodeWithAnInvisibleCharacterIsTheCodeItShows(String pattern) throws IOException {
        String[] code = new String[1];
        ReturnReading reading = read(w -> {
            code[0] = Fixtures.cell(w, "学生与专业", "A3").getStringCellValue();
            Fixtures.cell(w, "学生与专业", "A3").setCellValue(pattern.formatted(code[0]));
        });

        assertEquals(List.of(), reading.findings());
        assertEquals(code[0], reading.content().orElseThrow().majors().get(0).text(MajorColumn.CODE));
    }

    @Test
    void aMajorCodeInFullWidthDigitsIsTheCodeItShows() throws IOException {
        ReturnReading reading = read(w -> Fixtures.cell(w, "学生与专业", "A3").setCellValue("６２０５０３"));

        assertEquals(List.of(), reading.findings());
        assertEquals("620503", reading.content().orElseThrow().majors().get(0).text(MajorColumn.CODE));
    }

    @Test
    void aMajorCodeThatIsLongerOnceNormalisedIsStillTooLong() throws IOException {
        ReturnReading reading = read(w -> Fixtures.cell(w, "学生与专业", "A3").setCellValue("620503\u00A01"));

        assertEquals(List.of(Rule.TEXT_TOO_LONG), rules(reading));
        assertTrue(reading.findings().get(0).message().contains("最多 6 个字，填写了 7 个字"), reading.findings().get(0).message());
    }

    @Test
    void aNameWithANoBreakSpaceAfterItIsTheNameWithout() throws IOException {
        String[] name = new String[1];
        ReturnReading reading = read(w -> {
            name[0] = Fixtures.cell(w, "学生与专业", "B3").getStringCellValue();
            Fixtures.cell(w, "学生与专业", "B3").setCellValue(name[0] + "\u00A0");
        });

        assertEquals(List.of(), reading.findings());
        assertEquals(name[0], reading.content().orElseThrow().majors().get(0).text(MajorColumn.NAME));
    }
}
