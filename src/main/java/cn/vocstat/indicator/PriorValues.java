package cn.vocstat.indicator;

import java.math.BigDecimal;

/**
 * The prior year's indicator values by indicator and scope (the city or a school code); none when
 * that year has not been run. Looked up scope by scope, so a store can read them one scope at a time.
 */
@FunctionalInterface
public interface PriorValues {

    /** The value, or null when the prior year has none for the scope. */
    BigDecimal get(Indicator indicator, String scopeCode);

    static PriorValues none() {
        return (indicator, scopeCode) -> null;
    }

    static String key(String indicatorId, String scopeCode) {
        return indicatorId + "|" + scopeCode;
    }
}
