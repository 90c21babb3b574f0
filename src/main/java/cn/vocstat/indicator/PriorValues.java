package cn.vocstat.indicator;

import java.math.BigDecimal;
import java.util.Map;

/** The prior year's indicator values by indicator id and scope code; empty when that year has not been run. */
public record PriorValues(int year, Map<String, BigDecimal> values) {

    public PriorValues {
        values = Map.copyOf(values);
    }

    public static PriorValues none(int year) {
        return new PriorValues(year, Map.of());
    }

    public static String key(String indicatorId, String scopeCode) {
        return indicatorId + "|" + scopeCode;
    }

    public BigDecimal get(Indicator indicator, String scopeCode) {
        return values.get(key(indicator.id(), scopeCode));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
