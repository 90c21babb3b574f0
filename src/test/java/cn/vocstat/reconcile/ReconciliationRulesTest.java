package cn.vocstat.reconcile;

import static cn.vocstat.Fixtures.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.vocstat.Fixtures;
import cn.vocstat.model.ReturnReading;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.reference.CityStatistics;
import cn.vocstat.reference.Confirmation;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Resolution;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Severity;
import cn.vocstat.rules.Thresholds;
import cn.vocstat.form.ReturnContent;
import cn.vocstat.sample.YangquanSample;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reconciliation against the registry, the city statistics, the prior year, and what schools and operators say. */
class ReconciliationRulesTest {

    private static final String YUXIAN = "3614000106";

    @TempDir
    Path dir;

    private final ReferenceData reference = Fixtures.reference();
    private final List<ReturnContent> sample = YangquanSample.returns(2025);

    private List<ReturnReading> allSchools() throws IOException {
        List<ReturnReading> readings = new ArrayList<>();
        for (ReturnContent school : sample) {
            readings.add(Fixtures.checked(dir, school.schoolCode() + ".xlsx", school, w -> { }));
        }
        return readings;
    }

    private Consolidation reconcile(List<ReturnReading> readings) {
        return reconcile(readings, PriorYearFigures.none(), Thresholds.defaults(), reference);
    }

    private static Consolidation reconcile(List<ReturnReading> readings, PriorYearFigures prior, Thresholds thresholds, ReferenceData reference) {
        return new Reconciler(2025, reference, prior, thresholds, AcceptedVersions.NONE).reconcile(readings);
    }

    private static Finding only(Consolidation consolidation, Rule rule) {
        List<Finding> found = consolidation.findings().stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), () -> rule + " in " + consolidation.findings());
        return found.get(0);
    }

    private static ReturnStatus status(Consolidation consolidation, String fileName) {
        return consolidation.outcomes().stream().filter(o -> o.reading().source().name().equals(fileName)).findFirst().orElseThrow().status();
    }

    @Test
    void theSampleReconcilesCleanlyButForItsAlias() throws IOException {
        Consolidation consolidation = reconcile(allSchools());
        assertEquals(6, consolidation.accepted().size());
        assertEquals(List.of(Rule.SCHOOL_ALIAS), consolidation.findings().stream().map(Finding::rule).toList());
        Finding alias = consolidation.findings().get(0);
        assertEquals("基本信息!B5", alias.location());
        assertEquals(Severity.WARNING, alias.severity());
    }

    @Test
    void anUnknownSchoolCodeIsRejected() throws IOException {
        ReturnReading unknown = Fixtures.checked(dir, "unknown.xlsx", sample.get(5), w -> cell(w, "基本信息", "B4").setCellValue("3614009999"));
        Consolidation consolidation = reconcile(List.of(unknown));
        Finding finding = only(consolidation, Rule.SCHOOL_UNKNOWN);
        assertEquals("基本信息!B4", finding.location());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(ReturnStatus.REJECTED, status(consolidation, "unknown.xlsx"));
    }

    @Test
    void theNameOfAnotherSchoolIsAnErrorAndAnUnknownNameAWarning() throws IOException {
        ReturnReading other = Fixtures.checked(dir, "other.xlsx", sample.get(5), w -> cell(w, "基本信息", "B5").setCellValue("平定职业高级中学校"));
        Finding wrong = only(reconcile(List.of(other)), Rule.SCHOOL_NAME_OTHER_CODE);
        assertEquals(Severity.ERROR, wrong.severity());
        assertTrue(wrong.message().contains("3614000105"), wrong.message());
        ReturnReading misspelt = Fixtures.checked(dir, "misspelt.xlsx", sample.get(5), w -> cell(w, "基本信息", "B5").setCellValue("盂县职业技术学院"));
        Finding differs = only(reconcile(List.of(misspelt)), Rule.SCHOOL_NAME_DIFFERS);
        assertEquals("基本信息!B5", differs.location());
        assertTrue(differs.message().contains("盂县职业技术学校") && differs.message().contains("盂县职业技术学院"), differs.message());
    }

    @Test
    void aSchoolWithoutAReturnIsMissingAndANotCountedSchoolIsKeptApart() throws IOException {
        List<ReturnReading> readings = new ArrayList<>(allSchools().subList(0, 5));
        readings.add(Fixtures.checked(dir, "special.xlsx", sample.get(5).withIdentity("3614000201", "山西省特殊教育师范学校"), w -> { }));
        Consolidation consolidation = reconcile(readings);
        Finding missing = only(consolidation, Rule.SCHOOL_MISSING);
        assertEquals(YUXIAN, missing.schoolCode());
        assertEquals(Severity.WARNING, missing.severity());
        assertEquals(Severity.INFO, only(consolidation, Rule.SCHOOL_NOT_COUNTED).severity());
        assertEquals(ReturnStatus.NOT_COUNTED, status(consolidation, "special.xlsx"));
        assertEquals(5, consolidation.accepted().size());
    }

    @Test
    void ofTwoReturnsOfOneSchoolTheLaterFillDateIsUsed() throws IOException {
        ReturnContent yuxian = sample.get(5);
        ReturnContent later = new ReturnContent(yuxian.year(), yuxian.schoolCode(), yuxian.schoolName(), yuxian.schoolType(), yuxian.level(),
                yuxian.sponsor(), yuxian.authority(), LocalDate.of(2026, 2, 1), yuxian.majors(), yuxian.staff(), yuxian.awards(),
                yuxian.services(), yuxian.finance());
        ReturnReading second = Fixtures.checked(dir, "a-corrected.xlsx", later, w -> { });
        ReturnReading first = Fixtures.checked(dir, "z-first.xlsx", yuxian, w -> { });
        Consolidation consolidation = reconcile(List.of(second, first));
        assertEquals(ReturnStatus.ACCEPTED, status(consolidation, "a-corrected.xlsx"));
        assertEquals(ReturnStatus.SUPERSEDED, status(consolidation, "z-first.xlsx"));
        Finding superseded = only(consolidation, Rule.RETURN_SUPERSEDED);
        assertEquals("z-first.xlsx", superseded.fileName());
        assertEquals(Severity.INFO, superseded.severity());
    }

    @Test
    void schoolFundingTotalsAreComparedWithTheCityStatistics() throws IOException {
        List<CityStatistic> figures = new ArrayList<>(reference.cityStatistics().figures());
        figures.removeIf(f -> f.code().equals("VOC_EXP"));
        figures.add(new CityStatistic("VOC_EXP", "中等职业教育经费支出", 2024, new BigDecimal("250000000"), "元", "测试"));
        ReferenceData changed = new ReferenceData(reference.registry(), reference.catalogue(), new CityStatistics(figures), List.of(), reference.notice(), List.of(), List.of());
        Consolidation consolidation = reconcile(allSchools(), PriorYearFigures.none(), Thresholds.defaults(), changed);
        Finding finding = only(consolidation, Rule.CITY_EXPENDITURE_DIFFERS);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("23300") && finding.message().contains("25000") && finding.message().contains("-6.8%")
                && finding.message().contains("5%"), finding.message());
        assertTrue(consolidation.findings().stream().noneMatch(f -> f.rule() == Rule.CITY_PROJECT_DIFFERS), "1.13 亿元 matches the schools' 11300 万元");
    }

    @Test
    void aLargeChangeOnTheSchoolsPriorYearIsAWarningWithBothValuesAndTheThreshold() throws IOException {
        PriorYearFigures prior = PriorYearFigures.of(Map.of(YUXIAN, Map.of(ComparedFigure.STUDENTS, new BigDecimal("1000"),
                ComparedFigure.FULL_TIME, new BigDecimal("55"))));
        Consolidation consolidation = reconcile(allSchools(), prior, Thresholds.defaults(), reference);
        Finding finding = only(consolidation, Rule.PRIOR_YEAR_CHANGE);
        assertEquals("学生与专业!I3:I15", finding.location());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("670") && finding.message().contains("1000") && finding.message().contains("-33%")
                && finding.message().contains("±30%"), finding.message());
        Thresholds looser = Thresholds.from(property -> property.equals("vocstat.thresholds.prior-year-change") ? "0.40" : null);
        assertTrue(reconcile(allSchools(), prior, looser, reference).findings().stream().noneMatch(f -> f.rule() == Rule.PRIOR_YEAR_CHANGE),
                "the threshold is configurable");
    }

    @Test
    void aWarningTheSchoolExplainsIsShownAsExplainedAndAnErrorCannotBeExplained() throws IOException {
        ReturnReading explained = Fixtures.checked(dir, "explained.xlsx", sample.get(3), w -> {
            Sheet sheet = w.createSheet("情况说明");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("规则编号");
            header.createCell(1).setCellValue("说明");
            Row alias = sheet.createRow(1);
            alias.createCell(0).setCellValue("G-REG-02");
            alias.createCell(1).setCellValue("学校简称，下次按名录填写");
            Row error = sheet.createRow(2);
            error.createCell(0).setCellValue("R-ROW-01");
            error.createCell(1).setCellValue("我们认为没问题");
        });
        Consolidation consolidation = reconcile(List.of(explained));
        List<Finding> findings = Resolutions.apply(consolidation.findings(), consolidation, List.of());
        Finding alias = findings.stream().filter(f -> f.rule() == Rule.SCHOOL_ALIAS).findFirst().orElseThrow();
        assertEquals(Resolution.EXPLAINED, alias.resolution());
        assertEquals("学校简称，下次按名录填写", alias.note());
        Finding refused = findings.stream().filter(f -> f.rule() == Rule.EXPLAINED_ERROR).findFirst().orElseThrow();
        assertEquals("情况说明!A3", refused.location());
        assertTrue(refused.message().contains("R-ROW-01"));
    }

    @Test
    void theOperatorCanConfirmAWarningButNotAnError() throws IOException {
        Consolidation consolidation = reconcile(allSchools().subList(0, 5));
        List<Confirmation> confirmations = List.of(
                new Confirmation(YUXIAN, "G-REG-06", "学校系统故障，延期报送已获批准", "市教育局 李"),
                new Confirmation(YUXIAN, "G-REG-01", "无", "市教育局 李"));
        List<Finding> findings = Resolutions.apply(consolidation.findings(), consolidation, confirmations);
        Finding missing = findings.stream().filter(f -> f.rule() == Rule.SCHOOL_MISSING).findFirst().orElseThrow();
        assertEquals(Resolution.CONFIRMED, missing.resolution());
        assertTrue(missing.note().contains("延期报送已获批准") && missing.note().contains("市教育局 李"), missing.note());
        assertTrue(findings.stream().anyMatch(f -> f.rule() == Rule.EXPLAINED_ERROR && f.message().contains("G-REG-01")));
    }
}
