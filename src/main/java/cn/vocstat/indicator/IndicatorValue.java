package cn.vocstat.indicator;

import java.math.BigDecimal;

/**
 * One indicator for the city ({@link #CITY}) or one school: the value (null when not computable),
 * what it was computed from, how many of the expected schools fed it, and the prior year.
 */
public record IndicatorValue(Indicator indicator, String scopeCode, String scopeName, int dataYear,
                             BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                             Integer schoolsFed, Integer schoolsExpected, BigDecimal prior, String note) {

    public static final String CITY = "city";

    public boolean isCity() {
        return CITY.equals(scopeCode);
    }

    /** 6/6, or empty for figures that come from the city statistics. */
    public String coverage() {
        return schoolsFed == null ? "" : schoolsFed + "/" + schoolsExpected;
    }

    public String displayValue() {
        return indicator.display().format(value);
    }

    public BigDecimal change() {
        return value == null || prior == null ? null : value.subtract(prior);
    }

    /** Relative change of a count or amount; percentages change in points, see {@link #change()}. */
    public BigDecimal changeRate() {
        boolean relative = indicator.display() == Display.COUNT || indicator.display() == Display.AMOUNT;
        return relative && value != null && prior != null ? Fraction.growth(value, prior).value() : null;
    }
}
