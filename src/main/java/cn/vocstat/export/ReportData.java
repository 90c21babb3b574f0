package cn.vocstat.export;

import cn.vocstat.indicator.Indicator;
import cn.vocstat.indicator.IndicatorResult;
import cn.vocstat.indicator.IndicatorValue;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reference.ReferenceData;
import cn.vocstat.rules.Finding;
import cn.vocstat.store.PreviousRun;
import java.util.List;
import java.util.Optional;

/**
 * What the output tables are made of: the reconciled year, its indicators, the reference data and
 * every finding of the run, explained and confirmed ones marked so, and the previous run of the year
 * (empty for the first) that the change report compares with.
 */
public record ReportData(Consolidation consolidation, IndicatorResult indicators, ReferenceData reference, List<Finding> findings,
                         Optional<PreviousRun> previous) {

    public ReportData {
        findings = List.copyOf(findings);
    }

    /** The same data with more findings, e.g. the faults met while writing feedback. */
    public ReportData withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new ReportData(consolidation, indicators, reference, all, previous);
    }

    /** The indicator's value for the scope, or null when there is none (a school that is missing). */
    public IndicatorValue indicator(Indicator indicator, String scopeCode) {
        return indicators.find(indicator, scopeCode).orElse(null);
    }
}
