package cn.vocstat.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An indicator before display: a count, a share (numerator / denominator) or a growth
 * (numerator / denominator − 1). A share or growth over 0 is not computable: {@link #value()} is null.
 */
public record Fraction(Kind kind, BigDecimal numerator, BigDecimal denominator) {

    /** Division precision: far beyond any displayed digit, so rounding happens only when shown. */
    static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);

    public enum Kind { COUNT, SHARE, GROWTH }

    public static Fraction count(BigDecimal value) {
        return new Fraction(Kind.COUNT, value, null);
    }

    public static Fraction count(long value) {
        return count(BigDecimal.valueOf(value));
    }

    public static Fraction share(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(Kind.SHARE, numerator, denominator);
    }

    public static Fraction growth(BigDecimal current, BigDecimal prior) {
        return new Fraction(Kind.GROWTH, current, prior);
    }

    public BigDecimal value() {
        if (kind == Kind.COUNT) {
            return numerator;
        }
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        BigDecimal ratio = numerator.divide(denominator, PRECISION);
        return kind == Kind.GROWTH ? ratio.subtract(BigDecimal.ONE) : ratio;
    }
}
