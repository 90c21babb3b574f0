package cn.vocstat.indicator;

import static cn.vocstat.Fixtures.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reconcile.AcceptedVersions;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reconcile.PriorYearFigures;
import cn.vocstat.reconcile.Reconciler;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import cn.vocstat.rules.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school's ratio outside the national 办学条件 thresholds is a warning on the cells it comes from. */
class PlausibilityRulesTest {

    @TempDir
    Path dir;

    private List<Finding> findings(Consumer<XSSFWorkbook> change, Thresholds thresholds) throws IOException {
        ReferenceData reference = Fixtures.reference();
        ReturnReading reading = Fixtures.checked(dir, "return.xlsx", Fixtures.validReturn(), change);
        Consolidation consolidation = new Reconciler(2025, reference, PriorYearFigures.none(), thresholds, AcceptedVersions.NONE)
                .reconcile(List.of(reading));
        return new IndicatorCalculator(reference.cityStatistics(), PriorValues.none(), thresholds).compute(consolidation).findings();
    }

    private static Finding only(List<Finding> findings, Rule rule) {
        List<Finding> found = findings.stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), () -> rule + " in " + findings);
        assertEquals(Severity.WARNING, found.get(0).severity());
        return found.get(0);
    }

    @Test
    void aValidReturnIsPlausible() throws IOException {
        assertTrue(findings(w -> { }, Thresholds.defaults()).stream().noneMatch(f -> f.rule().id().startsWith("R-PLA")));
    }

    @Test
    void tooManyStudentsPerTeacher() throws IOException {
        Finding finding = only(findings(w -> {
            cell(w, "教师队伍", "B3").setCellValue(30);
            cell(w, "教师队伍", "B4").setCellValue(10);
            cell(w, "教师队伍", "B5").setCellValue(10);
            cell(w, "教师队伍", "B6").setCellValue(20);
        }, Thresholds.defaults()), Rule.STUDENT_TEACHER_RATIO_HIGH);
        assertEquals("教师队伍!B3", finding.location());
        assertTrue(finding.message().contains("22.33:1") && finding.message().contains("20.00:1"), finding.message());
    }

    @Test
    void tooFewGraduatesWithADestination() throws IOException {
        Finding finding = only(findings(w -> {
            var majors = w.getSheet("学生与专业");
            for (int r = 2; r < majors.getLastRowNum(); r++) {
                var row = majors.getRow(r);
                row.getCell(10).setCellValue(row.getCell(11).getNumericCellValue());
                row.getCell(12).setCellValue(0);
            }
            cell(w, "社会服务与合作", "B12").setCellValue(0);
            w.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }, Thresholds.defaults()), Rule.EMPLOYMENT_RATE_LOW);
        assertEquals("学生与专业!K3:K15", finding.location());
        assertTrue(finding.message().contains("14.18%") && finding.message().contains("80.00%"), finding.message());
    }

    @Test
    void tooFewDualQualifiedTeachersAndTheThresholdIsConfigurable() throws IOException {
        Consumer<XSSFWorkbook> fewDual = w -> cell(w, "教师队伍", "B6").setCellValue(15);
        Finding finding = only(findings(fewDual, Thresholds.defaults()), Rule.DUAL_QUALIFIED_LOW);
        assertEquals("教师队伍!B6", finding.location());
        assertTrue(finding.message().contains("26.79%") && finding.message().contains("30.00%"), finding.message());
        Thresholds lower = Thresholds.from(p -> p.equals("vocstat.thresholds.dual-qualified-min") ? "0.25" : null);
        assertTrue(findings(fewDual, lower).stream().noneMatch(f -> f.rule() == Rule.DUAL_QUALIFIED_LOW));
    }
}
