package cn.vocstat.export;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorResult;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.rules.Finding;
import java.util.List;

/**
 * What the output tables are made of: the reconciled year, its indicators, the reference data and
 * every finding of the run, explained and confirmed ones marked so.
 */
public record ReportData(Consolidation consolidation, IndicatorResult indicators, ReferenceData reference, List<Finding> findings) {

    public ReportData {
        findings = List.copyOf(findings);
    }

    /** The indicator's value for the scope, or null when there is none (a school that is missing). */
    public IndicatorValue indicator(Indicator indicator, String scopeCode) {
        return indicators.find(indicator, scopeCode).orElse(null);
    }
}
