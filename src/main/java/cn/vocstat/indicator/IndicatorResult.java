package cn.vocstat.indicator;

import cn.vocstat.rules.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicators of a run, city first then school by school, with what could not be computed. */
public final class IndicatorResult {

    private final List<IndicatorValue> values;
    private final List<Finding> findings;
    private final Map<String, IndicatorValue> byKey = new HashMap<>();

    public IndicatorResult(List<IndicatorValue> values, List<Finding> findings) {
        this.values = List.copyOf(values);
        this.findings = List.copyOf(findings);
        this.values.forEach(v -> byKey.put(PriorValues.key(v.indicator().id(), v.scopeCode()), v));
    }

    public List<IndicatorValue> values() {
        return values;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The indicator for a scope: {@link IndicatorValue#CITY} or a school code. Empty for a school that is missing. */
    public Optional<IndicatorValue> find(Indicator indicator, String scopeCode) {
        return Optional.ofNullable(byKey.get(PriorValues.key(indicator.id(), scopeCode)));
    }

    public IndicatorValue city(Indicator indicator) {
        return find(indicator, IndicatorValue.CITY).orElseThrow();
    }
}
