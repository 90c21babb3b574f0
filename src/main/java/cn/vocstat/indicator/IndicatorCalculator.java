package cn.vocstat.indicator;

import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.reconcile.Consolidation;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.reference.CityStatisticCode;
import cn.vocstat.reference.CityStatistics;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Thresholds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Computes every indicator of the catalogue for the city and for each school, with the prior year. */
public final class IndicatorCalculator {

    public static final String CITY_NAME = "全市";

    private final CityStatistics statistics;
    private final PriorValues prior;
    private final PlausibilityChecks plausibility;

    public IndicatorCalculator(CityStatistics statistics, PriorValues prior, Thresholds thresholds) {
        this.statistics = statistics;
        this.prior = prior;
        this.plausibility = new PlausibilityChecks(thresholds);
    }

    /** Every indicator for the city and each accepted school of a year reconciled in memory. */
    public IndicatorResult compute(Consolidation consolidation) {
        int year = consolidation.year();
        Totals city = Totals.of(consolidation.accepted().stream().map(AcceptedReturn::content).toList());
        IndicatorResult cityValues = city(city, year, consolidation.expected().size());
        List<IndicatorValue> values = new ArrayList<>(cityValues.values());
        Set<Finding> findings = new LinkedHashSet<>(cityValues.findings());
        for (AcceptedReturn school : consolidation.accepted()) {
            IndicatorResult own = school(school, year);
            values.addAll(own.values());
            findings.addAll(own.findings());
        }
        return new IndicatorResult(values, new ArrayList<>(findings));
    }

    /**
     * The city's indicators, from the totals of the returns that fed them ({@code city.schools()} of
     * {@code expected}) and from the city statistics; a statistic that is missing is a finding.
     */
    public IndicatorResult city(Totals city, int year, int expected) {
        List<IndicatorValue> values = new ArrayList<>();
        Set<Finding> findings = new LinkedHashSet<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.fromCityStatistics()) {
                values.add(fromCity(indicator, year, findings));
            } else {
                values.add(fromReturns(indicator, IndicatorValue.CITY, CITY_NAME, year, city, city.schools(), expected));
            }
        }
        return new IndicatorResult(values, new ArrayList<>(findings));
    }

    /** One school's own indicators and the plausibility of its ratios: the work on one return alone. */
    public IndicatorResult school(AcceptedReturn school, int year) {
        Totals own = Totals.of(List.of(school.content()));
        List<IndicatorValue> values = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.perSchool()) {
                values.add(fromReturns(indicator, school.school().code(), school.school().name(), year, own, 1, 1));
            }
        }
        IndicatorResult computed = new IndicatorResult(values, List.of());
        return new IndicatorResult(values, plausibility.check(school, computed));
    }

    private IndicatorValue fromReturns(Indicator indicator, String scope, String name, int year, Totals totals, int fed, int expected) {
        Fraction fraction = indicator.compute(totals);
        BigDecimal value = fraction.value();
        String note = value == null ? "分母为 0，不可计算" : "";
        return new IndicatorValue(indicator, scope, name, year, fraction.numerator(), fraction.denominator(), value,
                fed, expected, prior.get(indicator, scope), note);
    }

    private IndicatorValue fromCity(Indicator indicator, int reportYear, Set<Finding> findings) {
        CityFormula formula = indicator.cityFormula();
        Optional<CityStatistic> numerator = statistics.latest(formula.numeratorCode(), reportYear);
        if (numerator.isEmpty()) {
            findings.add(Finding.of(Rule.CITY_STATISTIC_MISSING, "", "", new Rule.Wording(formula.numeratorCode().describe()), "≤" + reportYear));
            return new IndicatorValue(indicator, IndicatorValue.CITY, CITY_NAME, reportYear, null, null, null,
                    null, null, prior.get(indicator, IndicatorValue.CITY), "缺少市级统计 " + formula.numeratorCode().describe());
        }
        int dataYear = numerator.get().year();
        CityStatisticCode denominatorCode = formula.isGrowth() ? formula.numeratorCode() : formula.denominatorCode();
        int denominatorYear = formula.isGrowth() ? dataYear - 1 : dataYear;
        Optional<CityStatistic> denominator = statistics.find(denominatorCode, denominatorYear);
        if (denominator.isEmpty()) {
            findings.add(Finding.of(Rule.CITY_STATISTIC_MISSING, "", "", new Rule.Wording(denominatorCode.describe()), denominatorYear));
        }
        Fraction fraction = formula.isGrowth()
                ? Fraction.growth(numerator.get().yuan(), denominator.map(CityStatistic::yuan).orElse(null))
                : Fraction.share(numerator.get().yuan(), denominator.map(CityStatistic::yuan).orElse(null));
        BigDecimal value = fraction.value();
        String note = value == null ? "缺少市级统计 " + denominatorCode.describe() + "（" + denominatorYear + " 年）或其为 0" : dataYear + " 年度数据";
        return new IndicatorValue(indicator, IndicatorValue.CITY, CITY_NAME, dataYear, fraction.numerator(), fraction.denominator(),
                value, null, null, prior.get(indicator, IndicatorValue.CITY), note);
    }
}
