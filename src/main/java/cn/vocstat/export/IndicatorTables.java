package cn.vocstat.export;

import cn.vocstat.indicator.Display;
import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorValue;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 指标汇总: every indicator for the city, then for each school, led by its Chinese name. The
 * workbook shows each value once, formatted as the report prints it, this year's and last year's
 * alike; the CSV carries the exact values. The id is the last column, for those who join tables.
 */
final class IndicatorTables {

    static final String SHEET = "指标汇总";
    static final String VALUE = "本年值";
    static final String PRIOR = "上年值";

    private static final List<Column> COLUMNS = List.of(Column.text("指标名称"), Column.text("范围"), Column.text("学校标识码"),
            Column.text("单位"), new Column("数据年度", Format.TEXT), number(VALUE), number(PRIOR), new Column("变化", Format.CHANGE_COUNT),
            Column.percent("变化率"), number("分子"), number("分母"), Column.text("分子分母单位"), Column.text("覆盖学校"),
            Column.note("计算公式"), Column.note("说明"), Column.trace("指标编号"));

    private IndicatorTables() {
    }

    /** A column of numbers each row formats its own way (percentages and counts share it): right-aligned under a right-aligned header. */
    private static Column number(String header) {
        return new Column(header, Format.AMOUNT);
    }

    static Table summary(RunReport report) {
        return Table.streamed(SHEET, COLUMNS, report.rows().indicatorCount(report.runId()),
                sink -> report.rows().indicators(report.runId(), v -> row(sink, v)));
    }

    /** The city's rows of 指标汇总 alone: what the workbook keeps when every school's would be too many to read there. */
    static Table citySummary(RunReport report) {
        return Table.streamed(SHEET, COLUMNS, Table.UNKNOWN_SIZE, sink -> report.rows().cityIndicatorValues(report.runId(), v -> row(sink, v)));
    }

    /** 概要: the report's headline figures for the city, this year beside last, on one page, as a bureau head reads them. */
    static final String HEADLINES_SHEET = "概要";

    private static final List<Indicator> HEADLINES = List.of(Indicator.SCHOOLS, Indicator.MAJORS, Indicator.MAJOR_POINTS, Indicator.CATEGORIES,
            Indicator.NEW_MAJORS, Indicator.ENROLMENT, Indicator.STUDENTS, Indicator.GRADUATES, Indicator.EMPLOYMENT_RATE,
            Indicator.DIRECT_EMPLOYMENT_SHARE, Indicator.FURTHER_STUDY_SHARE, Indicator.STAFF, Indicator.FULL_TIME_TEACHERS,
            Indicator.STUDENT_TEACHER_RATIO, Indicator.MID_SENIOR_TITLE_RATIO, Indicator.DUAL_QUALIFIED_RATIO, Indicator.AWARDS_FIRST,
            Indicator.AWARDS_SECOND, Indicator.AWARDS_THIRD, Indicator.VOLUNTEER_ACTIVITIES, Indicator.PARTNER_HIRE_SHARE,
            Indicator.SCHOOL_EXPENDITURE, Indicator.VOC_FUNDING_SHARE, Indicator.VOC_PER_STUDENT_GROWTH, Indicator.VOC_TO_HS_PER_STUDENT);

    static Table headlines(RunReport report) {
        Map<Indicator, IndicatorValue> city = new EnumMap<>(Indicator.class);
        report.rows().cityIndicatorValues(report.runId(), v -> city.put(v.indicator(), v));
        Table.Builder table = Table.named(HEADLINES_SHEET, Column.text("指标"), Column.text("单位"), number(VALUE), number(PRIOR),
                new Column("变化", Format.CHANGE_COUNT), Column.text("数据年度"));
        for (Indicator indicator : HEADLINES) {
            IndicatorValue v = city.get(indicator);
            if (v != null) {
                Format format = valueFormat(indicator.display());
                table.row(indicator.title(), indicator.unit(), v.value() == null ? Display.NOT_COMPUTABLE : new Formatted(v.value(), format),
                        v.prior() == null ? null : new Formatted(v.prior(), format), change(v), String.valueOf(v.dataYear()));
            }
        }
        return table.build();
    }

    private static void row(Table.Sink table, IndicatorValue v) {
        Display display = v.indicator().display();
        Format valueFormat = valueFormat(display);
        Format partFormat = v.indicator().fromCityStatistics() || display == Display.AMOUNT ? Format.AMOUNT : Format.INTEGER;
        table.row(v.indicator().title(), v.scopeName(), v.isCity() ? "" : v.scopeCode(), v.indicator().unit(), String.valueOf(v.dataYear()),
                v.value() == null ? Display.NOT_COMPUTABLE : new Formatted(v.value(), valueFormat),
                v.prior() == null ? null : new Formatted(v.prior(), valueFormat), change(v), v.changeRate(),
                new Formatted(v.numerator(), partFormat), v.denominator() == null ? null : new Formatted(v.denominator(), partFormat),
                v.indicator().partsUnit(), v.coverage(), v.indicator().formula(), v.note(), v.indicator().id());
    }

    /** The change as a number (a share's in percentage points) that the workbook words as the report does: 减少 233, 增加 0.18 个百分点. */
    private static Formatted change(IndicatorValue v) {
        return change(v.indicator().display(), v.change());
    }

    /** A change of a value shown as {@code display}, numeric, worded by its format; null when there is none. */
    static Formatted change(Display display, BigDecimal change) {
        if (change == null) {
            return null;
        }
        return switch (display) {
            case PERCENT -> new Formatted(change.movePointRight(2), Format.CHANGE_POINTS);
            case RATIO_TO_ONE, RATIO -> new Formatted(change, Format.CHANGE_RATIO);
            case COUNT -> new Formatted(change, Format.CHANGE_COUNT);
            case AMOUNT -> new Formatted(change, Format.CHANGE_AMOUNT);
        };
    }

    static Format valueFormat(Display display) {
        return switch (display) {
            case PERCENT -> Format.PERCENT;
            case RATIO_TO_ONE -> Format.RATIO_TO_ONE;
            case RATIO -> Format.RATIO;
            case COUNT -> Format.INTEGER;
            case AMOUNT -> Format.AMOUNT;
        };
    }
}
