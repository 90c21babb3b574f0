package cn.vocstat.indicator;

import cn.vocstat.model.MajorColumn;
import cn.vocstat.model.SchoolReturn;
import cn.vocstat.model.StaffField;
import cn.vocstat.reconcile.AcceptedReturn;
import cn.vocstat.rules.Finding;
import cn.vocstat.rules.Rule;
import cn.vocstat.rules.Thresholds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A school's ratio outside its usual range (the national 办学条件 standards) is a warning on the cells it comes from. */
final class PlausibilityChecks {

    private record Check(Rule rule, Indicator indicator, boolean isUpperLimit, Function<SchoolReturn, String> location) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check(Rule.STUDENT_TEACHER_RATIO_HIGH, Indicator.STUDENT_TEACHER_RATIO, true, s -> s.staff().location(StaffField.FULL_TIME)),
            new Check(Rule.EMPLOYMENT_RATE_LOW, Indicator.EMPLOYMENT_RATE, false, s -> s.location(MajorColumn.EMPLOYED)),
            new Check(Rule.DUAL_QUALIFIED_LOW, Indicator.DUAL_QUALIFIED_RATIO, false, s -> s.staff().location(StaffField.DUAL_QUALIFIED)));

    private final Thresholds thresholds;

    PlausibilityChecks(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Finding> check(AcceptedReturn school, IndicatorResult values) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            BigDecimal value = values.find(check.indicator(), school.school().code()).map(IndicatorValue::value).orElse(null);
            BigDecimal limit = thresholds.get(check.rule().threshold());
            if (value == null) {
                continue;
            }
            int comparison = value.compareTo(limit);
            if (check.isUpperLimit() ? comparison > 0 : comparison < 0) {
                Display display = check.indicator().display();
                findings.add(Finding.of(check.rule(), school.content().source(), check.location().apply(school.content()),
                        display.format(value), display.format(limit)).forSchool(school.school().code()));
            }
        }
        return findings;
    }
}
