package cn.vocstat.indicator;

import cn.vocstat.rules.Finding;
import java.util.List;

/** The indicators of a run, city first then school by school, with what could not be computed. */
public record IndicatorResult(List<IndicatorValue> values, List<Finding> findings) {

    public IndicatorResult {
        values = List.copyOf(values);
        findings = List.copyOf(findings);
    }

    public List<IndicatorValue> city() {
        return values.stream().filter(IndicatorValue::isCity).toList();
    }

    public IndicatorValue city(Indicator indicator) {
        return values.stream().filter(v -> v.isCity() && v.indicator() == indicator).findFirst().orElseThrow();
    }
}
