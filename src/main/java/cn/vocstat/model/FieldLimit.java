package cn.vocstat.model;

import java.math.BigDecimal;

/**
 * What one field of the form admits: text of at most {@code maxLength} characters, or a number from
 * 0 to {@code max} with at most {@code scale} decimals. A value outside it is a finding on its cell;
 * the database columns that hold the field are checked against the same limit.
 */
public record FieldLimit(int maxLength, BigDecimal max, int scale) {

    /** Characters of a number written as text, beyond which it is not even parsed: no return needs them. */
    public static final int MAX_NUMBER_CHARS = 40;

    public static FieldLimit text(int maxLength) {
        return new FieldLimit(maxLength, null, 0);
    }

    public static FieldLimit count(long max) {
        return new FieldLimit(0, BigDecimal.valueOf(max), 0);
    }

    /** 万元 with two decimals at most. */
    public static FieldLimit amount(long maxWan) {
        return new FieldLimit(0, BigDecimal.valueOf(maxWan), 2);
    }

    public boolean isNumber() {
        return max != null;
    }

    /** How the limit reads in the docs and in messages: 最多 100 字, 0～100,000, 0～10,000,000（两位小数）. */
    public String describe() {
        if (!isNumber()) {
            return "最多 " + maxLength + " 字";
        }
        return "0～" + String.format("%,d", max.longValueExact()) + (scale > 0 ? "（最多 " + scale + " 位小数）" : "");
    }
}
