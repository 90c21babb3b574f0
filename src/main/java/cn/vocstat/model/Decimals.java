package cn.vocstat.model;

import java.math.BigDecimal;

/** Exact decimals without storage scale or exponent: 6.000000000000 is 6, 1E+2 is 100. */
public final class Decimals {

    private Decimals() {
    }

    /** The value without storage scale or exponent; null stays null (a value the database has not). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The plain digits, or empty text for no value. */
    public static String text(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString();
    }
}
