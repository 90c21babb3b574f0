package cn.vocstat.reference;

import java.math.BigDecimal;

/** One figure of the city's statistics, converted exactly to 元. */
public record CityStatistic(String code, String name, int year, BigDecimal yuan, String unit, String source) {

    /** A city figure beyond 1,000 万亿元 is a typing error, and would not fit the stored indicators. */
    public static final BigDecimal MAX_YUAN = new BigDecimal("1E15");
    /** Decimals of a figure in 元: to the 分. */
    public static final int SCALE = 2;
}
