package cn.vocstat.validate;

import static cn.vocstat.Fixtures.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules one return answers on its own: the major catalogue and the bounds across its sheets. */
class ReturnRulesTest {

    /** 盂县's third major, 采矿技术 (620501), sits on sheet row 5. */
    private static final int MINING_ROW = 5;

    @TempDir
    Path dir;

    private ReturnReading read(Consumer<XSSFWorkbook> change) throws IOException {
        return Fixtures.checked(dir, "return.xlsx", Fixtures.validReturn(), change);
    }

    private static Finding only(ReturnReading reading, Rule rule, String location, Severity severity) {
        List<Finding> found = reading.findings().stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), () -> rule + " in " + reading.findings());
        assertEquals(location, found.get(0).location(), found.get(0).describe());
        assertEquals(severity, found.get(0).severity());
        return found.get(0);
    }

    @Test
    void aCodeOutsideTheCatalogueIsAnErrorThatNamesTheNearestEntry() throws IOException {
        ReturnReading reading = read(w -> cell(w, "学生与专业", "A" + MINING_ROW).setCellValue("629999"));
        Finding byName = only(reading, Rule.MAJOR_UNKNOWN, "学生与专业!A" + MINING_ROW, Severity.ERROR);
        assertTrue(byName.message().contains("最接近的是 620501 采矿技术"), "the row's own name finds it: " + byName.message());

        ReturnReading misnamed = read(w -> {
            cell(w, "学生与专业", "A" + MINING_ROW).setCellValue("700299");
            cell(w, "学生与专业", "B" + MINING_ROW).setCellValue("新能源汽车维修");
        });
        Finding similar = only(misnamed, Rule.MAJOR_UNKNOWN, "学生与专业!A" + MINING_ROW, Severity.ERROR);
        assertTrue(similar.message().contains("700209 新能源汽车运用与维修"), "a similar name finds it: " + similar.message());

        ReturnReading unnamed = read(w -> {
            cell(w, "学生与专业", "A" + MINING_ROW).setCellValue("620599");
            cell(w, "学生与专业", "B" + MINING_ROW).setBlank();
        });
        Finding byCode = only(unnamed, Rule.MAJOR_UNKNOWN, "学生与专业!A" + MINING_ROW, Severity.ERROR);
        assertTrue(byCode.message().contains("620501 采矿技术") || byCode.message().contains("6205"), "the code's 专业类 finds one: " + byCode.message());
    }

    @Test
    void aNameOrCategoryOtherThanTheCataloguesIsAWarningNamingTheCataloguesValue() throws IOException {
        ReturnReading reading = read(w -> {
            cell(w, "学生与专业", "B" + MINING_ROW).setCellValue("采矿");
            cell(w, "学生与专业", "C" + MINING_ROW).setCellValue("能源动力与材料大类");
        });
        Finding name = only(reading, Rule.MAJOR_NAME_DIFFERS, "学生与专业!B" + MINING_ROW, Severity.WARNING);
        assertTrue(name.message().contains("采矿技术"), name.message());
        Finding category = only(reading, Rule.MAJOR_CATEGORY_DIFFERS, "学生与专业!C" + MINING_ROW, Severity.WARNING);
        assertTrue(category.message().contains("资源环境与安全大类"), category.message());
        assertTrue(!reading.hasErrors(), "the code wins: a usable return");
    }

    @Test
    void anOldNameMappedInTheCatalogueIsNoMismatch() throws IOException {
        var content = Fixtures.validReturn();
        var renamed = new cn.vocstat.form.ReturnContent(content.year(), content.schoolCode(), content.schoolName(), content.schoolType(),
                content.level(), content.sponsor(), content.authority(), content.fillDate(),
                content.majors().stream().map(m -> m.code().equals("620501")
                        ? new cn.vocstat.form.ReturnContent.Major("770101", "学前教育", "教育与体育", m.isNew(), m.brand(), m.featured(), m.through(),
                                m.enrolment(), m.students(), m.graduates(), m.employed(), m.direct(), m.further())
                        : m).toList(),
                content.staff(), content.awards(), content.services(), content.finance());
        ReturnReading reading = Fixtures.checked(dir, "renamed.xlsx", renamed, w -> { });
        assertEquals(List.of(), reading.findings(), "学前教育 is the old name of 770101 幼儿保育; 教育与体育 is its category without 大类");
    }

    @Test
    void partnerHiresCannotExceedTheDirectlyEmployed() throws IOException {
        ReturnReading reading = read(w -> cell(w, "社会服务与合作", "B12").setCellValue(39));
        Finding finding = only(reading, Rule.PARTNER_HIRES_OVER_DIRECT, "社会服务与合作!B12", Severity.ERROR);
        assertTrue(finding.message().contains("39") && finding.message().contains("38"), finding.message());
    }

    @Test
    void teacherCountsNestInsideEachOther() throws IOException {
        ReturnReading titles = read(w -> cell(w, "教师队伍", "B4").setCellValue(40));
        only(titles, Rule.TITLES_OVER_TEACHERS, "教师队伍!B4", Severity.ERROR);
        ReturnReading staff = read(w -> cell(w, "教师队伍", "B2").setCellValue(50));
        only(staff, Rule.TEACHERS_OVER_STAFF, "教师队伍!B3", Severity.ERROR);
        ReturnReading dual = read(w -> cell(w, "教师队伍", "B6").setCellValue(57));
        only(dual, Rule.DUAL_OVER_TEACHERS, "教师队伍!B6", Severity.ERROR);
    }

    @Test
    void aNewMajorHasNoGraduatesYet() throws IOException {
        ReturnReading reading = read(w -> {
            cell(w, "学生与专业", "J3").setCellValue(5);
            w.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        only(reading, Rule.NEW_MAJOR_GRADUATES, "学生与专业!J3", Severity.ERROR);
    }

    @Test
    void aMajorListedTwiceIsAnError() throws IOException {
        ReturnReading reading = read(w -> cell(w, "学生与专业", "A" + (MINING_ROW + 1)).setCellValue("620501"));
        Finding finding = only(reading, Rule.MAJOR_DUPLICATE, "学生与专业!A" + (MINING_ROW + 1), Severity.ERROR);
        assertTrue(finding.message().contains("第 " + MINING_ROW + " 行"), finding.message());
    }

    @Test
    void financeSharesStayInsideTheirTotals() throws IOException {
        ReturnReading reading = read(w -> {
            cell(w, "经费", "B3").setCellValue(3000);
            cell(w, "经费", "B5").setCellValue(3000.5);
        });
        only(reading, Rule.FISCAL_OVER_INCOME, "经费!B3", Severity.ERROR);
        only(reading, Rule.PROJECT_OVER_EXPENDITURE, "经费!B5", Severity.ERROR);
    }

    @Test
    void anAwardLineCountsAtLeastOneAward() throws IOException {
        ReturnReading reading = read(w -> {
            Sheet awards = w.getSheet("技能大赛");
            awards.getRow(2).getCell(5).setCellValue(0);
        });
        only(reading, Rule.AWARD_COUNT, "技能大赛!F3", Severity.ERROR);
    }

    @Test
    void theYearMustBeTheRunsYear() throws IOException {
        ReturnReading reading = read(w -> cell(w, "基本信息", "B3").setCellValue(2024));
        only(reading, Rule.YEAR_MISMATCH, "基本信息!B3", Severity.ERROR);
    }
}
