package cn.vocstat.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.vocstat.Fixtures;
import cn.vocstat.model.Figures;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.StaffField;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.reference.CityStatistics;
import cn.vocstat.reference.RegisteredSchool;
import cn.vocstat.rules.Thresholds;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ratios are exact decimals, rounded half-up only when shown; over a zero denominator they are not computable. */
class ExactArithmeticTest {

    private static final RegisteredSchool SCHOOL = new RegisteredSchool("3614000999", "测试学校", List.of(), "职业高中", "无", "测试局", true, "");

    @Test
    void aShareOverZeroIsNotComputableNeitherZeroNorAnException() {
        Fraction share = Fraction.share(new BigDecimal("5"), BigDecimal.ZERO);
        assertNull(share.value());
        assertEquals("不可计算", Display.PERCENT.format(share.value()));
        assertNull(Fraction.growth(BigDecimal.ONE, BigDecimal.ZERO).value());
    }

    @Test
    void aSchoolWithoutTeachersHasNoStudentTeacherRatio() {
        SchoolReturn noTeachers = withStaff(Map.of(StaffField.FULL_TIME, BigDecimal.ZERO));
        Consolidation consolidation = new Consolidation(2025, List.of(), List.of(new AcceptedReturn(SCHOOL, noTeachers, false)), List.of(SCHOOL), List.of(), List.of());
        IndicatorResult result = new IndicatorCalculator(new CityStatistics(List.of()), PriorValues.none(), Thresholds.defaults()).compute(consolidation);
        IndicatorValue ratio = result.city(Indicator.STUDENT_TEACHER_RATIO);
        assertNull(ratio.value());
        assertEquals("不可计算", ratio.displayValue());
        assertEquals(BigDecimal.ZERO, ratio.denominator());
        assertEquals("分母为 0，不可计算", ratio.note());
    }

    @Test
    void roundingIsHalfUpAndOnlyOnDisplay() {
        // 1/8 = 0.125 exactly: half-up gives 12.50 %, and 0.005 shows as 0.01 (banker's rounding would give 0.00).
        assertEquals("12.50%", Display.PERCENT.format(Fraction.share(BigDecimal.ONE, new BigDecimal("8")).value()));
        assertEquals("0.01", Display.RATIO.format(new BigDecimal("0.005")));
        assertEquals("0.50%", Display.PERCENT.format(new BigDecimal("0.005")));
        assertEquals("12.67:1", Display.RATIO_TO_ONE.format(Fraction.share(new BigDecimal("6310"), new BigDecimal("498")).value()));
    }

    @Test
    void moneyIsAddedAsDecimalsNotBinaryFloatingPoint() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
        CityStatistics statistics = new CityStatistics(List.of(
                new CityStatistic("VOC_EXP", "中职", 2024, new BigDecimal("0.1"), "元", ""),
                new CityStatistic("EDU_EXP_TOTAL", "总", 2024, new BigDecimal("0.3"), "元", "")));
        Consolidation empty = new Consolidation(2025, List.of(), List.of(), List.of(SCHOOL), List.of(SCHOOL), List.of());
        IndicatorValue share = new IndicatorCalculator(statistics, PriorValues.none(), Thresholds.defaults()).compute(empty).city(Indicator.VOC_FUNDING_SHARE);
        assertEquals("33.33%", share.displayValue());
        assertEquals(0, new BigDecimal("0.1").add(new BigDecimal("0.2")).compareTo(new BigDecimal("0.3")));
        assertEquals("2024", String.valueOf(share.dataYear()));
    }

    @Test
    void coverageSaysHowManyExpectedSchoolsFedTheCityFigure() {
        RegisteredSchool missing = new RegisteredSchool("3614000998", "缺报学校", List.of(), "职业高中", "无", "测试局", true, "");
        SchoolReturn sample = Fixtures.validReturnContent();
        Consolidation consolidation = new Consolidation(2025, List.of(), List.of(new AcceptedReturn(SCHOOL, sample, false)),
                List.of(SCHOOL, missing), List.of(missing), List.of());
        IndicatorValue students = new IndicatorCalculator(new CityStatistics(List.of()), PriorValues.none(), Thresholds.defaults())
                .compute(consolidation).city(Indicator.STUDENTS);
        assertEquals("1/2", students.coverage());
        assertEquals(new BigDecimal("670"), students.value());
    }

    private static SchoolReturn withStaff(Map<StaffField, BigDecimal> staff) {
        SchoolReturn sample = Fixtures.validReturnContent();
        Map<StaffField, Object> values = new EnumMap<>(StaffField.class);
        values.putAll(staff);
        Figures<StaffField> figures = new Figures<>("教师队伍", 0, values, Map.of());
        return new SchoolReturn(sample.source(), sample.info(), sample.majors(), figures, sample.awards(), sample.services(), sample.finance(), sample.explanations());
    }
}
