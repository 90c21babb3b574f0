package cn.vocstat.reference;

import java.math.BigDecimal;

/** One figure of the city's statistics, converted exactly to 元. */
public record CityStatistic(String code, String name, int year, BigDecimal yuan, String unit, String source) {
}
