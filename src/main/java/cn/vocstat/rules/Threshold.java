package cn.vocstat.rules;

import java.math.BigDecimal;

/**
 * The thresholds of the rules that have one, with their defaults. Each can be changed with the
 * property {@code vocstat.thresholds.<key>} (e.g. {@code --vocstat.thresholds.prior-year-change=0.25}).
 */
public enum Threshold {
    PRIOR_YEAR_CHANGE("prior-year-change", "0.30", "与上年相比的变化幅度（比例）"),
    STUDENT_TEACHER_RATIO_MAX("student-teacher-ratio-max", "20", "生师比上限（中等职业学校办学标准）"),
    EMPLOYMENT_RATE_MIN("employment-rate-min", "0.80", "就业率下限（比例）"),
    DUAL_QUALIFIED_MIN("dual-qualified-min", "0.30", "双师型教师占专任教师比例下限（中等职业学校办学标准）"),
    CITY_STATISTICS_TOLERANCE("city-statistics-tolerance", "0.05", "学校合计与市级统计之差占市级统计的比例"),
    PUBLISH_COVERAGE_DROP("publish-coverage-drop", "0.5",
            "发布前的检查：有数据的学校或应报学校比上次发布减少超过此比例（或报表全部退回、全市指标变为不可计算）时暂停发布，加 --accept-drop 才发布",
            false);

    public static final String PROPERTY_PREFIX = "vocstat.thresholds.";

    private final String key;
    private final BigDecimal defaultValue;
    private final String meaning;
    private final boolean shapesFigures;

    Threshold(String key, String defaultValue, String meaning) {
        this(key, defaultValue, meaning, true);
    }

    Threshold(String key, String defaultValue, String meaning, boolean shapesFigures) {
        this.key = key;
        this.defaultValue = new BigDecimal(defaultValue);
        this.meaning = meaning;
        this.shapesFigures = shapesFigures;
    }

    /** Whether a run's findings and figures depend on it; one that only gates publishing does not make a run new. */
    public boolean shapesFigures() {
        return shapesFigures;
    }

    public String key() {
        return key;
    }

    public String property() {
        return PROPERTY_PREFIX + key;
    }

    public BigDecimal defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }
}
