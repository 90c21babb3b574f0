package cn.vocstat.verify;

import java.math.BigDecimal;

/**
 * A number a draft states, with what the checker needs to know what it speaks of: the sentence,
 * the words before it in its clause, the words right after its unit, and whether it is a change
 * (增长 64.94%), a prior-year value (比上年的 11123.67 元), a year or an approximate number (30 余人).
 */
public record Claim(String location, String sentence, int start, String number, String unit, String before, String after, Kind kind,
                    String direction) {

    public enum Kind { FIGURE, CHANGE, PRIOR, YEAR, APPROXIMATE }

    public BigDecimal value() {
        return new BigDecimal(number);
    }

    /** Decimals as written: 12.67 has two, 13 none. */
    public int decimals() {
        return Math.max(0, value().scale());
    }

    /** The number with its unit, as the results show it. */
    public String written() {
        return number + (unit.isEmpty() || unit.equals("%") || unit.equals(":1") ? unit : " " + unit);
    }
}
