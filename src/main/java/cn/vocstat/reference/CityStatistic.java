package cn.vocstat.reference;

import cn.vocstat.model.Decimals;
import java.math.BigDecimal;
import java.util.Map;

/** One figure of the city's statistics, converted exactly to 元. */
public record CityStatistic(String code, String name, int year, BigDecimal yuan, String unit, String source) {

    /** A city figure beyond 1,000 万亿元 is a typing error, and would not fit the stored indicators. */
    public static final BigDecimal MAX_YUAN = new BigDecimal("1E15");
    /** Decimals of a figure in 元: to the 分. */
    public static final int SCALE = 2;
    /** The units a figure may be given in, and how many 元 each is. */
    public static final Map<String, BigDecimal> YUAN_PER_UNIT = Map.of(
            "元", BigDecimal.ONE, "万元", new BigDecimal("10000"), "亿元", new BigDecimal("100000000"));

    /** The figure in the unit it was given in (33.29 亿元), exactly. */
    public BigDecimal inUnit() {
        return Decimals.plain(yuan.divide(YUAN_PER_UNIT.getOrDefault(unit, BigDecimal.ONE)));
    }
}
