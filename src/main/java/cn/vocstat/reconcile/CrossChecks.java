package cn.vocstat.reconcile;

import cn.vocstat.model.Decimals;
import cn.vocstat.model.FinanceField;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.reference.CityStatistic;
import cn.vocstat.reference.CityStatisticCode;
import cn.vocstat.reference.CityStatistics;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Threshold;
import cn.vocstat.rules.Thresholds;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks across sources: each accepted return against the school's own prior year, and the
 * schools' funding totals against the city statistics. Both give warnings that show the numbers
 * compared and the threshold.
 */
final class CrossChecks {

    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);

    private final Thresholds thresholds;

    CrossChecks(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Finding> priorYear(AcceptedReturn school, PriorYearFigures prior) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal limit = thresholds.get(Threshold.PRIOR_YEAR_CHANGE);
        SchoolReturn content = school.content();
        for (ComparedFigure figure : ComparedFigure.values()) {
            BigDecimal now = figure.valueIn(content);
            Optional<BigDecimal> before = prior.get(school.school().code(), figure);
            if (now == null || before.isEmpty() || before.get().signum() == 0) {
                continue;
            }
            BigDecimal change = now.divide(before.get(), PRECISION).subtract(BigDecimal.ONE);
            if (change.abs().compareTo(limit) > 0) {
                findings.add(Finding.of(Rule.PRIOR_YEAR_CHANGE, content.source(), figure.locationIn(content), figure.label(),
                        Decimals.text(now), Decimals.text(before.get()), signedPercent(change), percent(limit)).forSchool(school.school().code()));
            }
        }
        return findings;
    }

    /** The schools' funding, summed over the accepted returns, against the city's figures; {@code sums} is empty when none was accepted. */
    List<Finding> cityStatistics(Map<FinanceField, BigDecimal> sums, CityStatistics statistics, int reportYear) {
        List<Finding> findings = new ArrayList<>();
        compare(sums, statistics, reportYear, FinanceField.EXPENDITURE_TOTAL, CityStatisticCode.VOC_EXP, Rule.CITY_EXPENDITURE_DIFFERS).ifPresent(findings::add);
        compare(sums, statistics, reportYear, FinanceField.PROJECT_EXPENDITURE, CityStatisticCode.VOC_PROJECT_EXP, Rule.CITY_PROJECT_DIFFERS).ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> compare(Map<FinanceField, BigDecimal> sums, CityStatistics statistics, int reportYear, FinanceField field,
                                      CityStatisticCode cityCode, Rule rule) {
        Optional<CityStatistic> city = statistics.latest(cityCode, reportYear);
        if (sums.isEmpty() || city.isEmpty() || city.get().yuan().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal schools = sums.getOrDefault(field, BigDecimal.ZERO);
        BigDecimal cityWan = city.get().yuan().divide(WAN, PRECISION);
        BigDecimal difference = schools.subtract(cityWan);
        BigDecimal tolerance = thresholds.get(Threshold.CITY_STATISTICS_TOLERANCE);
        if (difference.abs().divide(cityWan, PRECISION).compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(rule, "", "", Decimals.text(schools), city.get().year(), Decimals.text(cityWan),
                signedPercent(difference.divide(cityWan, PRECISION)), percent(tolerance)));
    }

    private static String percent(BigDecimal fraction) {
        return Decimals.text(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    private static String signedPercent(BigDecimal fraction) {
        return (fraction.signum() > 0 ? "+" : "") + percent(fraction);
    }
}
